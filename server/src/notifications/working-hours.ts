import { Temporal } from '@js-temporal/polyfill';
import type { schema } from '@levain/db';

/**
 * Time-zone arithmetic for the right to disconnect, on the Temporal polyfill. Pure functions over
 * instants: a working period is computed as real instants in the person's zone, so daylight-saving
 * changes and overnight hours (start after end, e.g. 22:00–06:00) need no special case at the call
 * sites.
 */
export type WorkingHours = schema.WorkingHours;

type LocalDate = { year: number; month: number; day: number };

/** The wall-clock date and time of an instant in a zone. */
export function localParts(instant: Date, timeZone: string) {
  const zoned = Temporal.Instant.fromEpochMilliseconds(instant.getTime()).toZonedDateTimeISO(timeZone);
  return {
    year: zoned.year,
    month: zoned.month,
    day: zoned.day,
    minutes: zoned.hour * 60 + zoned.minute,
    seconds: zoned.second,
  };
}

/**
 * The instant a wall-clock time happens in a zone. A time skipped by a spring-forward change
 * moves later by the gap (02:30 → 03:30); a time repeated by a fall-back change is its first
 * occurrence — Temporal's "compatible" disambiguation.
 */
export function zonedInstant(date: LocalDate, minutes: number, timeZone: string): Date {
  const wall = Temporal.PlainDate.from(date).toPlainDateTime().add({ minutes });
  return new Date(wall.toZonedDateTime(timeZone, { disambiguation: 'compatible' }).epochMilliseconds);
}

/** ISO weekday (1 = Monday … 7 = Sunday) of a local date. */
export function isoWeekday(date: LocalDate): number {
  return Temporal.PlainDate.from(date).dayOfWeek;
}

function addDays(date: LocalDate, days: number): LocalDate {
  const { year, month, day } = Temporal.PlainDate.from(date).add({ days });
  return { year, month, day };
}

const toMinutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** No working day configured means no constraint: such a person is always reachable. */
const workingDays = (hours: WorkingHours) => (hours.days.length ? hours.days : [1, 2, 3, 4, 5, 6, 7]);

/** The working period that starts on a local date, as instants [start, end). */
function periodOn(date: LocalDate, timeZone: string, hours: WorkingHours): [Date, Date] {
  const start = toMinutes(hours.start);
  const end = toMinutes(hours.end);
  const endDate = end > start ? date : addDays(date, 1);
  return [zonedInstant(date, start, timeZone), zonedInstant(endDate, end, timeZone)];
}

export function isWorkingTime(instant: Date, timeZone: string, hours: WorkingHours): boolean {
  if (!hours.days.length) return true;
  const today = localParts(instant, timeZone);
  // An overnight period that started yesterday may still be running.
  for (const date of [addDays(today, -1), today]) {
    if (!hours.days.includes(isoWeekday(date))) continue;
    const [start, end] = periodOn(date, timeZone, hours);
    if (instant >= start && instant < end) return true;
  }
  return false;
}

/** The first start of a working period strictly after an instant. */
export function nextWorkingStart(instant: Date, timeZone: string, hours: WorkingHours): Date {
  const days = workingDays(hours);
  const today = localParts(instant, timeZone);
  for (let offset = 0; offset <= 8; offset += 1) {
    const date = addDays(today, offset);
    if (!days.includes(isoWeekday(date))) continue;
    const start = zonedInstant(date, toMinutes(hours.start), timeZone);
    if (start > instant) return start;
  }
  throw new Error('unreachable: a working day comes within a week');
}

/** When something generated at an instant may reach the person: now, or their next working start. */
export function deliveryTime(instant: Date, timeZone: string, hours: WorkingHours): Date {
  return isWorkingTime(instant, timeZone, hours) ? instant : nextWorkingStart(instant, timeZone, hours);
}

/** Daily digests go out at the start of each working day, with everything since the last one. */
export const nextDailyDigest = nextWorkingStart;

/** Weekly digests go out at the start of the first working day of each ISO week. */
export function nextWeeklyDigest(instant: Date, timeZone: string, hours: WorkingHours): Date {
  const firstDay = Math.min(...workingDays(hours));
  const today = localParts(instant, timeZone);
  for (let offset = 0; offset <= 14; offset += 1) {
    const date = addDays(today, offset);
    if (isoWeekday(date) !== firstDay) continue;
    const start = zonedInstant(date, toMinutes(hours.start), timeZone);
    if (start > instant) return start;
  }
  throw new Error('unreachable: the first working day comes within two weeks');
}
