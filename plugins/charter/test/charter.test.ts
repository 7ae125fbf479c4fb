import type { TestApp, TestClient } from '@levain/server/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { charterVersions } from '../db/schema';
import { ACKNOWLEDGE, article, newCharter, PUBLISH, startApp } from './fixtures';

const CHARTER = `query($id: ID!) { charter(id: $id) {
  __typename
  ... on QueryCharterSuccess { data {
    kind title acknowledgedByMe
    currentVersion { number major summary articles { number title body acceptable } }
    versions { number changes { number change before { title } after { title } } }
  } }
} }`;

let app: TestApp;
let chief: TestClient;
let charterId: string;

const courtesy = article(
  1,
  { fr: 'Cordialité', en: 'Courtesy' },
  { fr: 'On échange avec respect.', en: 'We disagree with respect.' },
);
const harassment = article(2, { fr: 'Pas de harcèlement', en: 'No harassment' });

beforeAll(async () => {
  app = await startApp();
  chief = await app.signedIn(['chief_cm']);
  charterId = await newCharter(app.services.db, 'social_media');
});
afterAll(() => app.close());

const publish = (client: TestClient, input: Record<string, unknown>) =>
  client.data(PUBLISH, { input: { charterId, summaryFr: '', summaryEn: '', ...input } });

describe('a charter of numbered articles', () => {
  it('is published by the chief CM and read article by article in each person’s language', async () => {
    const published = await publish(chief, { major: true, articles: [courtesy, harassment] });
    expect(published.publishCharterVersion.data.currentVersion).toEqual({ number: 1, major: true });

    const lea = await app.signedIn([], { locale: 'fr' });
    const { charter } = await lea.data(CHARTER, { id: charterId });
    expect(charter.data).toMatchObject({
      kind: 'SOCIAL_MEDIA',
      title: 'Charte social_media',
      acknowledgedByMe: false,
      currentVersion: {
        number: 1,
        articles: [
          { number: 1, title: 'Cordialité', body: 'On échange avec respect.' },
          { number: 2, title: 'Pas de harcèlement' },
        ],
      },
    });
    const olivia = await app.signedIn([], { locale: 'en' });
    const { charters } = await olivia.data('{ charters { id currentVersion { articles { title } } } }');
    expect(charters).toEqual([
      { id: charterId, currentVersion: { articles: [{ title: 'Courtesy' }, { title: 'No harassment' }] } },
    ]);
  });

  it('shows what each version changed; a minor version keeps acknowledgements, a major one asks again', async () => {
    const hugo = await app.signedIn();
    const acknowledged = await hugo.data(ACKNOWLEDGE, { id: charterId, version: 1 });
    expect(acknowledged.acknowledgeCharter.data).toEqual({
      acknowledgedByMe: true,
      myAcknowledgement: { versionNumber: 1 },
    });

    const reworded = { ...courtesy, titleEn: 'Courtesy first' };
    await publish(chief, { major: false, summaryEn: 'Reworded article 1', articles: [reworded, harassment] });
    let { charter } = await hugo.data(CHARTER, { id: charterId });
    expect(charter.data.acknowledgedByMe).toBe(true);
    expect(charter.data.currentVersion).toMatchObject({
      number: 2,
      major: false,
      summary: 'Reworded article 1',
    });
    expect(charter.data.versions[0].changes).toEqual([
      { number: 1, change: 'CHANGED', before: { title: 'Courtesy' }, after: { title: 'Courtesy first' } },
    ]);

    const humour = article(3, { fr: 'Humour', en: 'Humour' });
    await publish(chief, { major: true, articles: [reworded, humour] });
    ({ charter } = await hugo.data(CHARTER, { id: charterId }));
    expect(charter.data.acknowledgedByMe).toBe(false);
    expect(charter.data.versions[0].changes).toEqual([
      { number: 2, change: 'REMOVED', before: { title: 'No harassment' }, after: null },
      { number: 3, change: 'ADDED', before: null, after: { title: 'Humour' } },
    ]);
    expect(charter.data.versions.map((v: { number: number }) => v.number)).toEqual([3, 2, 1]);
  });

  it('refuses an article number used twice, a stale acknowledgement and people who may not publish', async () => {
    const before = await app.services.db.$count(charterVersions);
    const french = await app.signedIn(['admin'], { locale: 'fr' });
    const reused = await french.data(PUBLISH, {
      input: {
        charterId,
        major: false,
        summaryFr: '',
        summaryEn: '',
        articles: [courtesy, { ...harassment, number: 1 }],
      },
    });
    expect(reused.publishCharterVersion).toEqual({
      __typename: 'ValidationError',
      code: 'VALIDATION',
      message: expect.any(String),
      issues: [
        {
          field: 'input.articles.1.number',
          message: 'L’article 1 est déjà numéroté ainsi : donnez-lui un autre numéro.',
        },
      ],
    });
    const empty = await publish(chief, { major: true, articles: [] });
    expect(empty.publishCharterVersion.issues).toEqual([
      { field: 'input.articles', message: expect.any(String) },
    ]);
    expect(await app.services.db.$count(charterVersions)).toBe(before);

    for (const roles of [[], ['hr']] as const) {
      const someone = await app.signedIn([...roles]);
      const refused = await publish(someone, { major: true, articles: [courtesy] });
      expect(refused.publishCharterVersion).toMatchObject({ __typename: 'NotAllowedError' });
    }

    const stale = await french.data(ACKNOWLEDGE, { id: charterId, version: 1 });
    expect(stale.acknowledgeCharter.issues).toEqual([
      {
        field: 'versionNumber',
        message:
          'Une nouvelle version de la charte a été publiée : lisez-la avant de confirmer en avoir pris connaissance.',
      },
    ]);
    const unknown = await french.data(ACKNOWLEDGE, {
      id: '00000000-0000-4000-8000-000000000000',
      version: 1,
    });
    expect(unknown.acknowledgeCharter).toMatchObject({ __typename: 'NotFoundError' });

    const editorial = await newCharter(app.services.db, 'editorial');
    const minorFirst = await chief.data(PUBLISH, {
      input: { charterId: editorial, major: false, summaryFr: '', summaryEn: '', articles: [courtesy] },
    });
    expect(minorFirst.publishCharterVersion.issues).toEqual([
      { field: 'input.major', message: 'A charter’s first version is a major version.' },
    ]);
  });

  it('exports a person’s acknowledgements and erases them on request', async () => {
    const ines = await app.signedIn();
    await publish(chief, { major: false, articles: [courtesy] });
    await ines.data(ACKNOWLEDGE, { id: charterId, version: 4 });
    const exported = (await ines.data('{ myPersonalData }')).myPersonalData.plugins.charter;
    expect(exported.acknowledgements).toEqual([
      {
        charter: { fr: 'Charte social_media', en: 'social_media charter' },
        version: 4,
        acknowledgedAt: expect.any(String),
      },
    ]);
    const admin = await app.signedIn(['admin']);
    await admin.data('mutation($id: ID!) { erasePerson(userId: $id) { __typename } }', { id: ines.user.id });
    const after = await app.signedIn();
    const { charter } = await after.data(CHARTER, { id: charterId });
    expect(charter.data.currentVersion.number).toBe(4);
  });
});
