import { schema } from '@levain/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REQUESTS_PER_MINUTE } from '../src/api-tokens/graphql-requests';
import {
  CREATE_TOKEN,
  createToken,
  inThirtyDays,
  REVOKE_TOKEN,
  rawId,
  TOKENS,
  tokenClient,
} from './support/fixtures/api-token';
import { userGid } from './support/fixtures/communities';
import { createTestApp, type SignedInClient, type TestApp } from './support/harness';

let app: TestApp;
let admin: SignedInClient;
let member: SignedInClient;

beforeAll(async () => {
  app = await createTestApp();
  admin = await app.signedIn(['admin'], { name: 'Camille Admin' });
  member = await app.signedIn([], { name: 'Léa Member', locale: 'fr' });
});
afterAll(() => app.close());

const ME = `query { me { id name } }`;
const RENAME = `mutation($name: String!) { updateOrganisationSettings(input: { name: $name }) {
  __typename ... on Error { code } } }`;
const MAY_CREATE = `query { mayCreateApiTokens }`;
const SETTINGS = `mutation($on: Boolean!) { updateOrganisationSettings(input: { personalApiTokens: $on }) {
  __typename ... on MutationUpdateOrganisationSettingsSuccess { data { personalApiTokens } } } }`;

describe('creating a token', () => {
  it('shows the secret once and stores only its hash', async () => {
    const { secret, id } = await createToken(admin, ['read'], 'HR export');
    expect(secret).toMatch(/^levain_[0-9a-f]{32}_[a-z2-7]{39}$/);
    const [row] = await app.services.db.select().from(schema.apiTokens);
    expect(JSON.stringify(row)).not.toContain(secret.split('_')[2]);
    const { apiTokens } = await admin.data(TOKENS);
    const listed = apiTokens.edges.map((e: any) => e.node);
    expect(listed).toContainEqual(
      expect.objectContaining({
        id,
        name: 'HR export',
        scopes: ['read'],
        status: 'active',
        lastUsedAt: null,
      }),
    );
    expect(JSON.stringify(apiTokens)).not.toContain(secret);
  });

  it('refuses an empty name, no scope, an unknown scope and an expiry beyond a year, in French', async () => {
    const tooLate = new Date(Date.now() + 400 * 86_400_000).toISOString();
    const cases = [
      { name: ' ', scopes: ['read'], expiresAt: inThirtyDays(), field: 'name' },
      { name: 'Bot', scopes: [], expiresAt: inThirtyDays(), field: 'scopes' },
      { name: 'Bot', scopes: ['root'], expiresAt: inThirtyDays(), field: 'scopes' },
      { name: 'Bot', scopes: ['read'], expiresAt: tooLate, field: 'expiresAt' },
    ];
    const frenchAdmin = await app.signedIn(['admin'], { locale: 'fr' });
    for (const { field, ...variables } of cases) {
      const { createApiToken } = await frenchAdmin.data(CREATE_TOKEN, variables);
      expect(createApiToken.__typename).toBe('ValidationError');
      expect(createApiToken.issues[0].field).toBe(field);
      expect(createApiToken.issues[0].message).toMatch(/^(Nommez|Choisissez|La portée)/);
    }
  });

  it('lets members create tokens only when the organisation allows it, never with the admin scope', async () => {
    const refused = await member.data(CREATE_TOKEN, {
      name: 'Mine',
      scopes: ['read'],
      expiresAt: inThirtyDays(),
    });
    expect(refused.createApiToken).toMatchObject({ __typename: 'NotAllowedError', code: 'NOT_ALLOWED' });
    expect(refused.createApiToken.message).toContain('jetons d’API personnels');
    expect((await member.data(MAY_CREATE)).mayCreateApiTokens).toBe(false);
    expect((await admin.data(MAY_CREATE)).mayCreateApiTokens).toBe(true);
    await admin.data(SETTINGS, { on: true });
    expect((await member.data(MAY_CREATE)).mayCreateApiTokens).toBe(true);
    const admitted = await member.data(CREATE_TOKEN, {
      name: 'Mine',
      scopes: ['read'],
      expiresAt: inThirtyDays(),
    });
    expect(admitted.createApiToken.__typename).toBe('MutationCreateApiTokenSuccess');
    const escalation = await member.data(CREATE_TOKEN, {
      name: 'Mine',
      scopes: ['read', 'admin'],
      expiresAt: inThirtyDays(),
    });
    expect(escalation.createApiToken.__typename).toBe('ValidationError');
    await admin.data(SETTINGS, { on: false });
  });
});

