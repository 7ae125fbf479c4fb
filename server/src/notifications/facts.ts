import type { schema } from '@levain/db';
import { type SQL, sql } from 'drizzle-orm';

/** How many actors a message names ("Ana and Marc", "Ana and 4 others"). */
const NAMED_ACTORS = 2;

/** The names of the first actors, newest first, as a JSON array (an extra of a relational query). */
export function actorNamesSql(n: Pick<typeof schema.notifications, 'actorIds'>): SQL<unknown> {
  return sql`(select coalesce(json_agg(u.name order by a.ord), '[]'::json)
    from unnest(${n.actorIds}[1:${sql.raw(String(NAMED_ACTORS))}]) with ordinality as a(id, ord)
    join users u on u.id = a.id)`;
}

/** Drivers hand JSON back parsed or as text. */
export function actorNamesFrom(value: unknown): string[] {
  const parsed = typeof value === 'string' ? JSON.parse(value) : value;
  return Array.isArray(parsed) ? parsed.map(String) : [];
}
