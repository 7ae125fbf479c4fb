import { schema as core, type Db, queryRows } from '@levain/db';
import { authorize, type PluginServices, ValidationError, type Viewer } from '@levain/server/plugin';
import { asc, eq, sql } from 'drizzle-orm';
import { cmWatchLists } from '../../db/schema';
import { networkAccess } from '../editorial/items';

export type WatchListInput = { name: string; terms: string[]; communityId: string | null };

/** A watched word, phrase or hashtag as the search configurations read it: trimmed, no leading "#". */
const normalizeTerm = (term: string) => term.trim().replace(/^#+/, '').trim();

/** Creates a CM's watch list, on everything they may read or on one community they may see. */
export async function createWatchList(
  db: Db,
  services: PluginServices,
  viewer: Viewer,
  input: WatchListInput,
) {
  authorize(viewer, 'cm-network:watch', await networkAccess(db, viewer));
  if (!input.name.trim()) throw ValidationError.field('name', 'cm-network:validation.watchListName');
  const terms = [...new Set(input.terms.map(normalizeTerm).filter(Boolean))];
  if (!terms.length) throw ValidationError.field('terms', 'cm-network:validation.watchTerms');
  if (input.communityId) {
    const known = (await services.communities.directory(viewer)).some((c) => c.id === input.communityId);
    if (!known) throw ValidationError.field('communityId', 'cm-network:validation.unknownCommunity');
  }
  const [list] = await db
    .insert(cmWatchLists)
    .values({ name: input.name.trim(), terms, communityId: input.communityId, ownerId: viewer.id })
    .returning();
  return list!;
}

/** The viewer's watch lists, with the community's name (one they may see: they chose it). */
export async function listWatchLists(db: Db, viewer: Viewer) {
  return db
    .select({ list: cmWatchLists, communityName: core.communities.name })
    .from(cmWatchLists)
    .leftJoin(core.communities, eq(core.communities.id, cmWatchLists.communityId))
    .where(eq(cmWatchLists.ownerId, viewer.id))
    .orderBy(asc(cmWatchLists.name), asc(cmWatchLists.id));
}

export type WatchMatch = { watchListId: string; ownerId: string; communityId: string | null; term: string };

/**
 * The watch lists whose terms appear in a post or comment, in one statement: French and English,
 * accents ignored, stemmed — the core's search configurations (`levain_fr`, `levain_en`).
 */
export async function matchingWatchLists(
  db: Db,
  content: { text: string; communityId: string | null },
): Promise<WatchMatch[]> {
  return queryRows<WatchMatch>(
    db,
    sql`select distinct on (w.id) w.id as "watchListId", w.owner_id as "ownerId", w.community_id as "communityId", t.term
      from ${cmWatchLists} w cross join lateral unnest(w.terms) as t(term)
      where (w.community_id is null or w.community_id = ${content.communityId})
        and (to_tsvector('levain_fr', ${content.text}) @@ phraseto_tsquery('levain_fr', t.term)
          or to_tsvector('levain_en', ${content.text}) @@ phraseto_tsquery('levain_en', t.term))
      order by w.id, t.term`,
  );
}
