import { randomBytes } from 'node:crypto';
import { type Db, schema, type Tx } from '@levain/db';
import { and, desc, eq, gt, inArray, sql } from 'drizzle-orm';
import { loadRecipients } from '../notifications/audience';
import { readableEventsWhere } from '../permissions';
import type { EventRow } from './access';

/** The feed holds the events of the last 90 days and later, at most this many. */
export const MAX_FEED_EVENTS = 500;
const PAST_DAYS = 90;

const f = schema.calendarFeeds;

/** A new secret for the person's feed; the previous URL stops working. */
export async function regenerateCalendarFeed(tx: Tx, userId: string): Promise<string> {
  const token = randomBytes(24).toString('base64url');
  await tx
    .insert(f)
    .values({ userId, token })
    .onConflictDoUpdate({ target: f.userId, set: { token, createdAt: new Date() } });
  return token;
}

/**
 * The events of the feed whose secret is `token`: those its owner (still active) answered going or
 * maybe, read through the permission module as the owner (an event of a secret community they left
 * drops out), cancelled ones included so calendars remove them. Null for an unknown secret.
 */
export async function calendarFeedEvents(
  db: Db,
  token: string,
  now = new Date(),
): Promise<{ name: string; events: EventRow[] } | null> {
  const [feed] = await db.select({ userId: f.userId }).from(f).where(eq(f.token, token));
  const [owner] = feed ? await loadRecipients(db, [feed.userId], null) : [];
  if (!owner) return null;
  const e = schema.events;
  const a = schema.eventAnswers;
  const events = await db
    .select({ event: e })
    .from(e)
    .innerJoin(a, and(eq(a.eventId, e.id), eq(a.userId, owner.viewer.id)))
    .where(
      and(
        inArray(a.answer, ['going', 'maybe']),
        gt(e.lastEndsAt, new Date(now.getTime() - PAST_DAYS * 86_400_000)),
        sql`${readableEventsWhere(owner.viewer, e)}`,
      ),
    )
    .orderBy(desc(e.startsAt))
    .limit(MAX_FEED_EVENTS);
  return { name: owner.viewer.name, events: events.map((row) => row.event) };
}
