import type { Db, Tx } from '@levain/db';
import { audit } from '@levain/server/plugin';
import { eq, gt } from 'drizzle-orm';
import { pulseCampaigns, pulseSettings } from '../db/schema';

export type PulseSettings = Omit<typeof pulseSettings.$inferSelect, 'id' | 'updatedAt'>;

export const defaultSettings: PulseSettings = {
  minGroupSize: 5,
  commentMinGroupSize: 10,
  riskThreshold: 60,
  riskMovePoints: 8,
  riskMoveMinResponses: 20,
};

export async function loadSettings(db: Db | Tx): Promise<PulseSettings> {
  const [row] = await db.select().from(pulseSettings).where(eq(pulseSettings.id, 'default'));
  if (!row) return defaultSettings;
  const { id: _id, updatedAt: _at, ...settings } = row;
  return settings;
}

/**
 * Saves the organisation's rules. The group minimums also apply to campaigns not opened yet; a
 * campaign that has opened keeps the ones it opened with, so nobody can lower the bar on answers
 * already given.
 */
export async function saveSettings(
  tx: Tx,
  actorId: string,
  settings: PulseSettings,
  now: Date,
): Promise<void> {
  await tx
    .insert(pulseSettings)
    .values({ id: 'default', ...settings, updatedAt: now })
    .onConflictDoUpdate({ target: pulseSettings.id, set: { ...settings, updatedAt: now } });
  await tx
    .update(pulseCampaigns)
    .set({ minGroupSize: settings.minGroupSize, commentMinGroupSize: settings.commentMinGroupSize })
    .where(gt(pulseCampaigns.opensAt, now));
  await audit(tx, actorId, 'pulse.settings-changed', 'pulse-settings', 'default', settings);
}
