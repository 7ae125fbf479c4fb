import { Writable } from 'node:stream';
import { schema } from '@levain/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../src/logger';
import { type HttpApp, startHttpApp } from './support/real-http';

const lines: string[] = [];
const sink = new Writable({
  write(chunk, _encoding, done) {
    lines.push(...String(chunk).split('\n').filter(Boolean));
    done();
  },
});

let app: HttpApp;
let admin: { userId: string; cookie: string };

beforeAll(async () => {
  app = await startHttpApp({ logger: createLogger('production', sink) });
  admin = await app.sessionFor({ name: 'Camille Metrics' });
  await app.services.db.insert(schema.userRoles).values({ userId: admin.userId, role: 'admin' });
});
afterAll(() => app.close());

async function graphql(body: object, headers: Record<string, string> = {}) {
  return fetch(`${app.origin}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: app.origin, ...headers },
    body: JSON.stringify(body),
  });
}

async function token(scopes: string[]): Promise<string> {
  const response = await graphql(
    {
      query: `mutation MakeToken($scopes: [String!]!, $at: DateTime!) {
        createApiToken(name: "Prometheus", scopes: $scopes, expiresAt: $at) {
          ... on MutationCreateApiTokenSuccess { data { secret } } } }`,
      variables: { scopes, at: new Date(Date.now() + 7 * 86_400_000).toISOString() },
    },
    { cookie: admin.cookie },
  );
  return (await response.json()).data.createApiToken.data.secret;
}

/** Prometheus' text format: comments, then `name{labels} value` lines. */
const SAMPLE =
  /^[a-zA-Z_:][a-zA-Z0-9_:]*(\{([a-zA-Z_][a-zA-Z0-9_]*="(\\.|[^"\\])*",?)*\})? -?[0-9.e+-]+|NaN|[+-]Inf$/;

describe('GET /metrics', () => {
  it('needs a token with the metrics scope', async () => {
    expect((await fetch(`${app.origin}/metrics`)).status).toBe(401);
    const reader = await token(['read']);
    const refused = await fetch(`${app.origin}/metrics`, { headers: { authorization: `Bearer ${reader}` } });
    expect(refused.status).toBe(403);
  });

  it('answers Prometheus text with latency by operation, errors by code, database, jobs and streams', async () => {
    const scraper = await token(['metrics']);
    await graphql({ query: 'query HomeProbe { me { id } }' }, { cookie: admin.cookie });
    await graphql(
      { query: '{ me { id } }' },
      { authorization: 'Bearer levain_0123456789abcdef0123456789abcdef_abc' },
    );
    const response = await fetch(`${app.origin}/metrics`, {
      headers: { authorization: `Bearer ${scraper}` },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/plain');
    const text = await response.text();
    for (const line of text.split('\n').filter((l) => l && !l.startsWith('#'))) expect(line).toMatch(SAMPLE);
    expect(text).toMatch(
      /levain_graphql_request_duration_seconds_count\{operation="HomeProbe",type="query"\} 1/,
    );
    expect(text).toMatch(/levain_graphql_errors_total\{code="UNAUTHENTICATED"\} 1/);
    expect(text).toMatch(/levain_jobs\{status="pending"\} \d+/);
    expect(text).toMatch(/levain_db_connections\{state="active"\} [1-9]/);
    expect(text).toMatch(/levain_sse_connections 0/);
    expect(text).toMatch(/levain_process_resident_memory_bytes \d+/);
  });
});

describe('request logs', () => {
  it('carry the request id and operation name, never the body, email, password, cookie or token', async () => {
    const email = 'dominique.secret@example.com';
    const password = 'never-log-this-password';
    const bearer = await token(['read']);
    const signIn = await graphql({
      query: `mutation SignIn($email: String!, $password: String!) {
        signIn(email: $email, password: $password) { __typename } }`,
      operationName: 'SignIn',
      variables: { email, password },
    });
    await graphql(
      { query: 'query MyTokens { apiTokens(first: 5) { edges { node { name } } } }' },
      {
        authorization: `Bearer ${bearer}`,
      },
    );
    await new Promise((resolve) => setTimeout(resolve, 50));
    const entries = lines.map((line) => JSON.parse(line));
    const signInLine = entries.find((entry) => entry.operation === 'SignIn');
    expect(signInLine).toMatchObject({ req: { id: signIn.headers.get('x-request-id'), url: '/graphql' } });
    expect(entries.some((entry) => entry.operation === 'MyTokens')).toBe(true);
    const all = lines.join('\n');
    for (const secret of [
      email,
      password,
      bearer,
      bearer.split('_')[2]!,
      admin.cookie.split('=')[1]!,
      'Prometheus',
    ])
      expect(all).not.toContain(secret);
  });
});
