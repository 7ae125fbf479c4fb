import { DEMO_PASSWORD, seedDemoIfEmpty } from '@levain/seed';
import type { TestApp, TestClient } from '@levain/server/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp } from './fixtures';

let app: TestApp;
const SIGN_IN = 'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { __typename } }';
async function demoClient(email: string, locale = 'fr'): Promise<TestClient> {
  const client = app.client({ locale });
  await client.data(SIGN_IN, { e: email, p: DEMO_PASSWORD });
  return client;
}
const CHARTERS =
  '{ charters { id kind title acknowledgedByMe myAcknowledgement { versionNumber } currentVersion { number major articles { number title } } } }';
const RATES = `query($id: ID!) { charterAcknowledgementRates(charterId: $id) {
  ... on QueryCharterAcknowledgementRatesSuccess { data { rate units { orgUnit { code } depth rate } } } } }`;

beforeAll(async () => {
  app = await startApp();
  await seedDemoIfEmpty(app.services);
}, 180_000);
afterAll(() => app.close());

describe('the demo’s charters', () => {
  it('gives everyone the social-media and behaviour charters written from the ORSYS guide', async () => {
    const lea = await demoClient('employe@atlas.example');
    const { charters } = await lea.data(CHARTERS);
    const byKind = Object.fromEntries(charters.map((c: { kind: string }) => [c.kind, c]));
    expect(Object.keys(byKind).sort()).toEqual(['BEHAVIOUR', 'EDITORIAL', 'SOCIAL_MEDIA']);
    expect(byKind.SOCIAL_MEDIA.currentVersion).toMatchObject({ number: 2, major: true });
    expect(byKind.SOCIAL_MEDIA.currentVersion.articles.map((a: { title: string }) => a.title)).toContain(
      'L’humour au nom de l’entreprise',
    );
    expect(byKind.BEHAVIOUR.currentVersion).toMatchObject({ number: 2, major: false });
    expect(byKind.BEHAVIOUR.acknowledgedByMe).toBe(true);
    // Léa accepted the first social-media charter; the second, major, asks her again.
    expect(byKind.SOCIAL_MEDIA).toMatchObject({
      acknowledgedByMe: false,
      myAcknowledgement: { versionNumber: 1 },
    });

    const olivia = await demoClient('employee@atlas.example', 'en');
    const mine = (await olivia.data(CHARTERS)).charters;
    expect(mine.find((c: { kind: string }) => c.kind === 'BEHAVIOUR')).toMatchObject({
      title: 'Network behaviour charter',
      acknowledgedByMe: false,
    });
  });

  it('shows HR acknowledgement rates that differ by country, France ahead of the United Kingdom', async () => {
    const hr = await demoClient('rh@atlas.example');
    const { charters } = await hr.data(CHARTERS);
    for (const kind of ['BEHAVIOUR', 'SOCIAL_MEDIA']) {
      const charter = charters.find((c: { kind: string }) => c.kind === kind);
      const rates = (await hr.data(RATES, { id: charter.id })).charterAcknowledgementRates.data;
      const country = (code: string) =>
        rates.units.find((u: { orgUnit: { code: string } }) => u.orgUnit.code === code).rate;
      expect(country('fr')).toBeGreaterThan(country('be'));
      expect(country('be')).toBeGreaterThan(country('uk'));
      expect(rates.rate).toBeGreaterThan(0.2);
      expect(rates.rate).toBeLessThan(0.95);
    }
  });
});

