import { afterAll, beforeAll, describe, it } from 'vitest';
import { createToken } from './support/fixtures/api-token';
import { createTestApp, type SignedInClient, type TestApp } from './support/harness';
import { expectConstantStatements, LARGE, type ListCase, once, TITLE } from './support/statement-counts';

/** The web client's tokens page (web/src/pages/admin/api-tokens.ts). */
const TOKENS = `query($first: Int!) { apiTokens(first: $first) {
  edges { node { id name scopes status createdAt expiresAt lastUsedAt owner { name } } }
  pageInfo { hasNextPage endCursor } } }`;

let app: TestApp;
let admin: SignedInClient;

beforeAll(async () => {
  app = await createTestApp();
  admin = await app.signedIn(['admin']);
});
afterAll(() => app.close());

const arranged = once(async () => {
  for (let i = 0; i <= LARGE; i += 1) await createToken(admin, ['read'], `Integration ${i}`);
});

const cases: ListCase[] = [
  {
    // The session, then the tokens with their owners.
    name: 'API tokens (admin)',
    statements: 2,
    request: async (size) => {
      await arranged();
      return { client: admin, query: TOKENS, variables: { first: size } };
    },
    items: (data) => data.apiTokens.edges,
    complete: (edge) => typeof edge.node.owner.name === 'string',
  },
];

describe('statements per list: API tokens', () => {
  it.each(cases.map((c) => [c.name, c.statements, c] as const))(TITLE, async (_name, _count, list) => {
    await expectConstantStatements(app, list);
  });
});
