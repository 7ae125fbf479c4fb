import type { SignedInClient, TestApp } from '@levain/server/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cmNetworkApp, gid, seedDataset } from './dataset';

const CREATE = `mutation($orgUnitId: ID!, $timeBasis: CmTimeBasis!, $share: Int) {
  createCmPosition(orgUnitId: $orgUnitId, kind: manager_part_time, timeBasis: $timeBasis, shareOfTimePercent: $share) {
    ... on MutationCreateCmPositionSuccess { data { id } }
  }
}`;
const ASSIGN = `mutation($positionId: ID!, $userId: ID) {
  assignCmPosition(positionId: $positionId, userId: $userId) { __typename }
}`;
const PERMISSIONS = '{ viewerPermissions }';

let app: TestApp;
let admin: SignedInClient;
let chief: SignedInClient;
let partTime: SignedInClient;
let fullTime: SignedInClient;
let employee: SignedInClient;
let countryPosition: string;

/** The plugin's places the viewer's navigation shows. */
const places = async (client: SignedInClient) =>
  ((await client.data(PERMISSIONS)).viewerPermissions as string[])
    .filter((action) => action.startsWith('cm-network:'))
    .sort();

beforeAll(async () => {
  app = await cmNetworkApp();
  const data = await seedDataset(app);
  admin = await app.signedIn(['admin']);
  chief = await app.signedIn(['chief_cm'], { name: 'Chief' });
  partTime = await app.signedIn([], { name: 'Manager' });
  fullTime = await app.signedIn([], { name: 'Country CM' });
  employee = await app.signedIn();
  const open = async (orgUnitId: string, timeBasis: string, share: number, holder: SignedInClient) => {
    const created = await chief.data(CREATE, { orgUnitId: gid('OrgUnit', orgUnitId), timeBasis, share });
    await chief.data(ASSIGN, {
      positionId: created.createCmPosition.data.id,
      userId: gid('User', holder.user.id),
    });
    return created.createCmPosition.data.id as string;
  };
  await open(data.units.frMarketing, 'PART_TIME', 20, partTime);
  countryPosition = await open(data.units.fr, 'FULL_TIME', 100, fullTime);
}, 120_000);
afterAll(() => app.close());

const everyone = ['cm-network:open-incident', 'cm-network:read-roster'];
const positionHolder = [
  ...everyone,
  'cm-network:declare-incident',
  'cm-network:plan-editorial',
  'cm-network:read-network',
  'cm-network:watch',
].sort();

describe('the navigation knows who holds a CM position', () => {
  it('opens the CM pages to position holders, the workload to part-time CMs, nothing more to employees', async () => {
    expect(await places(employee)).toEqual(everyone);
    expect(await places(fullTime)).toEqual(positionHolder);
    expect(await places(partTime)).toEqual([...positionHolder, 'cm-network:read-workload'].sort());
    expect(await places(chief)).toEqual(
      expect.arrayContaining([...positionHolder, 'cm-network:read-workload', 'cm-network:manage-board']),
    );
  });

  it('states the facts in one statement per request', async () => {
    await partTime.data('{ plugins { id } }');
    app.queries.length = 0;
    await partTime.data(PERMISSIONS);
    expect(app.queries.filter((q) => q.includes('cm_network_assignments'))).toHaveLength(1);
  });

  it('takes the pages away when the position ends, and while the plugin is disabled', async () => {
    await admin.data('mutation { setPluginEnabled(id: "cm-network", enabled: false) { __typename } }');
    expect(await places(partTime)).toEqual(everyone);
    await admin.data('mutation { setPluginEnabled(id: "cm-network", enabled: true) { __typename } }');
    expect(await places(partTime)).toContain('cm-network:read-workload');
    await chief.data(ASSIGN, { positionId: countryPosition, userId: null });
    expect(await places(fullTime)).toEqual(everyone);
  });
});
