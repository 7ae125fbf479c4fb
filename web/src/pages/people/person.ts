import { graphql, type ResultOf } from '../../lib/graphql/graphql';

export const PersonFields = graphql(`
  fragment PersonFields on User @_unmask {
    id
    name
    email
    title
    bio
    locale
    timeZone
    avatarUrl
    canEdit
    status
    workingHours { days start end }
    atWorkNow
    orgUnit { id name }
    manager { id name title avatarUrl }
    reports { id name title avatarUrl }
  }
`);

export const PersonQuery = graphql(
  `
  query Person($id: ID!) {
    user(id: $id) { ...PersonFields }
  }
`,
  [PersonFields],
);

/** The communities a profile shows: those the person takes part in that the viewer may know of. */
export const PersonCommunities = graphql(`
  query PersonCommunities($id: ID!) {
    user(id: $id) { id memberships { role community { id slug name } } }
  }
`);

export type Person = ResultOf<typeof PersonFields>;

/** ISO weekdays 1 (Monday) … 7 (Sunday). */
export const isoWeekdays = [1, 2, 3, 4, 5, 6, 7] as const;

/** The weekday's name in the UI language (1 January 2024 was a Monday). */
export function weekdayName(day: number, locale: string, width: 'long' | 'short' = 'long'): string {
  return new Intl.DateTimeFormat(locale, { weekday: width, timeZone: 'UTC' }).format(
    new Date(Date.UTC(2024, 0, day)),
  );
}

/** What a new account starts with (the server's defaults). */
export const defaultWorkingHours = { days: [1, 2, 3, 4, 5], start: '09:00', end: '18:00' };
export const defaultTimeZone = 'Europe/Paris';

/** What time it is now for someone in another time zone, and whether they are at work. */
export function localTime(
  person: { timeZone: string; workingHours: NonNullable<Person['workingHours']> },
  locale: string,
  now = new Date(),
) {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: person.timeZone,
    weekday: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(now);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  const day = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(part('weekday')) + 1;
  const time = `${part('hour')}:${part('minute')}`;
  const { days, start, end } = person.workingHours;
  return {
    time: new Intl.DateTimeFormat(locale, { timeZone: person.timeZone, timeStyle: 'short' }).format(now),
    atWork: days.includes(day) && time >= start && time < end,
  };
}
