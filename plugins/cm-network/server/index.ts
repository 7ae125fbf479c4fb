import { fileURLToPath } from 'node:url';
import { audit, definePlugin, hasRole } from '@levain/server/plugin';
import { eq } from 'drizzle-orm';
import { cmNetworkRoles } from '../db/schema';
import { messages } from './messages';
import { loadRoster } from './roster';
import { cmNetworkSchema } from './schema';

/** The chief CM's network: who animates which country, department or team, and with what share of time. */
export default definePlugin({
  db: { migrationsFolder: fileURLToPath(new URL('../db/migrations', import.meta.url)) },
  schema: cmNetworkSchema,
  messages,
  permissions: {
    /** Everyone may see who their community managers are. */
    'cm-network:read-roster': () => true,
    'cm-network:manage-roster': (viewer) => hasRole(viewer, 'chief_cm') || hasRole(viewer, 'admin'),
  },
  on: {
    /** A deactivated person no longer animates anything: the chief CM sees the gap in the roster. */
    'user.deactivated': async ({ userId, actorId }, { db }) => {
      await db.transaction(async (tx) => {
        const removed = await tx
          .delete(cmNetworkRoles)
          .where(eq(cmNetworkRoles.userId, userId))
          .returning({ orgUnitId: cmNetworkRoles.orgUnitId });
        if (removed.length)
          await audit(tx, actorId, 'cm-network.roles-removed', 'user', userId, {
            orgUnitIds: removed.map((r) => r.orgUnitId),
          });
      });
    },
  },
  personalData: {
    export: async (userId, { db }) => ({
      roles: (await loadRoster(db, eq(cmNetworkRoles.userId, userId))).map((role) => ({
        orgUnit: role.orgUnit.name,
        kind: role.kind,
        shareOfTimePercent: role.shareOfTimePercent,
        assignedAt: role.assignedAt.toISOString(),
      })),
    }),
    erase: async (userId, { db }) => {
      await db.transaction(async (tx) => {
        await tx.delete(cmNetworkRoles).where(eq(cmNetworkRoles.userId, userId));
        await tx
          .update(cmNetworkRoles)
          .set({ assignedBy: null })
          .where(eq(cmNetworkRoles.assignedBy, userId));
      });
    },
  },
});
