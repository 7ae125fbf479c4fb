import { createTestApp, gid, type TestApp } from '@levain/server/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { seedDemoIfEmpty } from '../src/demo';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
  await seedDemoIfEmpty(app.services, {});
});
afterAll(() => app.close());

it('lists the organisation chart with active member counts in one SQL statement', async () => {
  const client = await app.signedIn();
  app.queries.length = 0;
  const { orgUnits } = await client.data(
    '{ orgUnits { code name kind memberCount parent { code } children { code } } }',
  );
  expect(app.queries.filter((q) => !/sessions|user_roles/.test(q)).length).toBeLessThanOrEqual(2);
  const byCode = new Map(orgUnits.map((u: any) => [u.code, u]));
  expect(byCode.get('atlas')).toMatchObject({ kind: 'company', parent: null });
  expect(byCode.get('fr-marketing')).toMatchObject({ kind: 'direction', parent: { code: 'fr' } });
  expect((byCode.get('fr-marketing') as any).memberCount).toBeGreaterThan(0);
  expect((byCode.get('fr') as any).children.map((c: any) => c.code)).toEqual(
    expect.arrayContaining(['fr-communication', 'fr-marketing', 'fr-hr', 'fr-sales']),
  );
});

it('answers null for a node id that matches nothing, as Relay expects', async () => {
  const client = await app.signedIn();
  const missing = Buffer.from('User:00000000-0000-0000-0000-000000000000').toString('base64');
  expect(await client.gql(`{ node(id: "${missing}") { id } }`)).toEqual({ data: { node: null } });
  expect(await client.gql(`{ nodes(ids: ["${missing}"]) { id } }`)).toEqual({ data: { nodes: [null] } });
});

it('answers every id of nodes in order, null only where an id matches nothing', async () => {
  const client = await app.signedIn();
  const ana = await app.createUser({ name: 'Ana' });
  const ben = await app.createUser({ name: 'Ben' });
  const missing = gid('User', '00000000-0000-0000-0000-000000000000');
  const { nodes } = await client.data('query($ids: [ID!]!) { nodes(ids: $ids) { ... on User { name } } }', {
    ids: [gid('User', ben.id), missing, gid('User', ana.id)],
  });
  expect(nodes).toEqual([{ name: 'Ben' }, null, { name: 'Ana' }]);
});
