import { schema, type Tx } from '@levain/db';
import { and, asc, eq, isNotNull, isNull, ne, sql } from 'drizzle-orm';
import { NotAllowedError, ValidationError } from '../errors';
import { can, type Viewer } from '../permissions';
import { type EventRow, loadEvent } from './access';

export type EventAnswerValue = 'going' | 'maybe' | 'declined';

/** One person brings at most this many guests. */
export const MAX_GUESTS = 10;

const a = schema.eventAnswers;

/** Seats taken by confirmed "going" answers (the person and their guests), leaving one person out. */
async function seatsTaken(tx: Tx, eventId: string, except: string | null): Promise<number> {
  const [row] = await tx
    .select({ seats: sql<number>`coalesce(sum(1 + ${a.guests}), 0)::int` })
    .from(a)
    .where(
      and(
        eq(a.eventId, eventId),
        eq(a.answer, 'going'),
        isNull(a.waitlistedAt),
        except ? ne(a.userId, except) : undefined,
      ),
    );
  return row?.seats ?? 0;
}

/**
 * Gives freed seats to the waiting list, first come first served: the first person waits until
 * their whole party fits (no one jumps the queue). Returns who got a seat.
 */
export async function promoteWaitlist(tx: Tx, event: EventRow): Promise<string[]> {
  if (event.capacity === null) {
    const rows = await tx
      .update(a)
      .set({ waitlistedAt: null })
      .where(and(eq(a.eventId, event.id), isNotNull(a.waitlistedAt)))
      .returning({ userId: a.userId });
    return rows.map((row) => row.userId);
  }
  let free = event.capacity - (await seatsTaken(tx, event.id, null));
  const waiting = await tx
    .select({ userId: a.userId, guests: a.guests })
    .from(a)
    .where(and(eq(a.eventId, event.id), isNotNull(a.waitlistedAt)))
    .orderBy(asc(a.waitlistedAt), asc(a.userId));
  const promoted: string[] = [];
  for (const person of waiting) {
    if (1 + person.guests > free) break;
    free -= 1 + person.guests;
    promoted.push(person.userId);
  }
  for (const userId of promoted)
    await tx
      .update(a)
      .set({ waitlistedAt: null })
      .where(and(eq(a.eventId, event.id), eq(a.userId, userId)));
  return promoted;
}

export type AnswerResult = { waitlisted: boolean; promotedUserIds: string[] };

/**
 * Records the viewer's answer. "Going" takes seats if the party fits, else a place at the end of
 * the waiting list (someone already waiting keeps their place). Any seat freed goes to the list.
 */
export async function answerEvent(
  tx: Tx,
  viewer: Viewer,
  eventId: string,
  answer: EventAnswerValue,
  guests: number,
): Promise<AnswerResult> {
  if (guests < 0 || guests > MAX_GUESTS)
    throw ValidationError.field('guests', 'validation.guests', { max: MAX_GUESTS });
  const { event, access } = await loadEvent(tx, viewer, eventId, { lock: true });
  if (!can(viewer, 'event:answer', access)) {
    if (!can(viewer, 'event:read', access)) throw new NotAllowedError();
    throw ValidationError.field('eventId', event.cancelledAt ? 'event.cancelled' : 'event.past');
  }
  const [previous] = await tx
    .select()
    .from(a)
    .where(and(eq(a.eventId, eventId), eq(a.userId, viewer.id)));
  const partyGuests = answer === 'declined' ? 0 : guests;
  let waitlistedAt: Date | null = null;
  if (answer === 'going' && event.capacity !== null) {
    const stillWaiting = previous?.answer === 'going' && previous.waitlistedAt;
    const fits = (await seatsTaken(tx, eventId, viewer.id)) + 1 + partyGuests <= event.capacity;
    if (stillWaiting || !fits) waitlistedAt = stillWaiting ? previous.waitlistedAt : new Date();
    if (stillWaiting && fits && (await firstInLine(tx, eventId)) === viewer.id) waitlistedAt = null;
  }
  const values = { answer, guests: partyGuests, waitlistedAt, answeredAt: new Date() };
  await tx
    .insert(a)
    .values({ eventId, userId: viewer.id, ...values })
    .onConflictDoUpdate({ target: [a.eventId, a.userId], set: values });
  const promotedUserIds = (await promoteWaitlist(tx, event)).filter((id) => id !== viewer.id);
  const [mine] = await tx
    .select({ waitlistedAt: a.waitlistedAt })
    .from(a)
    .where(and(eq(a.eventId, eventId), eq(a.userId, viewer.id)));
  return { waitlisted: !!mine?.waitlistedAt, promotedUserIds };
}

async function firstInLine(tx: Tx, eventId: string): Promise<string | null> {
  const [first] = await tx
    .select({ userId: a.userId })
    .from(a)
    .where(and(eq(a.eventId, eventId), isNotNull(a.waitlistedAt)))
    .orderBy(asc(a.waitlistedAt), asc(a.userId))
    .limit(1);
  return first?.userId ?? null;
}
