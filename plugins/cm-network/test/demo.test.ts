import { DEMO_PASSWORD, seedDemoIfEmpty } from '@levain/seed';
import type { TestApp, TestClient } from '@levain/server/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cmNetworkApp } from './dataset';

let app: TestApp;
const SIGN_IN = 'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { __typename } }';
async function demoClient(email: string): Promise<TestClient> {
  const client = app.client({ locale: 'fr' });
  await client.data(SIGN_IN, { e: email, p: DEMO_PASSWORD });
  return client;
}

const MAP = `{ cmNetwork { map {
  month countries { code } directions { key }
  cells { country { code } direction { key } health positions { holder { email } shareOfTimePercent timeBasis } }
  positionsWithoutCm { orgUnit { code } }
  communitiesWithoutAnimator { name }
  academyAvailable cmsWithoutAcademy { email }
} } }`;
const BOARD = `query($month: String!) { cmBoard(month: $month, scope: NETWORK) { rows { status } } }`;
const MEMBERS = `{ myCommunities { slug } }`;

beforeAll(async () => {
  app = await cmNetworkApp();
  await seedDemoIfEmpty(app.services);
}, 180_000);
afterAll(() => app.close());

describe('the demo’s CM network', () => {
  it('shows the chief CM countries × directions with their CMs, red and amber cells, and the gaps', async () => {
    const chief = await demoClient('cm@atlas.example');
    const { map } = (await chief.data(MAP)).cmNetwork;
    expect(map.countries.map((c: { code: string }) => c.code).sort()).toEqual(['be', 'ca', 'fr', 'uk']);
    expect(map.directions.map((d: { key: string }) => d.key)).toEqual([
      'communication',
      'hr',
      'marketing',
      'sales',
    ]);
    expect(map.cells).toHaveLength(16);
    const frMarketing = map.cells.find(
      (c: { country: { code: string }; direction: { key: string } }) =>
        c.country.code === 'fr' && c.direction.key === 'marketing',
    );
    expect(frMarketing.positions).toEqual([
      { holder: { email: 'manager@atlas.example' }, shareOfTimePercent: 20, timeBasis: 'PART_TIME' },
    ]);
    const healths = map.cells.map((c: { health: string }) => c.health);
    expect(healths).toContain('RED');
    expect(healths).toContain('AMBER');
    expect(map.positionsWithoutCm.map((p: { orgUnit: { code: string } }) => p.orgUnit.code).sort()).toEqual([
      'be-sales',
      'ca-hr',
    ]);
    // The core demo's CM academy: Thomas (the manager CM) is halfway through it; some CMs have not started.
    expect(map.academyAvailable).toBe(true);
    const notStarted = map.cmsWithoutAcademy.map((p: { email: string }) => p.email);
    expect(notStarted.length).toBeGreaterThan(0);
    expect(notStarted).not.toContain('manager@atlas.example');

    const board = (await chief.data(BOARD, { month: map.month })).cmBoard;
    expect(board.rows.length).toBeGreaterThan(16);
  });

  it('puts every CM in the network’s private community, and the part-time CM reads their own board only', async () => {
    const manager = await demoClient('manager@atlas.example');
    const slugs = (await manager.data(MEMBERS)).myCommunities.map((c: { slug: string }) => c.slug);
    expect(slugs).toContain('reseau-des-cm-groupe-atlas');
    const refused = await manager.gql(BOARD, { month: '2025-01' });
    expect(refused.errors?.map((e) => e.extensions?.code)).toEqual(['NOT_ALLOWED']);
    const employee = await demoClient('employe@atlas.example');
    expect((await employee.gql('{ cmNetwork { map { month } } }')).errors?.[0]?.extensions?.code).toBe(
      'NOT_ALLOWED',
    );
  });

  it('has an incident in progress with posts waiting for the chief CM, and a closed one with its post-mortem', async () => {
    const chief = await demoClient('cm@atlas.example');
    const incidents = (
      await chief.data('{ incidents { edges { node { id title status pendingPostCount } } } }')
    ).incidents.edges.map((e: { node: unknown }) => e.node);
    expect(
      incidents.map((i: { status: string; pendingPostCount: number }) => [i.status, i.pendingPostCount]),
    ).toEqual([
      ['open', 2],
      ['closed', 0],
    ]);
    const open = (
      await chief.data(
        `query($id: ID!) { incident(id: $id) { ... on QueryIncidentSuccess { data {
          communities { name crisisMode } timeline { kind } pendingPosts { author { email } } } } } }`,
        { id: incidents[0].id },
      )
    ).incident.data;
    expect(open.communities).toContainEqual({ name: 'Qualité de vie au travail', crisisMode: true });
    expect(open.timeline.map((e: { kind: string }) => e.kind)).toContain('post_held');
    const closed = (
      await chief.data(
        `query($id: ID!) { incident(id: $id) { ... on QueryIncidentSuccess { data { postMortem { whatToChange } } } } }`,
        { id: incidents[1].id },
      )
    ).incident.data;
    expect(closed.postMortem.whatToChange).toMatch(/droit à l’image/);
    // Léa, an employee outside the cell, knows nothing of them.
    expect(
      (await (await demoClient('employe@atlas.example')).data('{ incidents { edges { node { id } } } }'))
        .incidents.edges,
    ).toEqual([]);
  });
});

const REPORTS = `query($month: String!) { cmReports(month: $month) {
  lines { holder { email } report { status } }
  rollup { country { code } expected submitted validated returned pending late }
} }`;

describe('the demo’s monthly reports', () => {
  it('gives the chief CM reports to validate, one returned, pending ones and late ones', async () => {
    const chief = await demoClient('cm@atlas.example');
    const { map } = (await chief.data(MAP)).cmNetwork;
    const last = (await chief.data(REPORTS, { month: map.month })).cmReports;
    const statuses = last.lines.map(
      (l: { report: { status: string } | null }) => l.report?.status ?? 'PENDING',
    );
    for (const status of ['SUBMITTED', 'VALIDATED', 'RETURNED', 'PENDING'])
      expect(statuses).toContain(status);
    const own = last.lines.find(
      (l: { holder: { email: string } }) => l.holder.email === 'manager@atlas.example',
    );
    expect(own.report).toBeNull();
    const monthBefore = new Date(`${map.month}-01T00:00:00Z`);
    monthBefore.setUTCMonth(monthBefore.getUTCMonth() - 1);
    const earlier = (await chief.data(REPORTS, { month: monthBefore.toISOString().slice(0, 7) })).cmReports;
    expect(earlier.rollup[0].late).toBe(2);
  });

  it('shows realistic engagement rates (interactions per 100 impressions) on the network board', async () => {
    const chief = await demoClient('cm@atlas.example');
    const { map } = (await chief.data(MAP)).cmNetwork;
    const board = (
      await chief.data(
        `query($month: String!) { cmBoard(month: $month, scope: NETWORK) {
        total { metrics { key value } } } }`,
        { month: map.month },
      )
    ).cmBoard;
    const rate = (line: { metrics: { key: string; value: number | null }[] }) =>
      line.metrics.find((m) => m.key === 'engagementRate')!.value;
    // Per impression, not per distinct reader of the month (which gave about 2,000 %).
    expect(rate(board.total)).toBeGreaterThan(10);
    expect(rate(board.total)).toBeLessThan(100);
  });
});
