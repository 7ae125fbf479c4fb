import type { Db } from '@levain/db';
import { desc, eq, type SQL, sql } from 'drizzle-orm';
import { charterAcknowledgements, charterCharters } from '../db/schema';

export type Charter = typeof charterCharters.$inferSelect & { acknowledgedByMe: boolean };

/** Charters with whether the viewer acknowledged each, the latest version first, in one statement. */
export async function loadCharters(db: Db, viewerId: string, where?: SQL, limit = 1): Promise<Charter[]> {
  return db
    .select({
      id: charterCharters.id,
      title: charterCharters.title,
      body: charterCharters.body,
      version: charterCharters.version,
      publishedAt: charterCharters.publishedAt,
      publishedBy: charterCharters.publishedBy,
      acknowledgedByMe: sql<boolean>`exists (
        select 1 from ${charterAcknowledgements}
        where ${charterAcknowledgements.charterId} = ${charterCharters.id}
          and ${charterAcknowledgements.userId} = ${viewerId}
      )`,
    })
    .from(charterCharters)
    .where(where)
    .orderBy(desc(charterCharters.version))
    .limit(limit);
}

export async function currentCharter(db: Db, viewerId: string): Promise<Charter | null> {
  return (await loadCharters(db, viewerId))[0] ?? null;
}

export async function charterById(db: Db, viewerId: string, id: string): Promise<Charter | null> {
  return (await loadCharters(db, viewerId, eq(charterCharters.id, id)))[0] ?? null;
}
