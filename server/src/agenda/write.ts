import { schema, type Tx } from '@levain/db';
import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import { lockCommunity } from '../communities/access';
import { ValidationError } from '../errors';
import { authorize, type Viewer } from '../permissions';
import { type EventRow, loadEvent, loadEventToManage } from './access';
import { promoteWaitlist } from './answers';
import type { Schedule } from './schedule';

/** What the form sets, at creation and when editing. */
export type EventDetails = {
  title: string;
  description: string;
  schedule: Schedule;
  location: string | null;
  onlineUrl: string | null;
  capacity: number | null;
  /** Minutes before each occurrence when those going or maybe are reminded. */
  reminderMinutes: number[];
  /** Besides the creator at creation; the whole list when editing (null: unchanged). */
  organiserIds: string[] | null;
};

export type NewEvent = EventDetails & { communityId: string | null };

/** An event has at most this many organisers. */
export const MAX_ORGANISERS = 20;

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
  checkPlace(input);
  const organisers = await checkOrganisers(tx, input.communityId, [viewer.id, ...(input.organiserIds ?? [])]);
  const [event] = await tx
    .insert(schema.events)
    .values({
      communityId: input.communityId,
      ...columnsOf(input),
      checkInCode: checkInCode(),
      createdById: viewer.id,
    })
    .returning({ id: schema.events.id });
  await tx
    .insert(schema.eventOrganisers)
    .values(organisers.map((userId) => ({ eventId: event!.id, userId })));
  return event!;
}

const columnsOf = (input: EventDetails) => ({
  title: input.title,
  description: input.description,
  ...input.schedule,
  location: input.location,
  onlineUrl: input.onlineUrl,
  capacity: input.capacity,
  reminderMinutes: input.reminderMinutes,
});

/** An event happens somewhere: a place, a link, or both. */
function checkPlace(input: EventDetails) {
  if (!input.location && !input.onlineUrl)
    throw ValidationError.field('location', 'validation.eventLocation');
}

/**
 * Organisers are active people (members of the event's community for a community event, so they
 * see what they organise). Returns them without duplicates.
 */
async function checkOrganisers(
  tx: Tx,
  communityId: string | null,
  organiserIds: string[],
): Promise<string[]> {
  const ids = [...new Set(organiserIds)];
  if (!ids.length || ids.length > MAX_ORGANISERS)
    throw ValidationError.field('organiserIds', 'validation.organisers', { max: MAX_ORGANISERS });
  const m = schema.communityMemberships;
  const found = await tx
    .select({ id: schema.users.id })
    .from(schema.users)
    .where(
      and(
        inArray(schema.users.id, ids),
        eq(schema.users.status, 'active'),
        communityId
          ? sql`exists (select 1 from ${m} where ${m.communityId} = ${communityId}
              and ${m.userId} = ${schema.users.id} and ${m.status} = 'active')`
          : undefined,
      ),
    );
  if (found.length !== ids.length)
    throw ValidationError.field('organiserIds', 'validation.organiserNotMember');
  return ids;
}

/**
 * Edits the event (its organisers, its community's animators, admins). More seats go to the
 * waiting list at once; fewer seats than people already confirmed is refused, so nobody loses a
 * seat they were given. Returns who got a seat from the waiting list.
 */
export async function updateEvent(
  tx: Tx,
  viewer: Viewer,
  eventId: string,
  input: EventDetails,
): Promise<{ promotedUserIds: string[] }> {
  const { event } = await loadEventToManage(tx, viewer, eventId);
  if (event.cancelledAt) throw ValidationError.field('eventId', 'event.cancelled');
  checkPlace(input);
  const organisers = input.organiserIds && (await checkOrganisers(tx, event.communityId, input.organiserIds));
  if (input.capacity !== null) {
    const a = schema.eventAnswers;
    const [row] = await tx
      .select({ seats: sql<number>`coalesce(sum(1 + ${a.guests}), 0)::int` })
      .from(a)
      .where(and(eq(a.eventId, eventId), eq(a.answer, 'going'), isNull(a.waitlistedAt)));
    if ((row?.seats ?? 0) > input.capacity)
      throw ValidationError.field('capacity', 'validation.capacityBelowSeats', { seats: row?.seats ?? 0 });
  }
  const [updated] = await tx
    .update(schema.events)
    .set({ ...columnsOf(input), updatedAt: new Date() })
    .where(eq(schema.events.id, eventId))
    .returning();
  if (organisers) {
    await tx.delete(schema.eventOrganisers).where(eq(schema.eventOrganisers.eventId, eventId));
    await tx.insert(schema.eventOrganisers).values(organisers.map((userId) => ({ eventId, userId })));
  }
  return { promotedUserIds: await promoteWaitlist(tx, updated as EventRow) };
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