describe('the demo’s moderation under the charter', () => {
  it('shows Olivia a removal quoting article 3 with her appeal pending, and Camille the appeal to decide', async () => {
    const olivia = await demoClient('employee@atlas.example', 'en');
    const notices = (
      await olivia.data(
        '{ myModerationNotices { edges { node { id action excerpt citations { label text } } } } }',
      )
    ).myModerationNotices.edges.map((e: { node: unknown }) => e.node);
    const removal = notices.find((n: { action: string }) => n.action === 'remove');
    expect(removal).toMatchObject({
      excerpt: expect.stringContaining('botched demo'),
      citations: [{ label: 'Article 3 — No harassment', text: expect.stringContaining('harassment') }],
    });
    const mine = (await olivia.data('{ myAppeals { edges { node { noticeId status } } } }')).myAppeals.edges;
    expect(mine.map((e: { node: unknown }) => e.node)).toEqual([{ noticeId: removal.id, status: 'PENDING' }]);

    const camille = await demoClient('admin@atlas.example');
    const queue = (await camille.data('{ charterAppeals { edges { node { noticeId mayDecide } } } }'))
      .charterAppeals.edges;
    expect(queue.map((e: { node: unknown }) => e.node)).toEqual([{ noticeId: removal.id, mayDecide: true }]);
  });
});

describe('the demo’s ambassadors and advocacy kit', () => {
  const AMBASSADORS = `query($forMe: Boolean) { ambassadors(forMe: $forMe, first: 100) {
    edges { node { name certified orgUnit { code } } } } }`;
  const KIT = '{ advocacyKit { edges { node { title shareCount clickCount myShares { clicks } } } } }';

  it('gives every country ambassadors, Léa among France’s, and Olivia hers to ask', async () => {
    const chief = await demoClient('cm@atlas.example');
    const all = (await chief.data(AMBASSADORS, {})).ambassadors.edges.map((e: { node: any }) => e.node);
    const countries = new Set(all.map((a: { orgUnit: { code: string } }) => a.orgUnit.code));
    expect(countries.size).toBeGreaterThanOrEqual(3);
    expect(all).toContainEqual(expect.objectContaining({ name: 'Léa Dubois', orgUnit: { code: 'fr' } }));
    expect(all.some((a: { certified: boolean }) => a.certified)).toBe(true);
    const waiting = await chief.data('{ ambassadors(nominated: true) { edges { node { name } } } }');
    expect(waiting.ambassadors.edges.length).toBeGreaterThan(0);

    const olivia = await demoClient('employee@atlas.example', 'en');
    const hers = (await olivia.data(AMBASSADORS, { forMe: true })).ambassadors.edges;
    expect(hers.length).toBeGreaterThan(0);
    expect(hers.every((e: { node: { orgUnit: { code: string } } }) => e.node.orgUnit.code === 'uk')).toBe(
      true,
    );
  });

  it('shows the kit, its shares and clicks, without the expired item', async () => {
    const lea = await demoClient('employe@atlas.example');
    const items = (await lea.data(KIT)).advocacyKit.edges.map((e: { node: any }) => e.node);
    expect(items.map((i: { title: string }) => i.title)).toEqual([
      'Nous recrutons à Lyon',
      'Notre charte réseaux sociaux',
      'Semaine de la qualité de vie au travail',
    ]);
    expect(items[0].myShares.length).toBe(1);
    expect(items[0].shareCount).toBeGreaterThan(1);
    expect(items.reduce((sum: number, i: { clickCount: number }) => sum + i.clickCount, 0)).toBeGreaterThan(
      0,
    );
  });
});

describe('the demo’s community charter', () => {
  const MINE =
    '{ communityCharters { communityName canEdit charter { title currentVersion { number major articles { number } } } } }';
  const marketing = (entries: { communityName: string; charter: { title: string } | null }[]) =>
    entries.find((e) => e.communityName === 'Marketing digital – veille');

  it('shows Thomas the marketing watch charter he writes, and its members the same articles to read', async () => {
    const thomas = await demoClient('manager@atlas.example');
    expect(marketing((await thomas.data(MINE)).communityCharters)).toEqual({
      communityName: 'Marketing digital – veille',
      canEdit: true,
      charter: {
        title: 'Charte de la veille marketing',
        currentVersion: { number: 2, major: false, articles: [{ number: 1 }, { number: 2 }, { number: 3 }] },
      },
    });
    const lea = await demoClient('employe@atlas.example');
    expect(marketing((await lea.data(MINE)).communityCharters)?.charter?.title).toBe(
      'Charte de la veille marketing',
    );
  });
});
