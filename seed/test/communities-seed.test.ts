import { hashPassword, seededRandom } from '@levain/server/seeding';
import { createTestApp, TEST_PASSWORD, type TestApp } from '@levain/server/testing';
import { COMMUNITY, DISCOVER, MY_COMMUNITIES } from '@levain/server/testing/fixtures/communities';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type SeededCommunity, seedCommunities } from '../src/communities';
import { seedOrgChart } from '../src/org-chart';
import { demoPeople, insertDemoPeople } from '../src/people';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app.close());

class RolledBack extends Error {}

/** Seeds the demo organisation and its communities; `keep: false` rolls everything back. */
async function seed(keep: boolean) {
  const random = seededRandom(2026);
  const people = demoPeople(random);
  const passwordHash = await hashPassword(TEST_PASSWORD);
  let result: { people: typeof people; communities: SeededCommunity[] } | null = null;
  await app.services.db
    .transaction(async (tx) => {
      const orgUnitIds = await seedOrgChart(tx);
      await insertDemoPeople(tx, people, orgUnitIds, passwordHash);
      result = { people, communities: await seedCommunities(tx, people, orgUnitIds, random) };
      if (!keep) throw new RolledBack();
    })
    .catch((error: unknown) => {
      if (!(error instanceof RolledBack)) throw error;
    });
  return result!;
}

/** Community name → emails of its active members: comparable across two runs (ids are random). */
const shape = ({ people, communities }: Awaited<ReturnType<typeof seed>>) => {
  const email = new Map(people.map((p) => [p.id, p.email]));
  return Object.fromEntries(communities.map((c) => [c.name, c.memberIds.map((id) => email.get(id)).sort()]));
};

it('seeds the same ~40 communities of Groupe Atlas on every install, with their members', async () => {
  const first = shape(await seed(false));
  const seeded = await seed(true);
  expect(shape(seeded)).toEqual(first);

  const { communities } = seeded;
  expect(communities.length).toBeGreaterThanOrEqual(38);
  expect(new Set(communities.map((c) => c.visibility))).toEqual(new Set(['public', 'private', 'secret']));
  expect(new Set(communities.map((c) => c.kind))).toEqual(
    new Set(['topic', 'project', 'learning', 'official']),
  );
  const official = communities.find((c) => c.name === 'Annonces Groupe Atlas')!;
  expect(official.memberIds).toHaveLength(seeded.people.length);
  const rows = await app.services.db.query.communities.findMany({ with: { memberships: true } });
  for (const row of rows)
    expect(row.memberCount).toBe(row.memberships.filter((m) => m.status === 'active').length);

  // Léa, employee in French marketing, sees her communities and never the secret crisis protocols.
  const lea = app.client({ locale: 'fr' });
  await lea.data('mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { __typename } }', {
    e: 'employe@atlas.example',
    p: TEST_PASSWORD,
  });
  const mine = (await lea.data(MY_COMMUNITIES)).myCommunities.map((c: any) => c.name);
  expect(mine).toEqual(expect.arrayContaining(['Annonces Groupe Atlas', 'Marketing digital – veille']));
  expect((await lea.data(COMMUNITY, { slug: 'protocoles-de-crise' })).community).toBeNull();
  const network = (await lea.data(COMMUNITY, { slug: 'reseau-des-cm-groupe-atlas' })).community;
  expect(network.viewerMembership).toEqual({ role: 'member', status: 'requested' });
  const suggested = (await lea.data(DISCOVER, { first: 5 })).discoverCommunities.map((c: any) => c.name);
  expect(suggested).toHaveLength(5);
  expect(suggested).not.toContain('Protocoles de crise');
});
