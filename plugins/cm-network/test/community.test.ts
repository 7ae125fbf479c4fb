import type { TestApp } from '@levain/server/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cmSettings } from '../db/schema';
import { cmNetworkApp, gid, seedDataset } from './dataset';

const CREATE = `mutation($orgUnitId: ID!) {
  createCmPosition(orgUnitId: $orgUnitId, kind: country, timeBasis: FULL_TIME) {
    ... on MutationCreateCmPositionSuccess { data { id } } } }`;
const ASSIGN = `mutation($positionId: ID!, $userId: ID) {
  assignCmPosition(positionId: $positionId, userId: $userId) {
    ... on MutationAssignCmPositionSuccess { data { holder { name } history { user { name } endedAt } } } } }`;
const MINE = '{ myCommunities { slug } }';

let app: TestApp;
beforeAll(async () => {
  app = await cmNetworkApp();
}, 60_000);
afterAll(() => app.close());

describe('the network’s own community', () => {
  it('takes in whoever holds a position and lets them go when they hold none, keeping who held it when', async () => {
    const data = await seedDataset(app);
    await app.services.db.insert(cmSettings).values({ communityId: data.communities.sales });
    const chief = await app.signedIn(['chief_cm']);
    const first = await app.signedIn([], { name: 'First CM' });
    const second = await app.signedIn([], { name: 'Second CM' });
    const position = (await chief.data(CREATE, { orgUnitId: gid('OrgUnit', data.units.fr) })).createCmPosition
      .data.id;

    await chief.data(ASSIGN, { positionId: position, userId: gid('User', first.user.id) });
    expect((await first.data(MINE)).myCommunities.map((c: { slug: string }) => c.slug)).toEqual(['Ventes']);

    const handedOver = (
      await chief.data(ASSIGN, { positionId: position, userId: gid('User', second.user.id) })
    ).assignCmPosition.data;
    expect(handedOver.holder).toEqual({ name: 'Second CM' });
    expect(handedOver.history).toEqual([
      { user: { name: 'Second CM' }, endedAt: null },
      { user: { name: 'First CM' }, endedAt: expect.any(String) },
    ]);
    expect((await first.data(MINE)).myCommunities).toEqual([]);
    expect((await second.data(MINE)).myCommunities.map((c: { slug: string }) => c.slug)).toEqual(['Ventes']);

    // Left vacant, the position shows on the map's gaps.
    await chief.data(ASSIGN, { positionId: position, userId: null });
    const { map } = (await chief.data('{ cmNetwork { map { positionsWithoutCm { id } } } }')).cmNetwork;
    expect(map.positionsWithoutCm).toEqual([{ id: position }]);
  });
});
