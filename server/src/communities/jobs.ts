import { schema } from '@levain/db';
import { and, isNotNull, lt } from 'drizzle-orm';
import { audit } from '../audit';
import type { Services } from '../services';
import { RESTORE_DAYS } from './lifecycle';

const DAY_MS = 86_400_000;

/**
 * Deleted communities stay restorable for 30 days, then go for good with their posts, comments and
 * memberships (the foreign keys cascade). Runs hourly; each purge is in the audit log.
 */
export function registerCommunityJobs(services: Services): void {
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
