import { randomUUID } from 'node:crypto';
import { schema } from '@levain/db';
import type { SignedInClient, TestApp } from '@levain/server/testing';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANSWER, alwaysReachable, CREATE, DAY, gid, HOUR, orgUnits, pulseApp, scheduler } from './fixtures';

/**
 * A small organisation with known answers: Atlas → France → Marketing (Digital: 6, Press: 4) and
 * Sales (7 people of its own). Scores below are worked out by hand from these answers.
 */
const teams = {
  digital: { enps: [10, 9, 9, 8, 6, 3], workload: [5, 4, 4, 3, 2, 2] },
  press: { enps: [10, 10, 7, 2], workload: [5, 4, 1, 1] },
  sales: { enps: [9, 9, 9, 8, 7, 5, 0], workload: [4, 4, 4, 4, 3, 2, 1] },
};

let app: TestApp;
let hr: SignedInClient;
let units: Record<string, string>;
let campaignId: string;
let employee: SignedInClient;
let manager: SignedInClient;
const now = new Date();
let liveRate: unknown;

const RESULTS = `query($campaignId: ID!, $orgUnitId: ID, $filters: PulseFilters) {
  pulseResults(campaignId: $campaignId, orgUnitId: $orgUnitId, filters: $filters) {
    orgUnit { name } responseCount invitedCount responseRate hiddenReason riskIndex
    enps { value low high n }
    dimensions { dimension { key } score responseCount hiddenReason }
    questions { question { id } responseCount hiddenReason mean { value } favourable { value low high } distribution { value count } }
    comments
  }
}`;
const HEATMAP = `query($campaignId: ID!, $orgUnitId: ID, $depth: Int) {
  pulseHeatmap(campaignId: $campaignId, orgUnitId: $orgUnitId, depth: $depth) {
    dimensions { key } path { name }
    rows { orgUnit { name } depth responseCount hiddenReason
      cells { dimension { key } responseCount score hiddenReason } }
  }
}`;

beforeAll(async () => {
  app = await pulseApp();
  units = await orgUnits(app, [
    { code: 'atlas', name: 'Atlas', kind: 'company' },
    { code: 'fr', name: 'France', kind: 'country', parent: 'atlas' },
    { code: 'marketing', name: 'Marketing', kind: 'direction', parent: 'fr' },
    { code: 'digital', name: 'Digital', kind: 'team', parent: 'marketing' },
    { code: 'press', name: 'Press', kind: 'team', parent: 'marketing' },
    { code: 'sales', name: 'Sales', kind: 'direction', parent: 'fr' },
  ]);
  hr = await app.signedIn(['hr'], { orgUnitId: units.atlas });
  const created = await hr.data(CREATE, {
    title: 'Baromètre',
    opensAt: new Date(now.getTime() - HOUR).toISOString(),
    closesAt: new Date(now.getTime() + 7 * DAY).toISOString(),
    questionIds: ['enps', 'workIntensity.workload', 'socialRelations.colleagues'],
    audience: { everyone: false, orgUnitIds: [units.fr] },
  });
  campaignId = created.createPulseCampaign.data.id;
  const people: { client: SignedInClient; enps: number; workload: number }[] = [];
  for (const [team, answers] of Object.entries(teams))
    for (const [i, enps] of answers.enps.entries())
      people.push({
        client: await app.signedIn([], { orgUnitId: units[team] }),
        enps,
        workload: answers.workload[i]!,
      });
  employee = people[0]!.client;
  manager = await app.signedIn([], { orgUnitId: units.marketing });
  await app.services.db
    .update(schema.users)
    .set({ managerId: manager.user.id })
    .where(eq(schema.users.id, employee.user.id));
  await alwaysReachable(
    app,
    people.map((p) => p.client.user.id),
  );
  const schedule = scheduler(app);
  await schedule(now);
  for (const person of people) {
    const answered = await person.client.data(ANSWER, {
      campaignId,
      answers: [
        { questionId: 'enps', value: person.enps },
        { questionId: 'workIntensity.workload', value: person.workload },
        { questionId: 'socialRelations.colleagues', value: 4 },
      ],
      comment: person.enps >= 9 ? 'Bonne ambiance' : null,
    });
    expect(answered.answerPulse.__typename).toBe('MutationAnswerPulseSuccess');
  }
  liveRate = (
    await hr.data(
      'query($id: ID!) { pulseCampaign(id: $id) { responseRate { responseCount invitedCount rate hiddenReason } } }',
      {
        id: campaignId,
      },
    )
  ).pulseCampaign.responseRate;
  await schedule(new Date(now.getTime() + 8 * DAY));
});
afterAll(() => app.close());

