import { type SQL, sql } from 'drizzle-orm';

/**
 * SQL side of `isWorkingTime` (working-hours.ts), for questions over many rows at once: whether
 * an instant falls inside a person's working hours, in their time zone. A working period starts on
 * one of the person's days at `start` and ends at `end` the same day, or the next day when it runs
 * overnight (start after end); a person with no working day is always reachable.
 */
export function workingTimeSql(instant: SQL, timeZone: SQL, hours: SQL): SQL<boolean> {
  const local = sql`(${instant} at time zone ${timeZone})`;
  const day = sql`extract(isodow from ${local})::int`;
  const previousDay = sql`(case when ${day} = 1 then 7 else ${day} - 1 end)`;
  const time = sql`${local}::time`;
  const start = sql`(${hours}->>'start')::time`;
  const end = sql`(${hours}->>'end')::time`;
  const worksOn = (d: SQL) => sql`(${hours}->'days') @> to_jsonb(${d})`;
  return sql<boolean>`(jsonb_array_length(${hours}->'days') = 0
    or (${start} < ${end} and ${worksOn(day)} and ${time} >= ${start} and ${time} < ${end})
    or (${start} >= ${end} and ((${worksOn(day)} and ${time} >= ${start})
      or (${worksOn(previousDay)} and ${time} < ${end}))))`;
}
