import { fileURLToPath } from 'node:url';
import { definePlugin, hasRole } from '@levain/server/plugin';
import { desc, eq } from 'drizzle-orm';
import { charterAcknowledgements, charterCharters } from '../db/schema';
import { messages } from './messages';
import { charterSchema } from './schema';

/** The charter of conduct, its versions and who acknowledged them; CMs are its ambassadors. */
export default definePlugin({
  db: { migrationsFolder: fileURLToPath(new URL('../db/migrations', import.meta.url)) },
  schema: charterSchema,
  messages,
  permissions: {
    'charter:publish': (viewer) => hasRole(viewer, 'admin') || hasRole(viewer, 'chief_cm'),
  },
  personalData: {
    export: async (userId, { db }) => ({
      acknowledgements: (
        await db
          .select({
            title: charterCharters.title,
            version: charterCharters.version,
            acknowledgedAt: charterAcknowledgements.acknowledgedAt,
          })
          .from(charterAcknowledgements)
          .innerJoin(charterCharters, eq(charterCharters.id, charterAcknowledgements.charterId))
          .where(eq(charterAcknowledgements.userId, userId))
          .orderBy(desc(charterCharters.version))
      ).map((a) => ({ ...a, acknowledgedAt: a.acknowledgedAt.toISOString() })),
    }),
    erase: async (userId, { db }) => {
      await db.transaction(async (tx) => {
        await tx.delete(charterAcknowledgements).where(eq(charterAcknowledgements.userId, userId));
        await tx
          .update(charterCharters)
          .set({ publishedBy: null })
          .where(eq(charterCharters.publishedBy, userId));
      });
    },
  },
});
