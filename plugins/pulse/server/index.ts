import { fileURLToPath } from 'node:url';
import { definePlugin, hasRole } from '@levain/server/plugin';
import { eq } from 'drizzle-orm';
import { pulseCampaigns } from '../db/schema';
import { loadCampaigns } from './campaigns';
import { messages } from './messages';
import { pulseSchema } from './schema';

/** Climate-social pulse surveys (baromètre) that HR runs to watch engagement, QVT and psychosocial risk. */
export default definePlugin({
  db: { migrationsFolder: fileURLToPath(new URL('../db/migrations', import.meta.url)) },
  schema: pulseSchema,
  messages,
  permissions: {
    'pulse:manage': (viewer) => hasRole(viewer, 'hr'),
  },
  personalData: {
    /** The campaigns the person created (their answers join here when answering arrives). */
    export: async (userId, { db }) => ({
      campaignsCreated: (await loadCampaigns(db, eq(pulseCampaigns.createdBy, userId))).map((c) => ({
        title: c.title,
        opensAt: c.opensAt.toISOString(),
        closesAt: c.closesAt.toISOString(),
        createdAt: c.createdAt.toISOString(),
      })),
    }),
    /** Campaigns belong to the organisation: they stay, without their author. */
    erase: async (userId, { db }) => {
      await db.update(pulseCampaigns).set({ createdBy: null }).where(eq(pulseCampaigns.createdBy, userId));
    },
  },
});
