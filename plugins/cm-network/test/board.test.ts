import type { SignedInClient, TestApp } from '@levain/server/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cmNetworkApp, gid, seedDataset } from './dataset';

const BOARD = `query($month: String!, $scope: CmBoardScope!, $scopeId: ID) {
  cmBoard(month: $month, scope: $scope, scopeId: $scopeId) {
    month
    total { status metrics { key value previous change target status } }
    rows { scope label communityId positionId status metrics { key value status } }
  }
}`;
const CREATE = `mutation($orgUnitId: ID!, $kind: CommunityManagerRoleKind!, $timeBasis: CmTimeBasis!, $share: Int) {
  createCmPosition(orgUnitId: $orgUnitId, kind: $kind, timeBasis: $timeBasis, shareOfTimePercent: $share) {
    __typename
    ... on MutationCreateCmPositionSuccess { data { id } }
    ... on ValidationError { issues { field message } }
  }
}`;
const ASSIGN = `mutation($positionId: ID!, $userId: ID) {
  assignCmPosition(positionId: $positionId, userId: $userId) {
    __typename
    ... on MutationAssignCmPositionSuccess { data { id holder { name } } }
    ... on ValidationError { issues { field message } }
  }
}`;
const TARGET = `mutation($metric: String!, $value: Float!, $orgUnitId: ID) {
  setCmTarget(metric: $metric, value: $value, orgUnitId: $orgUnitId) {
    __typename
    ... on ValidationError { issues { field message } }
  }
}`;

let app: TestApp;
let chief: SignedInClient;
let countryCm: SignedInClient;
let partTimeCm: SignedInClient;
let employee: SignedInClient;
let data: Awaited<ReturnType<typeof seedDataset>>;
const unit = (id: string) => gid('OrgUnit', id);

type MetricLine = { key: string; value?: number | null; target?: number | null; status?: string };
const metricsOf = (line: { metrics: MetricLine[] }): Record<string, Omit<MetricLine, 'key'>> =>
  Object.fromEntries(line.metrics.map(({ key, ...rest }) => [key, rest]));

beforeAll(async () => {
  app = await cmNetworkApp();
  data = await seedDataset(app);
  chief = await app.signedIn(['chief_cm'], { locale: 'fr' });
  countryCm = await app.signedIn([], { name: 'Country CM' });
  partTimeCm = await app.signedIn([], { name: 'Part-time CM' });
  employee = await app.signedIn();
  const open = async (
    orgUnitId: string,
    kind: string,
    timeBasis: string,
    share: number | null,
    holder: SignedInClient,
  ) => {
    const created = await chief.data(CREATE, { orgUnitId: unit(orgUnitId), kind, timeBasis, share });
    const id = created.createCmPosition.data.id;
    await chief.data(ASSIGN, { positionId: id, userId: gid('User', holder.user.id) });
    return id as string;
  };
  await open(data.units.fr, 'country', 'FULL_TIME', null, countryCm);
  await open(data.units.frMarketing, 'manager_part_time', 'PART_TIME', 20, partTimeCm);
}, 120_000);
afterAll(() => app.close());

describe('the monthly board', () => {
  it('computes each metric of a community for a month, against the month before', async () => {
    const board = (
      await chief.data(BOARD, {
        month: '2025-03',
        scope: 'COMMUNITY',
        scopeId: gid('Community', data.communities.marketing),
      })
    ).cmBoard;
    expect(board.month).toBe('2025-03');
    const m = metricsOf(board.total);
    const line = (value: number | null, previous: number | null, change: number | null) => ({
      value,
      previous,
      change,
      target: null,
      status: 'NONE',
    });
    expect(m).toEqual({
      members: line(3, 2, 1),
      newMembers: line(1, 1, 0),
      activeMembers: line(4, 1, 3),
      posts: line(2, 1, 1),
      comments: line(2, 0, 2),
      reactions: line(3, 0, 3),
      reach: line(3, 1, 2),
      // (2 comments + 3 reactions + 1 vote) for 4 impressions (3 readers of one post, 1 of the
      // other); February: nothing for 1 impression.
      engagementRate: line(150, 0, 150),
      reports: line(3, 0, 3),
      // Actions after 60 and 240 minutes; the third report is still waiting.
      medianMinutesToFirstAction: line(150, null, null),
    });
  });

  it('adds a unit’s communities up, counting each person once', async () => {
    const board = (
      await chief.data(BOARD, { month: '2025-03', scope: 'ORG_UNIT', scopeId: unit(data.units.fr) })
    ).cmBoard;
    const m = metricsOf(board.total);
    expect(m.posts!.value).toBe(3);
    // Alice posts in both French communities: she is one active person.
    expect(m.activeMembers!.value).toBe(4);
    expect(m.members!.value).toBe(3);
    expect(board.rows.map((r: { label: string }) => r.label)).toEqual(['Marketing', 'Ventes']);
  });

  it('colours lines against the network’s targets and a country’s own', async () => {
    for (const [metric, value] of [
      ['posts', 3],
      ['activeMembers', 5],
      ['engagementRate', 150],
      ['medianMinutesToFirstAction', 130],
    ] as const)
      expect((await chief.data(TARGET, { metric, value })).setCmTarget.__typename).toBe(
        'MutationSetCmTargetSuccess',
      );
    const statuses = async () =>
      metricsOf(
        (
          await chief.data(BOARD, {
            month: '2025-03',
            scope: 'COMMUNITY',
            scopeId: gid('Community', data.communities.marketing),
          })
        ).cmBoard.total,
      );
    let m = await statuses();
    expect([m.posts!.status, m.activeMembers!.status, m.engagementRate!.status]).toEqual([
      'RED',
      'AMBER',
      'GREEN',
    ]);
    expect(m.medianMinutesToFirstAction).toMatchObject({ value: 150, target: 130, status: 'AMBER' });
    expect(m.members!.status).toBe('NONE');

    await chief.data(TARGET, { metric: 'posts', value: 2, orgUnitId: unit(data.units.fr) });
    m = await statuses();
    expect(m.posts).toMatchObject({ target: 2, status: 'GREEN' });
  });

  it('shows the network by CM to the chief CM', async () => {
    const board = (await chief.data(BOARD, { month: '2025-03', scope: 'NETWORK' })).cmBoard;
    expect(metricsOf(board.total).posts!.value).toBe(4);
    expect(board.rows.map((r: { scope: string }) => r.scope)).toEqual(['POSITION', 'POSITION']);
  });
});

