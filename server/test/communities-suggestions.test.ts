import { schema } from '@levain/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCommunity } from './support/documents/communities';
import { createOrgUnit, DISCOVER, setManager } from './support/fixtures/communities';
import { createTestApp, type TestApp } from './support/harness';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app.close());

const attach = (communityId: string, orgUnitId: string) =>
  app.services.db.insert(schema.communityOrgUnits).values({ communityId, orgUnitId });

describe('discovering communities', () => {
  it('ranks communities of the viewer’s org unit and of their colleagues first, never secret or joined ones', async () => {
    const company = await createOrgUnit(app, 'disc-atlas', 'company');
    const france = await createOrgUnit(app, 'disc-fr', 'country', company.id);
    const marketing = await createOrgUnit(app, 'disc-fr-marketing', 'direction', france.id);
    const sales = await createOrgUnit(app, 'disc-fr-sales', 'direction', france.id);
    const manager = await app.createUser({ name: 'Thomas Manager', orgUnitId: marketing.id });
    const viewer = await app.signedIn([], { orgUnitId: marketing.id });
    await setManager(app, viewer.user.id, manager.id);
    const peerElsewhere = await app.createUser({ orgUnitId: sales.id });
    await setManager(app, peerElsewhere.id, manager.id);
    const deskNeighbours = [
      await app.createUser({ orgUnitId: marketing.id }),
      await app.createUser({ orgUnitId: marketing.id }),
      await app.createUser({ orgUnitId: marketing.id }),
    ];
    const strangers = [
      await app.createUser(),
      await app.createUser(),
      await app.createUser(),
      await app.createUser(),
    ];

    const community = async (
      name: string,
      options: Parameters<typeof createCommunity>[1] = {},
      unitId?: string,
    ) => {
      const created = await createCommunity(app, { name: `Disc ${name}`, ...options });
      if (unitId) await attach(created.id, unitId);
      return created;
    };
    await community('Marketing France', {}, marketing.id);
    await community('France', { joinPolicy: 'request' }, france.id);
    await community('Groupe Atlas', { visibility: 'private' }, company.id);
    await community('Veille', { members: deskNeighbours.map((u) => ({ userId: u.id })) });
    await community('Rituels équipe', {
      members: [{ userId: manager.id }, { userId: peerElsewhere.id }],
    });
    await community('Populaire ailleurs', { members: strangers.map((u) => ({ userId: u.id })) });
    await community('Calme');
    await community('Cellule de crise', { visibility: 'secret' }, marketing.id);
    await community('Déjà membre', { members: [{ userId: viewer.user.id }] }, marketing.id);
    await community('Sur invitation', { joinPolicy: 'invitation' }, marketing.id);
    await community('Invité', {
      joinPolicy: 'invitation',
      members: [{ userId: viewer.user.id, status: 'invited' }],
    });
    await community(
      'Demande envoyée',
      { joinPolicy: 'request', members: [{ userId: viewer.user.id, status: 'requested' }] },
      marketing.id,
    );

    const names = (await viewer.data(DISCOVER, { first: 50 })).discoverCommunities
      .map((c: any) => c.name)
      .filter((name: string) => name.startsWith('Disc '));
    expect(names).toEqual([
      'Disc Marketing France',
      'Disc France',
      'Disc Groupe Atlas',
      'Disc Veille',
      'Disc Rituels équipe',
      'Disc Populaire ailleurs',
      'Disc Calme',
      'Disc Invité',
    ]);
    const firstTwo = await viewer.data(DISCOVER, { first: 2 });
    expect(firstTwo.discoverCommunities.map((c: any) => c.name)).toEqual([
      'Disc Marketing France',
      'Disc France',
    ]);
  });
});
