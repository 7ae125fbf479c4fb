import { schema } from '@levain/db';
import { and, isNotNull, lt, sql } from 'drizzle-orm';
import { audit } from '../audit';
import type { Services } from '../services';
import { RESTORE_DAYS } from './lifecycle';

const DAY_MS = 86_400_000;

/**
 * Counts the active members of the person's communities again: a deactivated colleague no longer
 * counts, a reactivated one counts again.
 */
async function recountMembersOf(services: Services, userId: string): Promise<void> {
  await services.db.execute(sql`update communities c set member_count = (
      select count(*) from community_memberships m join users u on u.id = m.user_id
      where m.community_id = c.id and m.status = 'active' and u.status = 'active')
    where c.id in (select community_id from community_memberships where user_id = ${userId})`);
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
      await services.db.transaction(async (tx) => {
        const purged = await tx
          .delete(schema.communities)
          .where(and(isNotNull(schema.communities.deletedAt), lt(schema.communities.deletedAt, cutoff)))
          .returning({ id: schema.communities.id, name: schema.communities.name });
        for (const community of purged)
          await audit(tx, null, 'community.purged', 'community', community.id, { name: community.name });
      });
    },
  });
}
