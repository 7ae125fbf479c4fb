import { schema } from '@levain/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCommunity } from './support/documents/communities';
import { createTestApp, type SignedInClient, type TestApp } from './support/harness';

const SUGGEST = 'query($q: String!) { mentionSuggestions(query: $q) { name } }';

let app: TestApp;
let lea: SignedInClient;

const names = async (client: SignedInClient, q: string) =>
  (await client.data(SUGGEST, { q })).mentionSuggestions.map((u: { name: string }) => u.name);

beforeAll(async () => {
  app = await createTestApp();
  // Namesakes from elsewhere in the company, sorted before him by name.
  for (const name of [
    'Alice Thompson',
    'Bruno Thompson',
    'Chloé Thompson',
    'Dmitri Thompson',
    'Eve Thompson',
  ])
    await app.createUser({ name });
  const thomas = await app.createUser({ name: 'Thomas Petit' });
  await app.createUser({ name: 'Thomas Durand' });
  await app.createUser({ name: 'Léa Martin' });
  lea = await app.signedIn([], { name: 'Léa Dubois' });
  await app.services.db
    .update(schema.users)
    .set({ managerId: thomas.id })
    .where(eq(schema.users.id, lea.user.id));
  const bruno = (await app.services.db.query.users.findFirst({ where: { name: 'Bruno Thompson' } }))!;
  await createCommunity(app, {
    name: 'Quais',
    members: [{ userId: lea.user.id }, { userId: bruno.id }],
  });
});
afterAll(() => app.close());

describe('mention suggestions', () => {
  it('offer the people the viewer works with first: her manager, then someone of her community', async () => {
    const offered = await names(lea, 'Thom');
    expect(offered.slice(0, 2)).toEqual(['Thomas Petit', 'Bruno Thompson']);
    expect(offered).toHaveLength(6);
  });

  it('match first name and last name prefixes, in any order', async () => {
    expect(await names(lea, 'Thomas P')).toEqual(['Thomas Petit']);
    expect(await names(lea, 'petit th')).toEqual(['Thomas Petit']);
    expect(await names(lea, 'Th Du')).toEqual(['Thomas Durand']);
  });

  it('ignore accents and case, and never offer the viewer herself', async () => {
    expect(await names(lea, 'chloe')).toEqual(['Chloé Thompson']);
    expect(await names(lea, 'LÉA')).toEqual(['Léa Martin']);
  });

  it('refuse an over-long query with a message, and offer nobody for punctuation', async () => {
    expect(await names(lea, '…')).toEqual([]);
    const refused = await lea.gql(SUGGEST, { q: 'x'.repeat(101) });
    expect(JSON.stringify(refused.errors?.[0]?.extensions)).toContain('100');
  });
});
