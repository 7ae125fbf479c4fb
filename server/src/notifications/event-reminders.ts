import { schema } from '@levain/db';
import { and, eq, gt, inArray, isNull, lte, sql } from 'drizzle-orm';
import { occurrencesBetween, REMINDER_MINUTES } from '../agenda/schedule';
import type { Services } from '../services';
import { eventReaders } from './event-listeners';
import { notify } from './store';
import { isWorkingTime } from './working-hours';

export const EVENT_REMINDERS_JOB = 'events.send-reminders';
const LONGEST = Math.max(...REMINDER_MINUTES) * 60_000;

type Due = { eventId: string; startsAt: Date; minutes: number };

/**
 * The reminders due at `now`: for each occurrence starting within the longest delay, the shortest
 * delay already reached (an event created 30 minutes before it starts gets the hour's reminder only;
 * the longer ones are recorded as passed).
 */
async function dueReminders(services: Services, now: Date): Promise<{ due: Due[]; passed: Due[] }> {
  const e = schema.events;
  const events = await services.db
    .select({
      id: e.id,
      startsAt: e.startsAt,
      endsAt: e.endsAt,
      timeZone: e.timeZone,
      recurrence: e.recurrence,
      reminderMinutes: e.reminderMinutes,
    })
    .from(e)
    .where(
      and(
        isNull(e.cancelledAt),
        gt(e.lastEndsAt, now),
        lte(e.startsAt, new Date(now.getTime() + LONGEST)),
        sql`cardinality(${e.reminderMinutes}) > 0`,
      ),
    );
  const due: Due[] = [];
  const passed: Due[] = [];
  for (const event of events) {
    for (const { startsAt } of occurrencesBetween(event, now, new Date(now.getTime() + LONGEST), 50)) {
      if (startsAt <= now) continue;
      const reached = event.reminderMinutes
        .filter((minutes) => startsAt.getTime() - minutes * 60_000 <= now.getTime())
        .sort((a, b) => a - b);
      const [shortest, ...longer] = reached;
      if (shortest === undefined) continue;
      due.push({ eventId: event.id, startsAt, minutes: shortest });
      for (const minutes of longer) passed.push({ eventId: event.id, startsAt, minutes });
    }
  }
  return { due, passed };
}

/**
 * Reminds those going (with a seat) or maybe, who may read the event, through the notification and
 * mail paths: the mail waits for the person's working hours, except the hour's reminder of an
 * occurrence that starts within them (it is of no use after the start). Each reminder goes out
 * once: its row is claimed first, so replicas and retries do not repeat it.
 */
export async function sendEventReminders(services: Services, now = new Date()): Promise<number> {
  const { due, passed } = await dueReminders(services, now);
  const r = schema.eventReminders;
  const row = (d: Due) => ({
    eventId: d.eventId,
    occurrenceStartsAt: d.startsAt,
    minutes: d.minutes,
    sentAt: now,
  });
  if (passed.length) await services.db.insert(r).values(passed.map(row)).onConflictDoNothing();
  let told = 0;
  for (const reminder of due) {
    const claimed = await services.db.insert(r).values(row(reminder)).onConflictDoNothing().returning();
    if (!claimed.length) continue;
    try {
      told += await remind(services, reminder, now);
    } catch (error) {
      await services.db
        .delete(r)
        .where(
          and(
            eq(r.eventId, reminder.eventId),
            eq(r.occurrenceStartsAt, reminder.startsAt),
            eq(r.minutes, reminder.minutes),
          ),
        );
      throw error;
    }
  }
  return told;
}

async function remind(services: Services, reminder: Due, now: Date): Promise<number> {
  const a = schema.eventAnswers;
  const answered = await services.db
    .select({ userId: a.userId })
    .from(a)
    .where(
      and(eq(a.eventId, reminder.eventId), inArray(a.answer, ['going', 'maybe']), isNull(a.waitlistedAt)),
    );
  const readers = await eventReaders(
    services,
    reminder.eventId,
    answered.map((row) => row.userId),
  );
  if (!readers) return 0;
  const { event, recipients } = readers;
  const soon = reminder.minutes <= 60;
  const inHours = (at: Date) => (rec: (typeof recipients)[number]) =>
    isWorkingTime(at, rec.viewer.timeZone, rec.workingHours);
  const timely = soon ? recipients.filter(inHours(reminder.startsAt)) : [];
  const draft = {
    kind: 'event' as const,
    actorId: null,
    communityId: event.communityId,
    groupKey: `event-reminder:${event.id}`,
  };
  const data = {
    what: 'reminder',
    eventId: event.id,
    title: event.title,
    startsAt: reminder.startsAt.toISOString(),
  };
  return (
    (await notify(
      services,
      { ...draft, data, recipients: recipients.filter((rec) => !timely.includes(rec)) },
      now,
    )) + (await notify(services, { ...draft, data: { ...data, timely: true }, recipients: timely }, now))
  );
}

export function registerEventReminders(services: Services): void {
  services.jobs.register(EVENT_REMINDERS_JOB, {
    everyMinutes: 5,
    isActive: async () => true,
    run: async () => {
      await sendEventReminders(services);
    },
  });
}