describe('pulse results on a known dataset', () => {
  it('gives the organisation’s exact scores, response rate and distribution', async () => {
    const { pulseResults } = await hr.data(RESULTS, { campaignId });
    expect(pulseResults).toMatchObject({
      orgUnit: { name: 'Atlas' },
      responseCount: 17,
      invitedCount: 18,
      responseRate: 94.4,
      hiddenReason: null,
      // 8 promoters, 5 detractors out of 17: (8 − 5) / 17 = 17.6 %.
      enps: { value: 18, n: 17 },
    });
    expect(pulseResults.dimensions).toEqual([
      { dimension: { key: 'enps' }, score: 18, responseCount: 17, hiddenReason: null },
      // 9 of 17 answered 4 or 5.
      { dimension: { key: 'workIntensity' }, score: 52.9, responseCount: 17, hiddenReason: null },
      { dimension: { key: 'socialRelations' }, score: 100, responseCount: 17, hiddenReason: null },
    ]);
    const workload = pulseResults.questions.find(
      (q: { question: { id: string } }) => q.question.id === 'workIntensity.workload',
    );
    expect(workload).toMatchObject({ responseCount: 17, mean: { value: 3.12 }, favourable: { value: 52.9 } });
    expect(workload.favourable.low).toBeCloseTo(31, 0);
    expect(workload.favourable.high).toBeCloseTo(73.8, 0);
    expect(workload.distribution.map((b: { count: number }) => b.count)).toEqual([3, 3, 2, 7, 2]);
    // The 8 promoters left a comment; the organisation (17 people) reaches the comment minimum of 10.
    expect(pulseResults.comments).toHaveLength(8);
  });

  it('shows the response rate while the pulse is open, but no answer before it closes', async () => {
    // 17 of the 18 people of France (the manager did not answer).
    expect(liveRate).toEqual({ responseCount: 17, invitedCount: 18, rate: 94.4, hiddenReason: null });
  });

  it('shows a team of four as too few, rolls it into its parent, and hides its sibling that would reveal it', async () => {
    // A small organisation: every unit at once.
    const { pulseHeatmap } = await hr.data(HEATMAP, { campaignId });
    expect(pulseHeatmap.dimensions.map((d: { key: string }) => d.key)).toEqual([
      'enps',
      'workIntensity',
      'socialRelations',
    ]);
    const rows = Object.fromEntries(
      pulseHeatmap.rows.map((r: { orgUnit: { name: string } }) => [r.orgUnit.name, r]),
    );
    expect(Object.keys(rows)).toEqual(['Atlas', 'France', 'Marketing', 'Digital', 'Press', 'Sales']);
    expect(rows.Marketing).toMatchObject({ depth: 2, responseCount: 10, hiddenReason: null });
    // Marketing (10) = Digital (6) + Press (4): Press is too small, so Digital is hidden too.
    expect(rows.Press).toMatchObject({ responseCount: null, hiddenReason: 'TOO_FEW_ANSWERS' });
    expect(rows.Digital).toMatchObject({ responseCount: null, hiddenReason: 'COMPLEMENT' });
    expect(
      rows.Press.cells.every(
        (c: { score: unknown; responseCount: unknown }) => c.score === null && c.responseCount === null,
      ),
    ).toBe(true);
    expect(rows.Digital.cells[0]).toEqual({
      dimension: { key: 'enps' },
      responseCount: null,
      score: null,
      hiddenReason: 'COMPLEMENT',
    });
    // Marketing's eNPS counts Press: 5 promoters, 3 detractors of 10.
    expect(rows.Marketing.cells[0]).toEqual({
      dimension: { key: 'enps' },
      responseCount: 10,
      score: 20,
      hiddenReason: null,
    });
    expect(rows.Sales.cells[1]).toMatchObject({ responseCount: 7, score: 57.1 });
  });

  it('shows any unit with the levels below it', async () => {
    const names = (heatmap: { rows: { orgUnit: { name: string } }[] }) =>
      heatmap.rows.map((r) => r.orgUnit.name);
    const top = (await hr.data(HEATMAP, { campaignId, depth: 2 })).pulseHeatmap;
    expect(names(top)).toEqual(['Atlas', 'France', 'Marketing', 'Sales']);
    // The org units of results are the core's: everything else about them can be asked.
    const unit = await hr.data(
      `query($c: ID!, $u: ID) { pulseResults(campaignId: $c, orgUnitId: $u) { orgUnit { code kind memberCount parent { name } } } }`,
      { c: campaignId, u: gid('OrgUnit', units.digital!) },
    );
    expect(unit.pulseResults.orgUnit).toEqual({
      code: 'digital',
      kind: 'team',
      memberCount: 6,
      parent: { name: 'Marketing' },
    });
    const marketing = (await hr.data(HEATMAP, { campaignId, orgUnitId: gid('OrgUnit', units.marketing!) }))
      .pulseHeatmap;
    expect(names(marketing)).toEqual(['Marketing', 'Digital', 'Press']);
    expect(marketing.path.map((u: { name: string }) => u.name)).toEqual(['Atlas', 'France', 'Marketing']);
  });

  it('refuses results to employees and limits a manager to their own unit and below', async () => {
    for (const query of [RESULTS, HEATMAP]) {
      const refused = await employee.gql(query, { campaignId });
      expect(refused.errors?.map((e) => e.extensions?.code)).toEqual(['NOT_ALLOWED']);
    }
    const { pulseHeatmap } = await manager.data(HEATMAP, { campaignId });
    expect(pulseHeatmap.rows.map((r: { orgUnit: { name: string } }) => r.orgUnit.name)).toEqual([
      'Marketing',
      'Digital',
      'Press',
    ]);
    const own = await manager.data(RESULTS, { campaignId });
    expect(own.pulseResults).toMatchObject({
      orgUnit: { name: 'Marketing' },
      responseCount: 10,
      enps: { value: 20 },
    });
    const sales = await manager.gql(RESULTS, { campaignId, orgUnitId: gid('OrgUnit', units.sales!) });
    expect(sales.errors?.map((e) => e.extensions?.code)).toEqual(['NOT_ALLOWED']);
    const nowhere = await hr.gql(RESULTS, { campaignId, orgUnitId: gid('OrgUnit', randomUUID()) });
    expect(nowhere.errors?.map((e) => e.extensions?.code)).toEqual(['NOT_FOUND']);
  });

  it('applies the same rules to filters and to the CSV export', async () => {
    const managers = await hr.data(RESULTS, { campaignId, filters: { manager: true } });
    // The one manager who answered would be alone in the group: nothing of it is shown.
    expect(managers.pulseResults).toMatchObject({
      responseCount: null,
      hiddenReason: 'TOO_FEW_ANSWERS',
      enps: null,
    });
    expect(managers.pulseResults.dimensions.map((d: { score: unknown }) => d.score)).toEqual([
      null,
      null,
      null,
    ]);
    expect(managers.pulseResults.questions.map((q: { distribution: unknown }) => q.distribution)).toEqual([
      null,
      null,
      null,
    ]);
    const { pulseResultsCsv } = await hr.data('query($id: ID!) { pulseResultsCsv(campaignId: $id) }', {
      id: campaignId,
    });
    const lines = pulseResultsCsv.trim().split('\n');
    expect(lines[0]).toBe(
      'Org unit,Depth,Dimension,Pulse no.,Answers,Score,Interval low,Interval high,Hidden',
    );
    expect(lines).toContain('Press,3,eNPS,1,,,,,too few answers');
    // eNPS 20 ± 1.96 × √((0.5 + 0.3 − 0.2²) / 10) = 20 ± 54.
    expect(lines).toContain('Marketing,2,eNPS,1,10,20,-34,74,');
    expect(pulseResultsCsv).not.toMatch(/^Digital,3,eNPS,1,\d/m);
  });
});
