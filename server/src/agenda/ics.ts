import { Temporal } from '@js-temporal/polyfill';
import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import { ICalCalendar, ICalEventStatus } from 'ical-generator';
import type { EventRow } from './access';

const zoned = (at: Date, timeZone: string) =>
  Temporal.Instant.fromEpochMilliseconds(at.getTime()).toZonedDateTimeISO(timeZone);

/**
 * An iCalendar file of events, written by ical-generator: times in each event's own zone (with its
 * VTIMEZONE), the series' RRULE, and STATUS:CANCELLED for a cancelled event so calendars drop it.
 */
export function eventsCalendar(events: EventRow[], publicUrl: string, name: string): string {
  const calendar = new ICalCalendar({ prodId: { company: 'Levain', product: 'Events' }, name });
  const zones = new Set(events.map((event) => event.timeZone));
  // ical-generator writes a VTIMEZONE block for each event's zone; the calendar names its zone
  // only when all events share it (a feed mixes Paris and London).
  calendar.timezone({ name: zones.size === 1 ? [...zones][0]! : null, generator: getVtimezoneComponent });
  for (const event of events) {
    const useZone = !event.allDay;
    const url = `${publicUrl}/events/${event.id}`;
    calendar.createEvent({
      id: `${event.id}@levain`,
      // The polyfill's ZonedDateTime is what ical-generator reads as a time in the given zone.
      start: (useZone ? zoned(event.startsAt, event.timeZone) : event.startsAt) as never,
      end: (useZone ? zoned(event.endsAt, event.timeZone) : event.endsAt) as never,
      ...(useZone && { timezone: event.timeZone }),
      allDay: event.allDay,
      summary: event.title,
      description: event.description ? `${event.description}\n\n${url}` : url,
      location: event.location ?? event.onlineUrl ?? null,
      url,
      repeating: event.recurrence ? `RRULE:${event.recurrence}` : null,
      status: event.cancelledAt ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      sequence: event.cancelledAt ? 1 : 0,
      stamp: event.updatedAt,
      lastModified: event.updatedAt,
    });
  }
  return calendar.toString();
}
