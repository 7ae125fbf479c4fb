import { schema as core, type Db } from '@levain/db';
import { desc, eq, type SQL } from 'drizzle-orm';
import { pulseCampaigns } from '../db/schema';

export type Campaign = typeof pulseCampaigns.$inferSelect & {
  creator: typeof core.users.$inferSelect | null;
};

/** Campaigns with the person who created them, the latest opening first. */
export async function loadCampaigns(db: Db, where?: SQL): Promise<Campaign[]> {
  const rows = await db
    .select({ campaign: pulseCampaigns, creator: core.users })
    .from(pulseCampaigns)
    .leftJoin(core.users, eq(core.users.id, pulseCampaigns.createdBy))
    .where(where)
    .orderBy(desc(pulseCampaigns.opensAt), desc(pulseCampaigns.id));
  return rows.map(({ campaign, creator }) => ({ ...campaign, creator }));
}

export function campaignStatus(campaign: { opensAt: Date; closesAt: Date }, now = new Date()) {
  if (now < campaign.opensAt) return 'scheduled' as const;
  return now < campaign.closesAt ? ('open' as const) : ('closed' as const);
}
