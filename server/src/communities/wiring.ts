import { schema } from '@levain/db';
import { and, eq, inArray, isNotNull, lt, sql } from 'drizzle-orm';
import { audit } from '../audit';
import type { Services } from '../services';
import { removeCover } from './cover';
import { RESTORE_DAYS } from './lifecycle';
import { activeMemberCount } from './membership';

const DAY_MS = 86_400_000;

/**
 * Counts the active members of the person's communities again: a deactivated colleague no longer
 * counts, a reactivated one counts again.
 */
async function recountMembersOf(services: Services, userId: string): Promise<void> {
  await services.db
    .update(schema.communities)
    .set({ memberCount: activeMemberCount(sql`communities.id`) })
    .where(
      inArray(
        schema.communities.id,
        services.db
          .select({ id: schema.communityMemberships.communityId })
          .from(schema.communityMemberships)
          .where(eq(schema.communityMemberships.userId, userId)),
      ),
    );
}

/** The communities domain's jobs and event listeners (called once by buildApp). */
export function registerCommunities(services: Services): void {
  services.events.on('user.deactivated', ({ userId }) => recountMembersOf(services, userId));
  services.events.on('user.updated', ({ userId }) => recountMembersOf(services, userId));

  // Deleted communities stay restorable for 30 days, then go for good with their posts, comments
  // and memberships (the foreign keys cascade). Each purge is in the audit log.
  services.jobs.register('communities.purge-deleted', {
    everyMinutes: 60,
    isActive: async () => true,
    run: async () => {
      const cutoff = new Date(Date.now() - RESTORE_DAYS * DAY_MS);
      const purged = await services.db.transaction(async (tx) => {
        const rows = await tx
          .delete(schema.communities)
          .where(and(isNotNull(schema.communities.deletedAt), lt(schema.communities.deletedAt, cutoff)))
          .returning({
            id: schema.communities.id,
            name: schema.communities.name,
            coverPath: schema.communities.coverPath,
          });
        for (const community of rows)
          await audit(tx, null, 'community.purged', 'community', community.id, { name: community.name });
        return rows;
      });
      for (const community of purged) await removeCover(services.config, community.coverPath);
    },
  });
}
