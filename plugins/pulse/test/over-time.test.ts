import type { SignedInClient, TestApp } from '@levain/server/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  alwaysReachable,
  CREATE,
  DAY,
  gid,
  HOUR,
  insertPeople,
  orgUnits,
  pulseApp,
  scheduler,
  stageAnswers,
} from './fixtures';

/**
 * Operations (16 people of its own, and a Night team of 8) answers three bi-weekly pulses while
 * its workload gets worse: all favourable, then half the workload answers unfavourable, then
 * everything but the colleagues unfavourable (and the eNPS following the workload).
 */
let app: TestApp;
let hr: SignedInClient;
let units: Record<string, string>;
let campaignId: string;
const opensAt = new Date(Date.now() - 50 * DAY);

const pulses = [
  (i: number) => ({ workload: 4, hide: 2, decide: 4, colleagues: 4, enps: 8 + (i % 3) }),
  (i: number) =>
    i % 2
      ? { workload: 4, hide: 2, decide: 4, colleagues: 4, enps: 9 }
      : { workload: 2, hide: 2, decide: 4, colleagues: 4, enps: 5 },
  (i: number) => ({ workload: 1 + (i % 2), hide: 5, decide: 2, colleagues: 4, enps: i % 2 ? 0 : 6 }),
];

beforeAll(async () => {
  app = await pulseApp();
  units = await orgUnits(app, [
    { code: 'co', name: 'Company', kind: 'company' },
    { code: 'ops', name: 'Operations', kind: 'direction', parent: 'co' },
    { code: 'night', name: 'Night', kind: 'team', parent: 'ops' },
  ]);
  hr = await app.signedIn(['hr'], { orgUnitId: units.co });
  const people = [
    ...(await insertPeople(app, units.ops!, 16)).map((userId) => ({ userId, orgUnitId: units.ops! })),
    ...(await insertPeople(app, units.night!, 8)).map((userId) => ({ userId, orgUnitId: units.night! })),
  ];
  await alwaysReachable(
    app,
    people.map((p) => p.userId),
  );
  const created = await hr.data(CREATE, {
    title: 'Baromètre Opérations',
    opensAt: opensAt.toISOString(),
    closesAt: new Date(opensAt.getTime() + 56 * DAY).toISOString(),
    cadence: 'biweekly',
    questionIds: [
      'enps',
      'workIntensity.workload',
      'emotionalDemands.hide',
      'autonomy.decide',
      'socialRelations.colleagues',
    ],
    audience: { everyone: false, orgUnitIds: [units.co] },
  });
  campaignId = created.createPulseCampaign.data.id;
  const schedule = scheduler(app);
  for (const [period, answers] of pulses.entries()) {
    await schedule(new Date(opensAt.getTime() + period * 14 * DAY + HOUR));
    await stageAnswers(
      app,
      campaignId,
      period,
      people.map((p, i) => {
        const a = answers(i);
        return {
          ...p,
          values: {
            enps: a.enps,
            'workIntensity.workload': a.workload,
            'emotionalDemands.hide': a.hide,
            'autonomy.decide': a.decide,
            'socialRelations.colleagues': a.colleagues,
          },
        };
      }),
    );
  }
  await schedule(new Date(opensAt.getTime() + 42 * DAY + HOUR));
});
afterAll(() => app.close());

const RESULTS = `query($c: ID!, $u: ID) {
  pulseResults(campaignId: $c, orgUnitId: $u) {
    period { number } responseCount riskIndex
    trends { dimension { key } points { period { number } score low high responseCount } }
    drivers { question { id } correlation responseCount }
  }
}`;

describe('pulses over time', () => {
  it('draws each dimension’s trend over the pulses with its confidence interval', async () => {
    const { pulseResults } = await hr.data(RESULTS, { c: campaignId, u: gid('OrgUnit', units.ops!) });
    expect(pulseResults).toMatchObject({ period: { number: 3 }, responseCount: 24, riskIndex: 75 });
    const workload = pulseResults.trends.find(
      (t: { dimension: { key: string } }) => t.dimension.key === 'workIntensity',
    );
    expect(workload.points.map((p: { score: number }) => p.score)).toEqual([100, 50, 0]);
    expect(workload.points.map((p: { period: { number: number } }) => p.period.number)).toEqual([1, 2, 3]);
    // Wilson interval of 12 of 24.
    expect(workload.points[1]).toMatchObject({ responseCount: 24, low: 31.4, high: 68.6 });
  });

  it('finds drivers of engagement in groups of 20 or more only', async () => {
    const ops = (await hr.data(RESULTS, { c: campaignId, u: gid('OrgUnit', units.ops!) })).pulseResults;
    // In the last pulse only the workload varied, and those who answered 2 gave an eNPS of 0.
    expect(ops.drivers).toEqual([
      { question: { id: 'workIntensity.workload' }, correlation: -1, responseCount: 24 },
    ]);
    const night = (await hr.data(RESULTS, { c: campaignId, u: gid('OrgUnit', units.night!) })).pulseResults;
    expect(night).toMatchObject({ responseCount: 8, drivers: [] });
  });

  it('alerts HR when the workload-risk index moves by 8 points over 20 answers or crosses the threshold', async () => {
    const { pulseAlerts } = await hr.data(
      '{ pulseAlerts { orgUnit { name } period kind riskIndex previous responseCount acknowledged } }',
    );
    expect(pulseAlerts).toEqual(
      expect.arrayContaining([
        {
          orgUnit: { name: 'Operations' },
          period: 1,
          kind: 'rise',
          riskIndex: 13,
          previous: 0,
          responseCount: 24,
          acknowledged: false,
        },
        {
          orgUnit: { name: 'Operations' },
          period: 2,
          kind: 'threshold',
          riskIndex: 75,
          previous: 13,
          responseCount: 24,
          acknowledged: false,
        },
        {
          orgUnit: { name: 'Night' },
          period: 2,
          kind: 'threshold',
          riskIndex: 75,
          previous: 13,
          responseCount: 8,
          acknowledged: false,
        },
      ]),
    );
    // The Night team moved by 13 points too, but over 8 answers: no alert for that.
    expect(pulseAlerts.filter((a: { orgUnit: { name: string } }) => a.orgUnit.name === 'Night')).toHaveLength(
      1,
    );
    const { notifications } = await hr.data(
      '{ notifications(first: 5) { edges { node { message link } } } }',
    );
    expect(notifications.edges.map((e: { node: { link: string } }) => e.node.link)).toContain(
      '/pulse/alerts',
    );
  });
});
