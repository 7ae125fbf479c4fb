import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './harness';
import { COMMUNITY, COMMUNITIES, CREATE, MEMBERS, NODE, DISCOVER, JOIN, mutate } from './communities-fixtures';

let app: TestApp;
beforeAll(async () => { app = await createTestApp(); });
afterAll(() => app.close());

it('smoke', async () => {
  const owner = await app.signedIn();
  const created = await mutate(owner, CREATE, { input: { name: 'Réseau des CM – France', visibility: 'secret' } });
  console.log(JSON.stringify(created, null, 1));
  const again = await mutate(owner, CREATE, { input: { name: 'Réseau des CM France' } });
  console.log(again.data?.slug ?? again);
  console.log(JSON.stringify(await owner.gql(COMMUNITY, { slug: created.data.slug })));
  console.log(JSON.stringify(await owner.gql(MEMBERS, { slug: created.data.slug })));
  console.log(JSON.stringify(await owner.gql(COMMUNITIES, { first: 5 })));
  const other = await app.signedIn();
  console.log('other', JSON.stringify(await other.gql(COMMUNITY, { slug: created.data.slug })));
  console.log('other node', JSON.stringify(await other.gql(NODE, { id: created.data.id })));
  console.log('owner node', JSON.stringify(await owner.gql('query($id: ID!) { node(id: $id) { id ... on Community { slug memberCount viewerCan { post } orgUnits { name } members(first: 2) { edges { node { role } } } } } }', { id: created.data.id })));
  console.log('other node missing', JSON.stringify(await other.gql(NODE, { id: Buffer.from('Community:00000000-0000-0000-0000-000000000000').toString('base64') })));
  console.log('other discover', JSON.stringify(await other.gql(DISCOVER, {})));
  console.log('other join', JSON.stringify(await other.gql(JOIN, { id: again.data.id })));
  console.log('other join secret', JSON.stringify(await other.gql(JOIN, { id: created.data.id })));
  expect(1).toBe(1);
});
