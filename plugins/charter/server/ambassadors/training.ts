import type { AppEvents, PluginServices } from '@levain/server/plugin';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { charterAmbassadors, charterAmbassadorTrainings } from '../../db/schema';

/** Completing the ambassadors' training path certifies (or recertifies) an approved ambassador. */
export async function certifyOnCompletion(
  { pathId, userId }: AppEvents['learning.path-completed'],
  { db }: PluginServices,
) {
  await db
    .update(charterAmbassadors)
    .set({ certifiedAt: sql`now()` })
    .where(
      and(
        eq(charterAmbassadors.userId, userId),
        eq(charterAmbassadors.status, 'approved'),
        inArray(
          sql`${pathId}::uuid`,
          db.select({ id: charterAmbassadorTrainings.pathId }).from(charterAmbassadorTrainings),
        ),
      ),
    );
}
