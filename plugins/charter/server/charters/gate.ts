import { schema as core } from '@levain/db';
import type { Contribution, ContributionRequirement, PluginServices } from '@levain/server/plugin';
import { and, eq, sql } from 'drizzle-orm';
import { charterDocuments } from '../../db/schema';
import { isAcknowledged, loadCharters } from './model';

/**
 * Before a person's first post or comment, the behaviour charter must have been accepted (a
 * blocking page); people who already took part are only asked gently (the home widget).
 */
export async function contributionRequirement(
  { viewer }: Contribution,
  { db }: PluginServices,
): Promise<ContributionRequirement | null> {
  const [behaviour] = await loadCharters(
    db,
    viewer.id,
    and(eq(charterDocuments.kind, 'behaviour'), sql`${charterDocuments.communityId} is null`),
  );
  if (!behaviour?.currentVersionId || isAcknowledged(behaviour)) return null;
  const [person] = await db
    .select({
      contributed: sql<boolean>`exists (select 1 from ${core.posts} p where p.author_id = ${viewer.id})
        or exists (select 1 from ${core.comments} c where c.author_id = ${viewer.id})`,
    })
    .from(core.users)
    .where(eq(core.users.id, viewer.id));
  if (person?.contributed) return null;
  return { message: 'charter:requirement.behaviour', path: `/charter/accept?id=${behaviour.id}` };
}
