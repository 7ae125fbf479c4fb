import { schema, type Tx } from '@levain/db';
import { and, eq, sql } from 'drizzle-orm';
import { lockCommunity } from '../communities/access';
import { ValidationError } from '../errors';
import { authorize, type Viewer } from '../permissions';
import { loadEvent, loadEventToManage } from './access';
import type { Schedule } from './schedule';

export type NewEvent = {
  communityId: string | null;
  title: string;
  description: string;
  schedule: Schedule;
  location: string | null;
  onlineUrl: string | null;
  capacity: number | null;
};

/** A short code shown in the room; people type it to check themselves in. */
const checkInCode = () =>
  Array.from(
    crypto.getRandomValues(new Uint8Array(6)),
    (byte) => '23456789ABCDEFGHJKMNPQRSTUVWXYZ'[byte % 31],
  ).join('');

/** Creates the event; its creator is its first organiser. */
export async function createEvent(tx: Tx, viewer: Viewer, input: NewEvent): Promise<{ id: string }> {
  const community = input.communityId
    ? (await lockCommunity(tx, { viewer }, input.communityId)).access
    : null;
  authorize(viewer, 'event:create', community);
  if (!input.location && !input.onlineUrl)
    throw ValidationError.field('location', 'validation.eventLocation');
  const [event] = await tx
    .insert(schema.events)
    .values({
      communityId: input.communityId,
      title: input.title,
      description: input.description,
      ...input.schedule,
      location: input.location,
      onlineUrl: input.onlineUrl,
      capacity: input.capacity,
      checkInCode: checkInCode(),
      createdById: viewer.id,
    })
    .returning({ id: schema.events.id });
  await tx.insert(schema.eventOrganisers).values({ eventId: event!.id, userId: viewer.id });
  return event!;
}

/** Cancels the event: it stays visible, marked cancelled, and takes no more answers. */
export async function cancelEvent(tx: Tx, viewer: Viewer, eventId: string): Promise<void> {
  const { event } = await loadEventToManage(tx, viewer, eventId);
  if (event.cancelledAt) throw ValidationError.field('eventId', 'event.alreadyCancelled');
  await tx
    .update(schema.events)
    .set({ cancelledAt: new Date(), updatedAt: new Date() })
    .where(eq(schema.events.id, eventId));
}

/** From an hour before the start to the end of the event (of its occurrence running now). */
const CHECK_IN_OPENS_MS = 3_600_000;

/**
 * Marks someone present. Organisers check anyone in who answered going; a person checks
 * themselves in with the code shown in the room.
 */
export async function checkIn(
  tx: Tx,
  viewer: Viewer,
  eventId: string,
  who: { userId: string } | { code: string },
): Promise<string> {
  const { event } =
    'userId' in who ? await loadEventToManage(tx, viewer, eventId) : await loadEvent(tx, viewer, eventId);
  const userId = 'userId' in who ? who.userId : viewer.id;
  if ('code' in who && who.code.trim().toUpperCase() !== event.checkInCode)
    throw ValidationError.field('code', 'validation.checkInCode');
  const now = Date.now();
  if (
    event.cancelledAt ||
    now < event.startsAt.getTime() - CHECK_IN_OPENS_MS ||
    now > event.lastEndsAt.getTime()
  )
    throw ValidationError.field('eventId', 'event.checkInNotOpen');
  const a = schema.eventAnswers;
  const updated = await tx
    .update(a)
    .set({ checkedInAt: sql`coalesce(${a.checkedInAt}, now())` })
    .where(
      and(
        eq(a.eventId, eventId),
        eq(a.userId, userId),
        eq(a.answer, 'going'),
        sql`${a.waitlistedAt} is null`,
      ),
    )
    .returning({ userId: a.userId });
  if (!updated.length) throw ValidationError.field('userId' in who ? 'userId' : 'code', 'event.notGoing');
  return userId;
}
