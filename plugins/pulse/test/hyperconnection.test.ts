import type { SignedInClient, TestApp } from '@levain/server/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lastCompleteWindow } from '../server/hyperconnection';
import { gid, HOUR, insertPeople, orgUnits, pulseApp } from './fixtures';

/**
 * Support (8 people of its own and a Night team of 4) and Sales (10), all in Paris with the
 * default hours (Monday to Friday, 9:00–18:00). The window starts on a Monday at 00:00 UTC.
 */
let app: TestApp;
let hr: SignedInClient;
let units: Record<string, string>;
const { from } = lastCompleteWindow(new Date());
const at = (days: number, utcHour: number) =>
  new Date(from.getTime() + days * 24 * HOUR + utcHour * HOUR).toISOString();
/** Tuesday 10:00 UTC (11:00 or 12:00 in Paris): working time. */
const working = at(1, 10);
/** Wednesday 20:30 UTC and Saturday 10:00 UTC: evening, rest day. */
const evening = at(2, 20.5);
const saturday = at(5, 10);

async function activity(userId: string, times: string[]) {
  for (const time of times)
    await app.services.db.execute(
      sql`insert into posts (author_id, profile_user_id, body, body_html, published_at) values (${userId}, ${userId}, 'x', '<p>x</p>', ${time}::timestamptz)`,
    );
}

beforeAll(async () => {
  app = await pulseApp();
  units = await orgUnits(app, [
    { code: 'co', name: 'Company', kind: 'company' },
    { code: 'support', name: 'Support', kind: 'direction', parent: 'co' },
    { code: 'night', name: 'Night', kind: 'team', parent: 'support' },
    { code: 'sales', name: 'Sales', kind: 'direction', parent: 'co' },
  ]);
  hr = await app.signedIn(['hr'], { orgUnitId: units.co });
  const support = await insertPeople(app, units.support!, 8);
  const night = await insertPeople(app, units.night!, 4);
  const sales = await insertPeople(app, units.sales!, 10);
  // Three people of Support (two of the Night team) do a third or more of their activity out of hours.
  for (const [i, id] of [...support, ...night].entries())
    await activity(id, i === 0 || i >= 10 ? [working, evening, saturday] : [working, working]);
  // In Sales, one evening post out of four: under a quarter, not counted.
  for (const id of sales)
    await activity(id, [working, working, working, working, evening].slice(0, id === sales[0] ? 5 : 2));
});
afterAll(() => app.close());

const QUERY = `query($u: ID) { hyperconnection(orgUnitId: $u) {
  from to orgUnit { name } peopleCount share level hiddenReason
  children { orgUnit { name } peopleCount share level hiddenReason }
} }`;

describe('the hyperconnection signal', () => {
  it('gives the share of people active out of hours per unit, for groups of ten or more, never per person', async () => {
    const { hyperconnection } = await hr.data(QUERY, {});
    expect(hyperconnection).toMatchObject({
      from: from.toISOString(),
      orgUnit: { name: 'Company' },
      peopleCount: 22,
      // 3 of 22 = 13.6 %, rounded to 5.
      share: 15,
      level: 'SOME',
      hiddenReason: null,
    });
    expect(hyperconnection.children).toEqual([
      { orgUnit: { name: 'Sales' }, peopleCount: 10, share: null, level: 'ALMOST_NONE', hiddenReason: null },
      { orgUnit: { name: 'Support' }, peopleCount: 12, share: 25, level: 'SOME', hiddenReason: null },
    ]);
    const support = await hr.data(QUERY, { u: gid('OrgUnit', units.support!) });
    expect(support.hyperconnection.children).toEqual([
      {
        orgUnit: { name: 'Night' },
        peopleCount: null,
        share: null,
        level: null,
        hiddenReason: 'TOO_FEW_ANSWERS',
      },
    ]);
  });

  it('is not for employees', async () => {
    const employee = await app.signedIn([], { orgUnitId: units.sales });
    const refused = await employee.gql(QUERY, {});
    expect(refused.errors?.map((e) => e.extensions?.code)).toEqual(['NOT_ALLOWED']);
  });
});
