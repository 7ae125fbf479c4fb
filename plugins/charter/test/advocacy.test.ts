import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { TestApp, TestClient } from '@levain/server/testing';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { charterAdvocacyItems, charterAdvocacyShares, charterForbiddenWords } from '../db/schema';
import { startApp } from './fixtures';

const ERRORS = `... on Error { code message } ... on ValidationError { issues { field message } }`;
const KIT = `query($first: Int, $after: String) { advocacyKit(first: $first, after: $after) {
  edges { node { id title text disclosure hashtags shareCount clickCount myShares { link clicks network } } }
  pageInfo { hasNextPage endCursor } } }`;
const SHARE = `mutation($item: ID!, $network: AdvocacyNetwork!, $text: String!) {
  shareAdvocacyItem(itemId: $item, network: $network, text: $text) {
    __typename ... on MutationShareAdvocacyItemSuccess { data { id link shareUrl clicks network } } ${ERRORS} } }`;

const DISCLOSURE = { fr: 'Je travaille chez Levain.', en: 'I work at Levain.' };
const SEED_NOW = new Date('2026-11-20T09:00:00Z');

let app: TestApp;
let employee: TestClient;
let colleague: TestClient;
let itemId: string;
let expiredId: string;
let server: Server;
let origin: string;

const item = (title: string, createdAt: Date, expiresAt: Date | null = null) => ({
  title: { fr: title, en: title },
  text: { fr: `${title} #Levain`, en: `${title} #Levain` },
  link: 'https://levain.example/blog/charte',
  hashtags: ['Levain'],
  disclosure: DISCLOSURE,
  createdAt,
  expiresAt,
});

beforeAll(async () => {
  app = await startApp();
  [employee, colleague] = await Promise.all([app.signedIn(), app.signedIn([], { locale: 'fr' })]);
  const { db } = app.services;
  await db.insert(charterForbiddenWords).values([{ word: 'confidentiel' }]);
  const rows = await db
    .insert(charterAdvocacyItems)
    .values([
      item('Notre charte', SEED_NOW),
      item('Ancienne campagne', new Date(SEED_NOW.getTime() - 86_400_000), new Date('2020-01-01T00:00:00Z')),
      ...Array.from({ length: 5 }, (_, i) =>
        item(`Offre ${i}`, new Date(SEED_NOW.getTime() - (i + 2) * 86_400_000)),
      ),
    ])
    .returning({ id: charterAdvocacyItems.id });
  [itemId, expiredId] = [rows[0]!.id, rows[1]!.id];
  server = createServer(app.express);
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server?.close();
  await app?.close();
});

