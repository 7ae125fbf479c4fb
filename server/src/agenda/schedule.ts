import { Temporal } from '@js-temporal/polyfill';
import rrule from 'rrule';
import { ValidationError } from '../errors';

// rrule ships a UMD bundle: Node's ESM loader sees one default export.
const { RRule } = rrule;

/** An event lasts at most this long; longer things are series. */
export const MAX_EVENT_DAYS = 14;
/** Reminder delays an organiser chooses from, in minutes: the day before, an hour before. */
export const REMINDER_MINUTES = [1440, 60] as const;
/** A series stops within two years of its first occurrence. */
const MAX_SERIES_YEARS = 2;

export type Recurrence = {
  frequency: 'weekly' | 'monthly';
  interval: number;
  until: Date | null;
  count: number | null;
};

export type ScheduleInput = {
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  allDay: boolean;
  recurrence: Recurrence | null;
};

export type Schedule = {
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  allDay: boolean;
  /** RRULE body (no DTSTART): its times are the event's wall-clock times in `timeZone`. */
  recurrence: string | null;
  lastEndsAt: Date;
};

const zoned = (at: Date, timeZone: string) =>
  Temporal.Instant.fromEpochMilliseconds(at.getTime()).toZonedDateTimeISO(timeZone);

/** rrule computes in "floating" time: the wall clock written as if it were UTC. */
const floating = (t: Temporal.PlainDateTime) =>
  new Date(Date.UTC(t.year, t.month - 1, t.day, t.hour, t.minute, t.second));
const fromFloating = (d: Date, timeZone: string) =>
  Temporal.PlainDateTime.from({
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
  }).toZonedDateTime(timeZone);

/**
 * Checks the dates of an event and returns what is stored. All-day events run from midnight of
 * their first day to midnight after their last, in their own time zone; a series keeps its wall
 * clock across daylight-saving changes (9:00 in Paris stays 9:00).
 */
export function scheduleFrom(input: ScheduleInput): Schedule {
  let start = zoned(input.startsAt, input.timeZone);
  let end = zoned(input.endsAt, input.timeZone);
  if (input.allDay) {
    start = start.startOfDay();
    end = end.toPlainDate().add({ days: 1 }).toZonedDateTime(input.timeZone);
  }
  if (Temporal.ZonedDateTime.compare(end, start) <= 0)
    throw ValidationError.field('endsAt', 'validation.endBeforeStart');
  if (Temporal.ZonedDateTime.compare(end, start.add({ days: MAX_EVENT_DAYS })) > 0)
    throw ValidationError.field('endsAt', 'validation.eventTooLong', { days: MAX_EVENT_DAYS });
  const duration = end.epochMilliseconds - start.epochMilliseconds;
  const schedule = {
    startsAt: new Date(start.epochMilliseconds),
    endsAt: new Date(end.epochMilliseconds),
    timeZone: input.timeZone,
    allDay: input.allDay,
  };
  if (!input.recurrence) return { ...schedule, recurrence: null, lastEndsAt: schedule.endsAt };

  const { frequency, interval, until, count } = input.recurrence;
  if (!until && !count) throw ValidationError.field('recurrence', 'validation.recurrenceEnd');
  const bound = start.add({ years: MAX_SERIES_YEARS });
  if (until && until.getTime() > bound.epochMilliseconds)
    throw ValidationError.field('recurrence.until', 'validation.recurrenceBound');
  const rule = new RRule({
    freq: frequency === 'weekly' ? RRule.WEEKLY : RRule.MONTHLY,
    interval,
    dtstart: floating(start.toPlainDateTime()),
    ...(until && { until: floating(zoned(until, input.timeZone).toPlainDateTime()) }),
    ...(count && { count }),
  });
  const occurrences = rule.between(
    floating(start.toPlainDateTime()),
    floating(bound.toPlainDateTime()),
    true,
  );
  const last = occurrences.at(-1);
  if (count && occurrences.length < count)
    throw ValidationError.field('recurrence.count', 'validation.recurrenceBound');
  const lastStart = last ? fromFloating(last, input.timeZone) : start;
  const body = RRule.optionsToString({ ...rule.origOptions, dtstart: null });
  return {
    ...schedule,
    recurrence: body.replace(/^RRULE:/, ''),
    lastEndsAt: new Date(lastStart.epochMilliseconds + duration),
  };
}

export type Occurrence = { startsAt: Date; endsAt: Date };

/** The occurrences of an event that overlap [from, to) (at most `limit`). */
export function occurrencesBetween(
  event: Pick<Schedule, 'startsAt' | 'endsAt' | 'timeZone' | 'recurrence'>,
  from: Date,
  to: Date,
  limit = 200,
): Occurrence[] {
  const duration = event.endsAt.getTime() - event.startsAt.getTime();
  if (!event.recurrence)
    return event.startsAt < to && event.endsAt > from
      ? [{ startsAt: event.startsAt, endsAt: event.endsAt }]
      : [];
  const start = zoned(event.startsAt, event.timeZone).toPlainDateTime();
  const rule = new RRule({ ...RRule.parseString(event.recurrence), dtstart: floating(start) });
  // Floating bounds a day wider on each side: the zone's offset moves wall clock from instants.
  const day = 86_400_000;
  const result: Occurrence[] = [];
  for (const at of rule.between(
    new Date(from.getTime() - duration - day),
    new Date(to.getTime() + day),
    true,
  )) {
    const startsAt = new Date(fromFloating(at, event.timeZone).epochMilliseconds);
    const endsAt = new Date(startsAt.getTime() + duration);
    if (startsAt < to && endsAt > from) result.push({ startsAt, endsAt });
    if (result.length === limit) break;
  }
  return result;
}
