import { query } from '../../lib/graphql/api';
import { PagedList, pageOf } from '../../lib/graphql/paged.svelte';
import { type AgendaEventData, AgendaEvents } from './documents';

export type AgendaItem = AgendaEventData & { occurrenceStart: string; occurrenceEnd: string };

const DAY = 86_400_000;

/** The viewer's next 30 days, or the last 90: each occurrence of a series is its own line. */
export function agendaRange(view: 'upcoming' | 'past', now = Date.now()): { from: string; to: string } {
  return view === 'upcoming'
    ? { from: new Date(now).toISOString(), to: new Date(now + 30 * DAY).toISOString() }
    : { from: new Date(now - 90 * DAY).toISOString(), to: new Date(now).toISOString() };
}

export function agendaList(range: { from: string; to: string }): PagedList<AgendaItem> {
  return new PagedList(async (after) => {
    const { events } = await query(AgendaEvents, { ...range, after });
    const page = pageOf(events);
    return {
      ...page,
      items: page.items.flatMap(({ occurrences, ...event }) =>
        occurrences.map((o) => ({ ...event, occurrenceStart: o.startsAt, occurrenceEnd: o.endsAt })),
      ),
    };
  });
}

/** The agenda's days, in the viewer's time zone: in order, or the latest first (past events). */
export function byDay(
  items: AgendaItem[],
  dayOf: (iso: string) => string,
  latestFirst = false,
): [string, AgendaItem[]][] {
  const days = new Map<string, AgendaItem[]>();
  const order = (a: AgendaItem, b: AgendaItem) => a.occurrenceStart.localeCompare(b.occurrenceStart);
  for (const item of [...items].sort((a, b) => (latestFirst ? order(b, a) : order(a, b)))) {
    const day = dayOf(item.occurrenceStart);
    days.set(day, [...(days.get(day) ?? []), item]);
  }
  return [...days];
}