describe('a request with a token', () => {
  it('acts as its owner, records its last use, and never uses a cookie beside it', async () => {
    await admin.data(SETTINGS, { on: true });
    const { secret, id } = await createToken(member, ['read']);
    const client = app.client({ bearer: secret });
    client.cookies = new Map(admin.cookies);
    expect((await client.data(ME)).me.id).toBe(userGid(member.user.id));
    const [row] = await app.services.db
      .select()
      .from(schema.apiTokens)
      .where(eq(schema.apiTokens.id, rawId(id)));
    expect(row!.lastUsedAt).not.toBeNull();
    await admin.data(SETTINGS, { on: false });
  });

  it('reads with `read`, writes only with `write`', async () => {
    const reader = await tokenClient(app, admin, ['read', 'admin']);
    const refused = await reader.gql(RENAME, { name: 'Atlas' });
    expect(refused.errors?.[0]?.extensions?.code).toBe('NOT_ALLOWED');
    expect(refused.errors?.[0]?.message).toContain('“write”');
    const writer = await tokenClient(app, admin, ['write', 'admin']);
    expect((await writer.data(RENAME, { name: 'Atlas' })).updateOrganisationSettings.__typename).toBe(
      'MutationUpdateOrganisationSettingsSuccess',
    );
    expect((await writer.gql(ME)).errors?.[0]?.extensions?.code).toBe('NOT_ALLOWED');
  });

  it('acts as a member when an admin’s token lacks the `admin` scope', async () => {
    const plain = await tokenClient(app, admin, ['read', 'write']);
    const { updateOrganisationSettings } = await plain.data(RENAME, { name: 'Atlas bis' });
    expect(updateOrganisationSettings.__typename).toBe('NotAllowedError');
    expect(
      (await plain.gql(`{ auditLog(first: 1) { edges { cursor } } }`)).errors?.[0]?.extensions?.code,
    ).toBe('NOT_ALLOWED');
  });

  it('answers 401 once revoked or expired, and tokens cannot make or revoke tokens', async () => {
    const { secret, id } = await createToken(admin, ['read', 'write', 'admin']);
    const client = app.client({ bearer: secret });
    const made = await client.data(CREATE_TOKEN, {
      name: 'Child',
      scopes: ['read'],
      expiresAt: inThirtyDays(),
    });
    expect(made.createApiToken.__typename).toBe('NotAllowedError');
    expect((await admin.data(REVOKE_TOKEN, { id })).revokeApiToken.data.status).toBe('revoked');
    const response = await client.fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: ME }),
    });
    expect(response.status).toBe(401);
    expect((await response.json()).errors[0].extensions.code).toBe('UNAUTHENTICATED');

    const expiring = await createToken(admin, ['read']);
    await app.services.db
      .update(schema.apiTokens)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(schema.apiTokens.id, rawId(expiring.id)));
    expect((await app.client({ bearer: expiring.secret }).gql(ME)).errors?.[0]?.extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
    expect(
      (
        await app
          .client({ bearer: 'levain_0123456789abcdef0123456789abcdef_aaaaaaaaaaaaaaaaaaaaaaaa' })
          .gql(ME)
      ).errors?.[0]?.extensions?.code,
    ).toBe('UNAUTHENTICATED');
  });

  it('is not asked for the CSRF header on a plain GET', async () => {
    const reader = await createToken(admin, ['read']);
    const url = `/graphql?query=${encodeURIComponent(ME)}`;
    expect((await admin.fetch(url)).status).toBe(403);
    const response = await app.client({ bearer: reader.secret }).fetch(url);
    expect(response.status).toBe(200);
    expect((await response.json()).data.me.id).toBe(userGid(admin.user.id));
  });

  it(`is limited to ${REQUESTS_PER_MINUTE} requests a minute, per token`, async () => {
    const busy = await tokenClient(app, admin, ['read']);
    for (let i = 0; i < REQUESTS_PER_MINUTE; i++) await busy.data(`{ __typename }`);
    const response = await busy.fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(response.status).toBe(429);
    expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
    const other = await tokenClient(app, admin, ['read']);
    expect((await other.data(ME)).me.id).toBe(userGid(admin.user.id));
  });
});

describe('who sees which token', () => {
  it('shows people their own tokens and admins every token; node(id) follows the same rule', async () => {
    await admin.data(SETTINGS, { on: true });
    const other = await app.signedIn([], { name: 'Other Member' });
    const mine = await createToken(other, ['read'], 'Other’s script');
    const listedTo = async (client: SignedInClient) =>
      (await client.data(TOKENS)).apiTokens.edges.map((e: any) => e.node.id);
    expect(await listedTo(admin)).toContain(mine.id);
    // An admin's personal settings list only their own tokens.
    const adminsOwn = await createToken(admin, ['read'], 'Camille’s script');
    const ownList = (await admin.data(`query { apiTokens(mine: true) { edges { node { id } } } }`)).apiTokens;
    expect(ownList.edges.map((e: any) => e.node.id)).toContain(adminsOwn.id);
    expect(ownList.edges.map((e: any) => e.node.id)).not.toContain(mine.id);
    expect(await listedTo(member)).not.toContain(mine.id);
    const node = await member.gql(`query($id: ID!) { node(id: $id) { id } }`, { id: mine.id });
    expect(node.data?.node ?? null).toBeNull();
    expect((await member.data(REVOKE_TOKEN, { id: mine.id })).revokeApiToken.__typename).toBe(
      'NotFoundError',
    );
    await admin.data(SETTINGS, { on: false });
  });
});
