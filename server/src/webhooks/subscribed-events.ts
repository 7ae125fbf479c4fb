import { queryRows } from '@levain/db';
import { sql } from 'drizzle-orm';
import type { Services } from '../services';

/** How long a replica trusts its list of subscribed events before asking again. */
const FRESH_MS = 5_000;
const known = new WeakMap<Services, { at: number; events: Promise<Set<string>> }>();

/**
 * The events at least one enabled webhook subscribes to, asked at most every few seconds: a burst of
 * events (a directory import creating 5,000 people) costs one statement, not one per event, when no
 * webhook listens. Who receives what is still decided on fresh rows by `dispatch`.
 */
export function subscribedEvents(services: Services): Promise<Set<string>> {
  const cached = known.get(services);
  if (cached && Date.now() - cached.at < FRESH_MS) return cached.events;
  const events = queryRows<{ event: string }>(
    services.db,
    sql`select distinct unnest(events) as event from webhooks where disabled_at is null`,
  ).then((rows) => new Set(rows.map((r) => r.event)));
  known.set(services, { at: Date.now(), events });
  events.catch(() => known.delete(services));
  return events;
}

/** After this replica creates, turns on or off, or deletes a webhook. */
export function forgetSubscribedEvents(services: Services): void {
  known.delete(services);
}
