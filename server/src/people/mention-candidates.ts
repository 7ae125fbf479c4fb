import { type SQL, type SQLWrapper, sql } from 'drizzle-orm';
import type { Viewer } from '../permissions';

/** At most this many words of a name are matched ("Anne Marie de la Tour" → four). */
const MAX_WORDS = 4;

/** The words typed after "@", lower-case and without accents, for prefix matching. */
export function mentionWords(text: string): string[] {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .slice(0, MAX_WORDS);
}

const escapeRegex = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Every typed word starts a word of the person's name, accents ignored: "@Thomas P" finds Thomas
 * Petit, "@lea" finds Léa Dubois, "@Petit T" too.
 */
export function nameMatches(name: SQLWrapper, words: string[]): SQL {
  return sql.join(
    words.map((w) => sql`unaccent(lower(${name})) ~ ${`(^|[^[:alnum:]])${escapeRegex(w)}`}`),
    sql` and `,
  );
}

/**
 * How closely the viewer works with a person: someone they follow, their manager or one of their
 * reports, a colleague of their org unit, people of the communities they share. Suggestions
 * start with them, so "@Thom" offers one's own manager before four namesakes from elsewhere.
 */
export function closeness(
  viewer: Viewer,
  user: { id: SQLWrapper; managerId: SQLWrapper; orgUnitId: SQLWrapper },
): SQL {
  return sql`(
    (case when exists (select 1 from follows f where f.follower_id = ${viewer.id} and f.followee_id = ${user.id})
      then 4 else 0 end)
    + (case when ${user.managerId} = ${viewer.id}
        or ${user.id} = (select v.manager_id from users v where v.id = ${viewer.id}) then 4 else 0 end)
    + (case when ${user.orgUnitId} is not distinct from ${viewer.orgUnitId}::uuid
        and ${viewer.orgUnitId}::uuid is not null then 2 else 0 end)
    + least(3, (select count(*)::int from community_memberships mine
        join community_memberships theirs on theirs.community_id = mine.community_id
        where mine.user_id = ${viewer.id} and mine.status = 'active'
          and theirs.user_id = ${user.id} and theirs.status = 'active')))`;
}
