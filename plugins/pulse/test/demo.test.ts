import { queryRows } from '@levain/db';
import { DEMO_PASSWORD, seedDemoIfEmpty } from '@levain/seed';
import { seededRandom } from '@levain/server/seeding';
import type { TestApp, TestClient } from '@levain/server/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedPulseDemo } from '../server/demo/index';
import { MY_PULSE, pulseApp } from './fixtures';

let app: TestApp;
const SIGN_IN = 'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { __typename } }';
async function demoClient(email: string): Promise<TestClient> {
  const client = app.client({ locale: 'fr' });
  await client.data(SIGN_IN, { e: email, p: DEMO_PASSWORD });
  return client;
}

beforeAll(async () => {
  app = await pulseApp();
  await seedDemoIfEmpty(app.services);
}, 120_000);
afterAll(() => app.close());

const HEATMAP = `query($c: ID!) { pulseHeatmap(campaignId: $c) {
  period { number } rows { orgUnit { code name } responseCount hiddenReason riskIndex cells { dimension { key } score } } } }`;

describe('the demo’s climate barometer', () => {
  it('shows HR a year of bi-weekly pulses, a heatmap with hidden small teams, and Commercial France at risk', async () => {
    const hr = await demoClient('rh@atlas.example');
    const { pulseCampaigns } = await hr.data(
      '{ pulseCampaigns { id title cadence closedPeriods { number } } }',
    );
    expect(pulseCampaigns).toHaveLength(1);
    const [campaign] = pulseCampaigns;
    expect(campaign).toMatchObject({ title: 'Baromètre social Atlas', cadence: 'biweekly' });
    expect(campaign.closedPeriods).toHaveLength(26);

    const { pulseHeatmap } = await hr.data(HEATMAP, { c: campaign.id });
    expect(pulseHeatmap.period.number).toBe(26);
    const row = (code: string) =>
      pulseHeatmap.rows.find((r: { orgUnit: { code: string } }) => r.orgUnit.code === code);
    expect(row('fr-communication-presse')).toMatchObject({
      responseCount: null,
      hiddenReason: 'TOO_FEW_ANSWERS',
    });
    expect(row('atlas')).toMatchObject({ hiddenReason: null });
    expect(row('atlas').responseCount).toBeGreaterThan(120);
    expect(row('fr-sales').riskIndex).toBeGreaterThan(row('atlas').riskIndex + 15);

    const { pulseAlerts } = await hr.data('{ pulseAlerts(first: 200) { orgUnit { code } kind riskIndex } }');
    const sales = pulseAlerts.filter((a: { orgUnit: { code: string } }) => a.orgUnit.code === 'fr-sales');
    expect(
      sales.some((a: { kind: string; riskIndex: number }) => a.kind === 'threshold' && a.riskIndex >= 60),
    ).toBe(true);
    const { pulseActionPlans } = await hr.data('{ pulseActionPlans { title status orgUnit { code } } }');
    expect(pulseActionPlans).toContainEqual({
      title: 'Alléger les fins de trimestre de l’équipe commerciale',
      status: 'in_progress',
      orgUnit: { code: 'fr-sales' },
    });
  });

  it('leaves an open pulse for the demo employees, and the team plan in view of Commercial France', async () => {
    for (const email of ['employe@atlas.example', 'employee@atlas.example']) {
      const { myPulse } = await (await demoClient(email)).data(MY_PULSE);
      expect(myPulse).toMatchObject({ title: 'Baromètre social Atlas', period: 26 });
      expect(myPulse.questions.length).toBeLessThanOrEqual(5);
    }
    const employee = await demoClient('employe@atlas.example');
    expect(
      (await employee.gql('{ pulseHeatmap(campaignId: "x") { period { number } } }')).errors?.[0]?.extensions
        ?.code,
    ).toBe('NOT_ALLOWED');
  });

  it('is placed by the seed’s clock, and tells the same story whatever the day it runs', async () => {
    const hr = await demoClient('rh@atlas.example');
    for (const now of [new Date('2027-02-13T22:30:00Z'), new Date('2027-07-07T09:15:00Z')]) {
      await app.services.db.execute(sql`delete from pulse_campaigns`);
      await seedPulseDemo({ now, random: seededRandom(7) }, app.services);
      const periods = await queryRows<{ open: number; closed: number }>(
        app.services.db,
        sql`select count(*) filter (where closed_at is null and opens_at <= ${now} and closes_at > ${now})::int as open,
          count(*) filter (where closed_at is not null and closes_at <= ${now})::int as closed from pulse_periods`,
      );
      expect(periods).toEqual([{ open: 1, closed: 26 }]);
      const [campaign] = (await hr.data('{ pulseCampaigns { id } }')).pulseCampaigns;
      const { pulseHeatmap } = await hr.data(HEATMAP, { c: campaign.id });
      const row = (code: string) =>
        pulseHeatmap.rows.find((r: { orgUnit: { code: string } }) => r.orgUnit.code === code);
      expect(row('fr-communication-presse').hiddenReason).toBe('TOO_FEW_ANSWERS');
      expect(row('fr-sales').riskIndex).toBeGreaterThan(row('atlas').riskIndex + 15);
    }
  });
});
