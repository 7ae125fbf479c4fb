import { Temporal } from '@js-temporal/polyfill';
import type { Failure } from '../../lib/graphql/outcome';
import type { PickedPerson } from '../communities/PeoplePicker.svelte';

export const repeats = ['none', 'weekly', 'monthly'] as const;
export type Repeat = (typeof repeats)[number];
/** How a series ends: on a date, or after a number of occurrences. */
export type SeriesEnd = 'until' | 'count';
/** The reminders an organiser may choose: the day before, an hour before (minutes before each occurrence). */
export const reminderChoices = [1440, 60] as const;

/** What the event form edits: wall-clock dates and times in the event's own time zone. */
export type EventDraft = {
  title: string;
  description: string;
  allDay: boolean;
  startDay: string;
  startTime: string;
  endDay: string;
  endTime: string;
  timeZone: string;
  repeat: Repeat;
  interval: number;
  seriesEnd: SeriesEnd;
  until: string;
  count: number;
  location: string;
  onlineUrl: string;
  capacity: string;
  /** Minutes before each occurrence when those going or maybe are reminded. */
  reminders: number[];
  organisers: PickedPerson[];
};

/** The instant a wall-clock day and time stand for in a zone (the earlier one when clocks go back). */
function instant(day: string, time: string, timeZone: string): string {
  const wall = Temporal.PlainDateTime.from(`${day}T${time || '00:00'}`);
  return wall.toZonedDateTime(timeZone).toInstant().toString();
}

const wallClock = (iso: string, timeZone: string) =>
  Temporal.Instant.from(iso).toZonedDateTimeISO(timeZone).toPlainDateTime();

/** A blank form: tomorrow 9:00–10:00 in the viewer's zone. */
export function blankDraft(timeZone: string, now = Temporal.Now.plainDateISO(timeZone)): EventDraft {
  const day = now.add({ days: 1 }).toString();
  return {
    title: '',
    description: '',
    allDay: false,
    startDay: day,
    startTime: '09:00',
    endDay: day,
    endTime: '10:00',
    timeZone,
    repeat: 'none',
    interval: 1,
    seriesEnd: 'count',
    until: '',
    count: 4,
    location: '',
    onlineUrl: '',
    capacity: '',
    reminders: [...reminderChoices],
    organisers: [],
  };
}

type EventFacts = {
  title: string;
  description: string;
  startsAt: string;
  endsAt: string;
  timeZone: string;
  allDay: boolean;
  recurrence: string | null;
  location: string | null;
  onlineUrl: string | null;
  capacity: number | null;
  reminderMinutes: number[];
  organisers: PickedPerson[];
};

/** The form filled with an event, for editing (an all-day event ends at midnight after its last day). */
export function draftOf(event: EventFacts): EventDraft {
  const start = wallClock(event.startsAt, event.timeZone);
  let end = wallClock(event.endsAt, event.timeZone);
  if (event.allDay) end = end.subtract({ days: 1 });
  const rule = Object.fromEntries(
    (event.recurrence ?? '').split(';').map((part) => part.split('=') as [string, string]),
  );
  const until = rule.UNTIL
    ? `${rule.UNTIL.slice(0, 4)}-${rule.UNTIL.slice(4, 6)}-${rule.UNTIL.slice(6, 8)}`
    : '';
  return {
    ...blankDraft(event.timeZone),
    title: event.title,
    description: event.description,
    allDay: event.allDay,
    startDay: start.toPlainDate().toString(),
    startTime: start.toPlainTime().toString({ smallestUnit: 'minute' }),
    endDay: end.toPlainDate().toString(),
    endTime: end.toPlainTime().toString({ smallestUnit: 'minute' }),
    repeat: rule.FREQ === 'WEEKLY' ? 'weekly' : rule.FREQ === 'MONTHLY' ? 'monthly' : 'none',
    interval: Number(rule.INTERVAL ?? 1),
    seriesEnd: until ? 'until' : 'count',
    until,
    count: Number(rule.COUNT ?? 4),
    location: event.location ?? '',
    onlineUrl: event.onlineUrl ?? '',
    capacity: event.capacity === null ? '' : String(event.capacity),
    reminders: event.reminderMinutes,
    organisers: event.organisers,
  };
}

/** The fields of CreateEventInput and UpdateEventInput the form sets. */
export function inputOf(draft: EventDraft) {
  const { timeZone } = draft;
  return {
    title: draft.title.trim(),
    description: draft.description.trim(),
    startsAt: instant(draft.startDay, draft.allDay ? '' : draft.startTime, timeZone),
    endsAt: instant(draft.endDay, draft.allDay ? '' : draft.endTime, timeZone),
    timeZone,
    allDay: draft.allDay,
    recurrence:
      draft.repeat === 'none'
        ? null
        : {
            frequency: draft.repeat,
            interval: draft.interval,
            until:
              draft.seriesEnd === 'until' && draft.until ? instant(draft.until, '23:59', timeZone) : null,
            count: draft.seriesEnd === 'count' ? draft.count : null,
          },
    location: draft.location.trim() || null,
    onlineUrl: draft.onlineUrl.trim() || null,
    // A number input binds a number (or null once emptied), whatever the draft's type says.
    capacity: String(draft.capacity ?? '').trim() === '' ? null : Number(draft.capacity),
    reminderMinutes: draft.reminders,
    organiserIds: draft.organisers.map((person) => person.id),
  };
}

/** Every IANA zone the browser knows, the event's first. */
export function timeZones(current: string): string[] {
  const all = Intl.supportedValuesOf('timeZone');
  return all.includes(current) ? all : [current, ...all];
}

/** Dates the browser cannot turn into instants: said before asking the server. */
export function missingDates(draft: EventDraft, message: string): Failure | null {
  const issue = (field: string) => ({
    code: 'VALIDATION',
    message,
    issues: [{ field, line: null, message }],
  });
  if (!draft.startDay || (!draft.allDay && !draft.startTime)) return issue('startsAt');
  if (!draft.endDay || (!draft.allDay && !draft.endTime)) return issue('endsAt');
  if (draft.repeat !== 'none' && draft.seriesEnd === 'until' && !draft.until) return issue('recurrence');
  return null;
}
