import { schema as core, type Db } from '@levain/db';
import type { Context } from '@levain/server/plugin';
import { inArray } from 'drizzle-orm';
import { pulseCampaigns } from '../../db/schema';
import { type Campaign, isUuid, loadCampaigns } from '../campaigns/store';

type Batch<T> = { ids: Set<string>; rows: Promise<Map<string, T>> };

/**
 * Loads rows by id in one statement per request for all the ids its fields ask meanwhile (a list
 * of alerts or plans asks each one's campaign and owner). A timer rather than a microtask closes
 * the batch, as the drizzle plugin's own loader does, so fields resolved behind other awaits join.
 */
function batchLoader<T>(load: (db: Db, ids: string[]) => Promise<Map<string, T>>) {
  const batches = new WeakMap<object, Batch<T>>();
  return async (ctx: Context, id: string | null): Promise<T | null> => {
    if (!id || !isUuid(id)) return null;
    let batch = batches.get(ctx);
    if (!batch) {
      const ids = new Set<string>();
      const rows = new Promise((resolve) => setTimeout(resolve, 0)).then(() => {
        batches.delete(ctx);
        return load(ctx.db, [...ids]);
      });
      batch = { ids, rows };
      batches.set(ctx, batch);
    }
    batch.ids.add(id);
    return (await batch.rows).get(id) ?? null;
  };
}

export const campaignById = batchLoader<Campaign>(async (db, ids) => {
  const campaigns = await loadCampaigns(db, inArray(pulseCampaigns.id, ids));
  return new Map(campaigns.map((c) => [c.id, c]));
});

export const userById = batchLoader<typeof core.users.$inferSelect>(async (db, ids) => {
  const users = await db.select().from(core.users).where(inArray(core.users.id, ids));
  return new Map(users.map((u) => [u.id, u]));
});