describe('the advocacy kit', () => {
  it('lists the items not expired, newest first, in pages of a constant number of statements', async () => {
    const page = async (first: number) => {
      app.queries.length = 0;
      const data = await employee.data(KIT, { first });
      return { data, statements: app.queries.length };
    };
    await page(1); // the session and the plugin flags are cached after the first request
    const small = await page(2);
    const large = await page(10);
    expect(large.statements).toBe(small.statements);
    const titles = large.data.advocacyKit.edges.map((e: any) => e.node.title);
    expect(titles).toEqual(['Notre charte', 'Offre 0', 'Offre 1', 'Offre 2', 'Offre 3', 'Offre 4']);
    expect(small.data.advocacyKit.pageInfo.hasNextPage).toBe(true);
    const next = await employee.data(KIT, { first: 2, after: small.data.advocacyKit.pageInfo.endCursor });
    expect(next.advocacyKit.edges.map((e: any) => e.node.title)).toEqual(['Offre 1', 'Offre 2']);
  });

  it('shares an item through a counted /s/ link that redirects with UTM tags and keeps no address', async () => {
    const text = `Fier de notre charte ! #Levain ${DISCLOSURE.en}`;
    const result = await employee.data(SHARE, { item: itemId, network: 'LINKEDIN', text });
    const share = result.shareAdvocacyItem.data;
    expect(result.shareAdvocacyItem.__typename).toBe('MutationShareAdvocacyItemSuccess');
    expect(share.link).toMatch(/\/s\/[\w-]+$/);
    expect(share.shareUrl).toContain('https://www.linkedin.com/feed/?shareActive=true&text=');
    expect(decodeURIComponent(share.shareUrl.replace(/\+/g, ' '))).toContain(text);

    const path = new URL(share.link).pathname;
    const response = await fetch(`${origin}${path}`, { redirect: 'manual' });
    expect(response.status).toBe(302);
    const target = new URL(response.headers.get('location')!);
    expect(target.origin + target.pathname).toBe('https://levain.example/blog/charte');
    expect(target.searchParams.get('utm_source')).toBe('linkedin');
    expect(target.searchParams.get('utm_medium')).toBe('employee_advocacy');
    expect(response.headers.get('set-cookie')).toBeNull();
    await fetch(`${origin}${path}`, { redirect: 'manual' });

    const kit = await employee.data(KIT, { first: 1 });
    const node = kit.advocacyKit.edges[0].node;
    expect(node.myShares).toEqual([{ link: share.link, clicks: 2, network: 'LINKEDIN' }]);
    expect(node.clickCount).toBe(2);
    const theirs = await colleague.data(KIT, { first: 1 });
    expect(theirs.advocacyKit.edges[0].node).toMatchObject({ myShares: [], clickCount: 2, shareCount: 1 });
    const columns = Object.keys(charterAdvocacyShares);
    expect(columns.some((c) => /ip|address|agent/i.test(c))).toBe(false);
  });

  it('answers 404 to an unknown code', async () => {
    const response = await fetch(`${origin}/s/nope-nope`, { redirect: 'manual' });
    expect(response.status).toBe(404);
  });

  it('refuses a text the charter rules out, naming the field in the viewer’s language, writing nothing', async () => {
    const cases = [
      [`C’est confidentiel #Levain ${DISCLOSURE.fr}`, '« confidentiel »'],
      ['Fier de notre charte #Levain', `« ${DISCLOSURE.fr} »`],
      [`Fier de notre charte ${DISCLOSURE.fr}`, '#Levain'],
    ] as const;
    for (const [text, named] of cases) {
      const result = await colleague.data(SHARE, { item: itemId, network: 'X', text });
      expect(result.shareAdvocacyItem.__typename).toBe('ValidationError');
      expect(result.shareAdvocacyItem.issues[0].field).toBe('text');
      expect(result.shareAdvocacyItem.issues[0].message).toContain(named);
    }
    const rows = await app.services.db
      .select()
      .from(charterAdvocacyShares)
      .where(eq(charterAdvocacyShares.network, 'x'));
    expect(rows).toEqual([]);
  });

  it('refuses the share of an expired item on itemId', async () => {
    const result = await employee.data(SHARE, {
      item: expiredId,
      network: 'MASTODON',
      text: `Ancienne campagne #Levain ${DISCLOSURE.en}`,
    });
    expect(result.shareAdvocacyItem).toMatchObject({
      __typename: 'ValidationError',
      issues: [{ field: 'itemId', message: 'This kit item has expired: it can no longer be shared.' }],
    });
  });

  it('stops counting and redirecting while the plugin is disabled, and keeps the data', async () => {
    const [share] = await app.services.db.select().from(charterAdvocacyShares).limit(1);
    await app.services.host.setEnabled('charter', false, (await app.createUser({ roles: ['admin'] })).id);
    const response = await fetch(`${origin}/s/${share!.code}`, { redirect: 'manual' });
    expect(response.status).not.toBe(302);
    const kit = await employee.gql(KIT, { first: 1 });
    expect(kit.errors?.[0]?.extensions?.code).toBe('PLUGIN_DISABLED');
    await app.services.host.setEnabled('charter', true, share!.userId);
    const [after] = await app.services.db
      .select({ clicks: charterAdvocacyShares.clicks })
      .from(charterAdvocacyShares)
      .where(eq(charterAdvocacyShares.id, share!.id));
    expect(after!.clicks).toBe(share!.clicks);
  });
});
