import { schema as core } from '@levain/db';
import type { Contribution, ContributionRequirement, PluginServices } from '@levain/server/plugin';
import { eq, or, sql } from 'drizzle-orm';
import { charterDocuments } from '../../db/schema';
import { isAcknowledged, loadCharters } from './model';

/**
 * Before a person's first post or comment, the behaviour charter must have been accepted (a
 * blocking page); before their first in a community that adopted its own charter, that one too.
 * People who already took part are only asked gently (the home widget, the charters page).
 */
export async function contributionRequirement(
  { viewer, communityId }: Contribution,
  { db }: PluginServices,
): Promise<ContributionRequirement | null> {
  const charters = await loadCharters(
    db,
    viewer.id,
    or(
      sql`${charterDocuments.kind} = 'behaviour' and ${charterDocuments.communityId} is null`,
      communityId ? eq(charterDocuments.communityId, communityId) : sql`false`,
    ),
  );
  const waiting = ['behaviour', 'community']
    .map((kind) => charters.find((c) => c.kind === kind))
    .filter((c) => c?.currentVersionId && !isAcknowledged(c));
  if (!waiting.length) return null;
  const [person] = await db
    .select({
      anywhere: sql<boolean>`exists (select 1 from ${core.posts} p where p.author_id = ${viewer.id})
        or exists (select 1 from ${core.comments} c where c.author_id = ${viewer.id})`,
      here: communityId
        ? sql<boolean>`exists (select 1 from ${core.posts} p where p.author_id = ${viewer.id} and p.community_id = ${communityId})
          or exists (select 1 from ${core.comments} c join ${core.posts} p on p.id = c.post_id
            where c.author_id = ${viewer.id} and p.community_id = ${communityId})`
        : sql<boolean>`false`,
    })
    .from(core.users)
    .where(eq(core.users.id, viewer.id));
  const charter = waiting.find((c) => !(c!.kind === 'behaviour' ? person?.anywhere : person?.here));
  if (!charter) return null;
  return {
    message: `charter:requirement.${charter.kind === 'behaviour' ? 'behaviour' : 'community'}`,
    path: `/charter/accept?id=${charter.id}`,
  };
}
