import type { TestApp, TestClient } from './harness';

export const CREATE_TOKEN = `mutation($name: String!, $scopes: [String!]!, $expiresAt: DateTime!) {
  createApiToken(name: $name, scopes: $scopes, expiresAt: $expiresAt) {
    __typename
    ... on MutationCreateApiTokenSuccess { data { secret token { id name scopes status } } }
    ... on Error { code message }
    ... on ValidationError { issues { field message } }
  } }`;

export const REVOKE_TOKEN = `mutation($id: ID!) { revokeApiToken(id: $id) {
  __typename ... on MutationRevokeApiTokenSuccess { data { id status revokedAt } } ... on Error { code } } }`;

export const TOKENS = `query { apiTokens(first: 50) { edges { node {
  id name scopes status lastUsedAt owner { name } } } } }`;

/** Thirty days from now: inside every token's allowed lifetime. */
export const inThirtyDays = () => new Date(Date.now() + 30 * 86_400_000).toISOString();

/** Creates a token as `owner` and returns its secret and id (fails the test on any error). */
export async function createToken(
  owner: TestClient,
  scopes: string[],
  name = 'Integration',
): Promise<{ secret: string; id: string }> {
  const result = await owner.data(CREATE_TOKEN, { name, scopes, expiresAt: inThirtyDays() });
  if (result.createApiToken.__typename !== 'MutationCreateApiTokenSuccess')
    throw new Error(`token not created: ${JSON.stringify(result)}`);
  return { secret: result.createApiToken.data.secret, id: result.createApiToken.data.token.id };
}

/** A client that sends `owner`'s new token with the given scopes, and no cookie. */
export async function tokenClient(app: TestApp, owner: TestClient, scopes: string[]): Promise<TestClient> {
  const { secret } = await createToken(owner, scopes);
  return app.client({ bearer: secret });
}

/** The database id behind a token's global id. */
export const rawId = (globalId: string) => Buffer.from(globalId, 'base64').toString().split(':')[1]!;