describe('who reads the board', () => {
  const codes = async (client: SignedInClient, variables: Record<string, unknown>) =>
    (await client.gql(BOARD, { month: '2025-03', ...variables })).errors?.map((e) => e.extensions?.code) ??
    [];

  it('lets a country CM read their country, not another nor the network', async () => {
    expect(await codes(countryCm, { scope: 'ORG_UNIT', scopeId: unit(data.units.fr) })).toEqual([]);
    expect(
      await codes(countryCm, { scope: 'COMMUNITY', scopeId: gid('Community', data.communities.sales) }),
    ).toEqual([]);
    expect(await codes(countryCm, { scope: 'ORG_UNIT', scopeId: unit(data.units.uk) })).toEqual([
      'NOT_ALLOWED',
    ]);
    expect(await codes(countryCm, { scope: 'NETWORK' })).toEqual(['NOT_ALLOWED']);
  });

  it('lets a part-time CM read their communities only', async () => {
    expect(
      await codes(partTimeCm, { scope: 'COMMUNITY', scopeId: gid('Community', data.communities.marketing) }),
    ).toEqual([]);
    expect(
      await codes(partTimeCm, { scope: 'COMMUNITY', scopeId: gid('Community', data.communities.sales) }),
    ).toEqual(['NOT_ALLOWED']);
    expect(await codes(partTimeCm, { scope: 'ORG_UNIT', scopeId: unit(data.units.fr) })).toEqual([
      'NOT_ALLOWED',
    ]);
  });

  it('refuses employees the board and the network', async () => {
    expect(await codes(employee, { scope: 'NETWORK' })).toEqual(['NOT_ALLOWED']);
    const network = await employee.gql('{ cmNetwork { positions { id } } }');
    expect(network.errors?.map((e) => e.extensions?.code)).toEqual(['NOT_ALLOWED']);
    // Who the CMs are stays public.
    expect(
      (await employee.data('{ cmNetwork { members { user { name } } } }')).cmNetwork.members,
    ).toHaveLength(2);
  });

  it('never names a secret community to someone who may not know it exists', async () => {
    const board = (
      await chief.data(BOARD, { month: '2025-03', scope: 'ORG_UNIT', scopeId: unit(data.units.uk) })
    ).cmBoard;
    expect(board.rows).toEqual([]);
    expect(metricsOf(board.total).posts!.value).toBe(1);
  });
});

describe('bad input', () => {
  it('names the month field, in the viewer’s language', async () => {
    const issues = async (month: string) =>
      (await chief.gql(BOARD, { month, scope: 'NETWORK' })).errors?.[0]?.extensions?.issues;
    expect(await issues('2025-13')).toEqual([
      { field: 'month', message: 'Indiquez le mois au format AAAA-MM, par exemple 2026-03.' },
    ]);
    expect(await issues('2999-01')).toEqual([
      {
        field: 'month',
        message: 'Ce mois n’a pas encore commencé : choisissez le mois en cours ou un mois passé.',
      },
    ]);
  });

  it('refuses targets outside a metric’s range and writes nothing', async () => {
    const refused = (await chief.data(TARGET, { metric: 'engagementRate', value: 5000 })).setCmTarget;
    expect(refused.issues).toEqual([
      { field: 'value', message: 'L’objectif doit être compris entre 0 et 1000.' },
    ]);
    expect((await chief.data(TARGET, { metric: 'reports', value: 3 })).setCmTarget.issues[0].field).toBe(
      'metric',
    );
    const board = (
      await chief.data(BOARD, {
        month: '2025-03',
        scope: 'COMMUNITY',
        scopeId: gid('Community', data.communities.marketing),
      })
    ).cmBoard;
    expect(metricsOf(board.total).engagementRate!.target).toBe(150);
  });

  it('refuses a part-time share outside 1–99 % and a deactivated person', async () => {
    const created = await chief.data(CREATE, {
      orgUnitId: unit(data.units.frSales),
      kind: 'manager_part_time',
      timeBasis: 'PART_TIME',
      share: 0,
    });
    expect(created.createCmPosition.issues).toEqual([
      {
        field: 'shareOfTimePercent',
        message: 'Indiquez la part du temps déclarée, entre 1 et 99 %, pour un poste à temps partiel.',
      },
    ]);
    const position = (
      await chief.data(CREATE, {
        orgUnitId: unit(data.units.frSales),
        kind: 'department',
        timeBasis: 'FULL_TIME',
      })
    ).createCmPosition.data.id;
    const admin = await app.signedIn(['admin']);
    await admin.data('mutation($id: ID!) { deactivateUser(userId: $id) { __typename } }', {
      id: gid('User', data.people.bob),
    });
    const assigned = await chief.data(ASSIGN, { positionId: position, userId: gid('User', data.people.bob) });
    expect(assigned.assignCmPosition.issues).toEqual([
      { field: 'userId', message: "Cette personne n'existe pas ou son compte est désactivé." },
    ]);
  });
});
