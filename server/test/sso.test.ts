import { generateKeyPairSync } from 'node:crypto';
import type { IncomingMessage, Server } from 'node:http';
import { schema } from '@levain/db';
import { eq } from 'drizzle-orm';
import Provider from 'oidc-provider';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppEvents } from '../src/events';
import { Browser, type HttpApp, listenOnRandomPort, startHttpApp } from './support/real-http';

const CLIENT_SECRET = 'levain-test-client-secret-0123456789';

/** The people the identity provider knows, by subject. */
const people: Record<string, { email: string; name: string; org_unit?: string }> = {
  'sub-lea': { email: 'lea.dubois@atlas.example', name: 'Léa Dubois', org_unit: 'fr-marketing' },
  'sub-olivia': { email: 'Olivia.Smith@atlas.example', name: 'Olivia Smith', org_unit: 'uk-sales' },
  'sub-marc': { email: 'marc.leroy@atlas.example', name: 'Marc Leroy', org_unit: 'fr-marketing' },
};

async function formBody(req: IncomingMessage): Promise<URLSearchParams> {
  let text = '';
  for await (const chunk of req) text += chunk;
  return new URLSearchParams(text);
}

/** A real OpenID provider whose login and consent pages are driven by plain HTTP requests. */
async function startProvider(
  callbackUrl: string,
): Promise<{ issuer: string; server: Server; discoveries: () => number }> {
  const { server, port } = await listenOnRandomPort();
  const issuer = `http://localhost:${port}`;
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: 'levain',
        client_secret: CLIENT_SECRET,
        redirect_uris: [callbackUrl],
        token_endpoint_auth_method: 'client_secret_post',
      },
    ],
    jwks: { keys: [{ ...privateKey.export({ format: 'jwk' }), kid: 'test', use: 'sig', alg: 'RS256' }] },
    cookies: { keys: ['provider-cookie-key'] },
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name', 'org_unit'] },
    findAccount: (_ctx, sub) =>
      people[sub]
        ? { accountId: sub, claims: () => ({ sub, email_verified: true, ...people[sub] }) }
        : undefined,
    features: { devInteractions: { enabled: false } },
    ttl: { Interaction: 600, Session: 3600, Grant: 3600, AccessToken: 600, IdToken: 600 },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
  });
  const handle = provider.callback();
  let discoveries = 0;
  server.on('request', async (req, res) => {
    if (req.url === '/.well-known/openid-configuration') discoveries += 1;
    if (!req.url?.startsWith('/interaction/')) return handle(req, res);
    const details = await provider.interactionDetails(req, res);
    if (req.method === 'GET') {
      res.setHeader('content-type', 'application/json');
      return res.end(JSON.stringify({ prompt: details.prompt.name }));
    }
    if (details.prompt.name === 'login') {
      const accountId = (await formBody(req)).get('login')!;
      return provider.interactionFinished(req, res, { login: { accountId } });
    }
    const grant = new provider.Grant({ accountId: details.session!.accountId, clientId: 'levain' });
    const missing = details.prompt.details as { missingOIDCScope?: string[]; missingOIDCClaims?: string[] };
    grant.addOIDCScope((missing.missingOIDCScope ?? []).join(' '));
    grant.addOIDCClaims(missing.missingOIDCClaims ?? []);
    await provider.interactionFinished(req, res, { consent: { grantId: await grant.save() } });
  });
  return { issuer, server, discoveries: () => discoveries };
}

let app: HttpApp;
let provider: Awaited<ReturnType<typeof startProvider>>;
const created: AppEvents['user.created'][] = [];

beforeAll(async () => {
  app = await startHttpApp({
    env: async (origin) => {
      provider = await startProvider(`${origin}/auth/oidc/callback`);
      return {
        OIDC_ISSUER: provider.issuer,
        OIDC_CLIENT_ID: 'levain',
        OIDC_CLIENT_SECRET: CLIENT_SECRET,
        OIDC_ORG_UNIT_CLAIM: 'org_unit',
      };
    },
  });
  app.services.events.on('user.created', (event) => {
    created.push(event);
  });
  await app.services.db.insert(schema.orgUnits).values([
    { code: 'fr-marketing', name: 'Marketing', kind: 'direction' },
    { code: 'uk-sales', name: 'Sales', kind: 'direction' },
  ]);
});
afterAll(async () => {
  await app?.close();
  provider?.server.close();
});

