import { schema as core, type Db } from '@levain/db';
import { desc, eq, type SQL } from 'drizzle-orm';
import { pulseCampaigns } from '../../db/schema';
import type { CampaignTiming } from './cadence';

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

export async function loadCampaign(db: Db, id: string): Promise<Campaign | null> {
  if (!isUuid(id)) return null;
  const [campaign] = await loadCampaigns(db, eq(pulseCampaigns.id, id));
  return campaign ?? null;
}

export function campaignStatus(campaign: { opensAt: Date; closesAt: Date }, now = new Date()) {
  if (now < campaign.opensAt) return 'scheduled' as const;
  return now < campaign.closesAt ? ('open' as const) : ('closed' as const);
}

export const timingOf = (campaign: typeof pulseCampaigns.$inferSelect): CampaignTiming => ({
  opensAt: campaign.opensAt,
  closesAt: campaign.closesAt,
  cadence: campaign.cadence,
  windowDays: campaign.windowDays,
});

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Ids come from people: a malformed one is simply unknown, never a database error. */
export const isUuid = (id: string) => UUID.test(id);
