import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  ARCHIVE,
  ATTACH,
  CHANGE_ROLE,
  COMMUNITY,
  CREATE,
  createOrgUnit,
  DECIDE,
  DISCOVER,
  gid,
  INVITE,
  JOIN,
  LEAVE,
  MEMBERS,
  mutate,
  REQUEST,
  userGid,
} from './support/fixtures/communities';
import { createTestApp, TEST_PASSWORD, type TestApp, type TestClient } from './support/harness';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app.close());

type Role = 'admin' | 'chief_cm' | 'hr';
const SIGN_IN = `mutation($email: String!, $password: String!) { signIn(email: $email, password: $password) { __typename } }`;

/** A colleague of Groupe Atlas, signed in with the French interface. */
async function colleague(name: string, orgUnitId: string, roles: Role[] = []) {
  const user = await app.createUser({ name, roles, orgUnitId, locale: 'fr' });
  const client = app.client({ locale: 'fr' });
  await client.data(SIGN_IN, { email: user.email, password: TEST_PASSWORD });
  return Object.assign(client, { user }) as TestClient & { user: { id: string } };
}

it('une journée de community management chez Groupe Atlas', async () => {
  const atlas = await createOrgUnit(app, 'atlas', 'company');
  const france = await createOrgUnit(app, 'fr', 'country', atlas.id);
  const communication = await createOrgUnit(app, 'fr-communication', 'direction', france.id);
  const marketing = await createOrgUnit(app, 'fr-marketing', 'direction', france.id);
  const camille = await colleague('Camille Martin', atlas.id, ['admin']);
  const julien = await colleague('Julien Moreau', communication.id, ['chief_cm']);
  const thomas = await colleague('Thomas Petit', marketing.id);
  const lea = await colleague('Léa Dubois', marketing.id);
  const lucas = await colleague('Lucas Garnier', communication.id);

  // Julien, community manager en chef, ouvre le réseau des CM, sur demande, rattaché à la France.
  const network = (
    await mutate(julien, CREATE, {
      input: {
        name: 'Réseau des CM France',
        description: 'Les managers CM de chaque direction : rituels, entraide, tableau de bord digital.',
        visibility: 'private',
        joinPolicy: 'request',
      },
    })
  ).data;
  expect(network.slug).toBe('reseau-des-cm-france');
  await mutate(julien, ATTACH, { communityId: network.id, orgUnitIds: [gid('OrgUnit', france.id)] });

  // Léa la découvre parmi les suggestions, mais doit demander à entrer.
  const suggestions = (await lea.data(DISCOVER, { first: 5 })).discoverCommunities.map((c: any) => c.name);
  expect(suggestions).toContain('Réseau des CM France');
  expect(await mutate(lea, JOIN, { id: network.id })).toMatchObject({
    code: 'NOT_ALLOWED',
    message:
      'Cette communauté accueille ses membres sur demande : demandez à la rejoindre, un·e animateur·rice vous répondra.',
  });
  await mutate(lea, REQUEST, { id: network.id });
  await mutate(thomas, REQUEST, { id: network.id });

  // Julien accepte Thomas et en fait un animateur ; Thomas accepte Léa à son tour.
  await mutate(julien, DECIDE, { communityId: network.id, userId: userGid(thomas.user.id), approve: true });
  const animator = await mutate(julien, CHANGE_ROLE, {
    communityId: network.id,
    userId: userGid(thomas.user.id),
    role: 'animator',
  });
  expect(animator.data).toMatchObject({ role: 'animator', user: { name: 'Thomas Petit' } });
  const accepted = await mutate(thomas, DECIDE, {
    communityId: network.id,
    userId: userGid(lea.user.id),
    approve: true,
  });
  expect(accepted.data.memberCount).toBe(3);
  const members = await lea.data(MEMBERS, { slug: network.slug });
  expect(members.community.members.edges.map((e: any) => `${e.node.user.name} – ${e.node.role}`)).toEqual([
    'Julien Moreau – owner',
    'Thomas Petit – animator',
    'Léa Dubois – member',
  ]);

  // Le dernier propriétaire ne peut pas partir sans passer la main.
  expect(await mutate(julien, LEAVE, { id: network.id })).toMatchObject({
    message:
      'Vous êtes le dernier propriétaire de cette communauté : nommez un autre propriétaire avant de la quitter.',
  });

  // Une chaîne officielle est réservée aux administrateurs et au CM en chef.
  expect(
    await mutate(lea, CREATE, { input: { name: 'Annonces du Groupe', kind: 'official' } }),
  ).toMatchObject({
    message:
      'Seuls les administrateur·rices et le community manager en chef peuvent créer une chaîne officielle.',
  });

  // Bad buzz : Camille ouvre une cellule de crise secrète pour la communication France.
  const crisis = (
    await mutate(camille, CREATE, {
      input: { name: 'Cellule de crise', visibility: 'secret', joinPolicy: 'invitation' },
    })
  ).data;
  const invited = await mutate(camille, INVITE, {
    communityId: crisis.id,
    orgUnitIds: [gid('OrgUnit', communication.id)],
  });
  expect(invited.data).toMatchObject({ invitedCount: 2, alreadyMemberCount: 0 });
  expect((await lea.data(COMMUNITY, { slug: crisis.slug })).community).toBeNull();
  expect(await mutate(lea, JOIN, { id: crisis.id })).toMatchObject({
    code: 'NOT_FOUND',
    message: "Cet élément n'existe pas ou ne vous est pas visible.",
  });
  expect((await mutate(lucas, JOIN, { id: crisis.id })).data.viewerMembership).toEqual({
    role: 'member',
    status: 'active',
  });

  // La crise passée, le projet est archivé : on le lit encore, on n'y entre plus.
  const project = (await mutate(thomas, CREATE, { input: { name: 'Projet Intranet 2027', kind: 'project' } }))
    .data;
  await mutate(thomas, ARCHIVE, { id: project.id });
  expect(await mutate(lea, JOIN, { id: project.id })).toMatchObject({
    message: 'Cette communauté est archivée : elle est en lecture seule.',
  });
  expect((await lea.data(COMMUNITY, { slug: project.slug })).community.viewerCan.post).toBe(false);
});