/** Clicks "sign in with SSO", logs in at the provider as `subject`, consents; returns where Levain lands. */
async function signInWithSso(browser: Browser, subject: string, start = '/auth/oidc/start'): Promise<string> {
  let url = new URL(start, app.origin);
  let init: RequestInit = {};
  for (let step = 0; step < 12; step++) {
    const response = await browser.fetch(url, init);
    const location = response.headers.get('location');
    if (location) {
      url = new URL(location, url);
      init = {};
      if (url.pathname !== '/auth/oidc/callback' && url.origin !== new URL(provider.issuer).origin)
        return url.href;
      continue;
    }
    expect(response.status).toBe(200);
    const { prompt } = (await response.json()) as { prompt: string };
    url = new URL(`${url.pathname}/${prompt === 'login' ? 'login' : 'confirm'}`, url);
    init = { method: 'POST', body: new URLSearchParams({ login: subject }) };
  }
  throw new Error('the SSO redirect dance did not end');
}

async function me(browser: Browser) {
  const response = await browser.fetch(`${app.origin}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: app.origin },
    body: JSON.stringify({ query: '{ me { id name email roles orgUnit { code } } }' }),
  });
  const result = (await response.json()) as { data?: { me: any }; errors?: unknown };
  if (!result.data) throw new Error(`GraphQL failed: ${JSON.stringify(result)}`);
  return result.data.me;
}

describe('single sign-on with OpenID Connect', () => {
  it('creates the person just in time, in the org unit of the claim, and signs them in', async () => {
    const browser = new Browser();
    expect(await signInWithSso(browser, 'sub-lea')).toBe(`${app.origin}/`);
    expect(await me(browser)).toMatchObject({
      name: 'Léa Dubois',
      email: 'lea.dubois@atlas.example',
      roles: ['member'],
      orgUnit: { code: 'fr-marketing' },
    });
    expect(browser.cookie(app.origin, 'levain_oidc')).toBeUndefined();
    const lea = await app.services.db.query.users.findFirst({ where: { oidcSubject: 'sub-lea' } });
    expect(created).toContainEqual({ userId: lea!.id, via: 'sso' });
  });

  it('reuses the same account on the next sign-in', async () => {
    const first = await me(await signedIn('sub-olivia'));
    const again = new Browser();
    await signInWithSso(again, 'sub-olivia');
    expect(await me(again)).toMatchObject({ id: first.id, orgUnit: { code: 'uk-sales' } });
    const rows = await app.services.db.query.users.findMany({ where: { oidcSubject: 'sub-olivia' } });
    expect(rows).toHaveLength(1);
    // The provider's metadata is fetched once per process, not on every sign-in.
    expect(provider.discoveries()).toBe(1);
  });

  it('links an existing account with the same email instead of creating a second one', async () => {
    const existing = await app.sessionFor({ name: 'Marc L.' });
    await app.services.db
      .update(schema.users)
      .set({ email: 'MARC.LEROY@atlas.example' })
      .where(eq(schema.users.id, existing.userId));
    const browser = await signedIn('sub-marc');
    expect(await me(browser)).toMatchObject({ id: globalId(existing.userId), name: 'Marc L.' });
    const row = await app.services.db.query.users.findFirst({ where: { id: existing.userId } });
    expect(row?.oidcSubject).toBe('sub-marc');
  });

  it('refuses a deactivated person', async () => {
    await signedIn('sub-lea');
    await app.services.db
      .update(schema.users)
      .set({ status: 'deactivated' })
      .where(eq(schema.users.oidcSubject, 'sub-lea'));
    const browser = new Browser();
    expect(await signInWithSso(browser, 'sub-lea')).toBe(`${app.origin}/sign-in?error=deactivated`);
    expect(browser.cookie(app.origin, 'levain_session')).toBeUndefined();
    expect(await me(browser)).toBeNull();
  });

  it('returns to the page the person came from, and only to a page of this site', async () => {
    const back = await signInWithSso(
      new Browser(),
      'sub-olivia',
      '/auth/oidc/start?next=%2Fcommunities%3Ftab%3Dmine',
    );
    expect(back).toBe(`${app.origin}/communities?tab=mine`);
    for (const next of [
      '/%5Cevil.example',
      '/%09/evil.example',
      '//evil.example',
      'https://evil.example/',
      '/\\evil.example',
    ])
      expect(await signInWithSso(new Browser(), 'sub-olivia', `/auth/oidc/start?next=${next}`), next).toBe(
        `${app.origin}/`,
      );
  });

  it('refuses a callback without the state cookie of a sign-in started here', async () => {
    const browser = new Browser();
    const response = await browser.fetch(`${app.origin}/auth/oidc/callback?code=stolen&state=guess`);
    expect(response.headers.get('location')).toBe('/sign-in?error=sso');
    expect(browser.cookie(app.origin, 'levain_session')).toBeUndefined();
  });
});

/** The relay id GraphQL gives a user. */
function globalId(userId: string): string {
  return Buffer.from(`User:${userId}`).toString('base64');
}

async function signedIn(subject: string): Promise<Browser> {
  const browser = new Browser();
  expect(await signInWithSso(browser, subject)).toBe(`${app.origin}/`);
  return browser;
}
