import { queryRows } from '@levain/db';
import { createTestDb } from '@levain/db/test-db';
import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isWorkingTime, type WorkingHours } from '../src/notifications/working-hours';
import { workingTimeSql } from '../src/notifications/working-hours-sql';

let handle: Awaited<ReturnType<typeof createTestDb>>;
beforeAll(async () => {
  handle = await createTestDb();
});
afterAll(() => handle.close());

const zones = ['Europe/Paris', 'Europe/London', 'America/Toronto', 'Asia/Tokyo', 'Australia/Sydney', 'UTC'];
// Whole hours from 6:00 to 23:00: daylight-saving changes happen at night, where the two
// implementations are allowed to differ by the gap (see zonedInstant).
const hour = fc.integer({ min: 6, max: 23 }).map((h) => `${String(h).padStart(2, '0')}:00`);
const hours: fc.Arbitrary<WorkingHours> = fc.record({
  days: fc.uniqueArray(fc.integer({ min: 1, max: 7 }), { maxLength: 7 }),
  start: hour,
  end: hour,
});

describe('working hours in SQL', () => {
  it('agrees with isWorkingTime for any instant, zone and hours, overnight ones included', async () => {
    const cases = fc.sample(
      fc.record({
        instant: fc.date({ min: new Date('2024-01-01'), max: new Date('2027-12-31'), noInvalidDate: true }),
        zone: fc.constantFrom(...zones),
        hours: hours.filter((h) => h.start !== h.end),
      }),
      { numRuns: 400, seed: 13 },
    );
    const rows = await queryRows<{ i: number; working: boolean }>(
      handle.db,
      sql.join(
        cases.map(
          (c, i) =>
            sql`select ${i}::int as i, ${workingTimeSql(sql`${c.instant.toISOString()}::timestamptz`, sql`${c.zone}::text`, sql`${JSON.stringify(c.hours)}::text::jsonb`)} as working`,
        ),
        sql` union all `,
      ),
    );
    const sqlSays = new Map(rows.map((r) => [r.i, r.working]));
    const disagreements = cases.filter(
      (c, i) => sqlSays.get(i) !== isWorkingTime(c.instant, c.zone, c.hours),
    );
    expect(disagreements).toEqual([]);
  });
});
