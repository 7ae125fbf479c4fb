import { fileURLToPath } from 'node:url';
import {
  createTestApp,
  pluginSourceFromPackage,
  type TestApp,
  type TestClient,
} from '@levain/server/testing';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { charterAcknowledgements } from '../db/schema';

const rootPackageJson = fileURLToPath(new URL('../../../package.json', import.meta.url));

const CURRENT = '{ currentCharter { id title body version acknowledgedByMe } }';
const PUBLISH = `mutation($title: String!, $body: String!) {
  publishCharter(title: $title, body: $body) {
    __typename
    ... on MutationPublishCharterSuccess { data { id version } }
    ... on Error { code message }
    ... on ValidationError { issues { field } }
  }
}`;
const ACKNOWLEDGE = `mutation($id: ID!) {
  acknowledgeCharter(charterId: $id) {
    __typename
    ... on MutationAcknowledgeCharterSuccess { data { version acknowledgedByMe } }
    ... on Error { code message }
    ... on ValidationError { issues { field message } }
  }
}`;

let app: TestApp;
let chief: TestClient;

const publish = async (title: string, body: string) =>
  (await chief.data(PUBLISH, { title, body })).publishCharter.data as { id: string; version: number };

beforeAll(async () => {
  app = await createTestApp({
    plugins: [pluginSourceFromPackage('@levain/plugin-charter', rootPackageJson)],
  });
  chief = await app.signedIn(['chief_cm']);
});
afterAll(() => app.close());

describe('the charter', () => {
  it('is published by the chief CM and acknowledged by each person once', async () => {
    const lea = await app.signedIn();
    expect(await lea.data(CURRENT)).toEqual({ currentCharter: null });

    const first = await publish('Charte de Levain', '# Bienveillance\nOn se parle avec respect.');
    expect(first.version).toBe(1);
    expect((await lea.data(CURRENT)).currentCharter).toEqual({
      id: first.id,
      title: 'Charte de Levain',
      body: '# Bienveillance\nOn se parle avec respect.',
      version: 1,
      acknowledgedByMe: false,
    });

    const acknowledged = await lea.data(ACKNOWLEDGE, { id: first.id });
    expect(acknowledged.acknowledgeCharter).toEqual({
      __typename: 'MutationAcknowledgeCharterSuccess',
      data: { version: 1, acknowledgedByMe: true },
    });
    await lea.data(ACKNOWLEDGE, { id: first.id });
    expect((await lea.data(CURRENT)).currentCharter.acknowledgedByMe).toBe(true);
    expect((await chief.data(CURRENT)).currentCharter.acknowledgedByMe).toBe(false);
  });

  it('asks everyone again when a new version is published, and refuses a stale acknowledgement', async () => {
    const olivia = await app.signedIn([], { locale: 'fr' });
    const old = (await olivia.data(CURRENT)).currentCharter;
    const next = await publish('Charte de Levain', '# Bienveillance\nEt droit à la déconnexion.');
    expect(next.version).toBe(old.version + 1);
    expect((await olivia.data(CURRENT)).currentCharter).toMatchObject({
      id: next.id,
      acknowledgedByMe: false,
    });

    const stale = await olivia.data(ACKNOWLEDGE, { id: old.id });
    expect(stale.acknowledgeCharter).toMatchObject({
      __typename: 'ValidationError',
      issues: [
        {
          field: 'charterId',
          message:
            'Une nouvelle version de la charte a été publiée : lisez-la avant de confirmer en avoir pris connaissance.',
        },
      ],
    });
    const unknown = await olivia.data(ACKNOWLEDGE, { id: '00000000-0000-4000-8000-000000000000' });
    expect(unknown.acknowledgeCharter).toMatchObject({ __typename: 'NotFoundError', code: 'NOT_FOUND' });
  });

  it('may be published by an admin or the chief CM only', async () => {
    for (const roles of [[], ['hr']] as const) {
      const someone = await app.signedIn([...roles]);
      const result = await someone.data(PUBLISH, { title: 'Ma charte', body: 'Texte' });
      expect(result.publishCharter).toMatchObject({ __typename: 'NotAllowedError', code: 'NOT_ALLOWED' });
    }
    const blank = await chief.data(PUBLISH, { title: 'Charte 2026', body: '   ' });
    expect(blank.publishCharter).toMatchObject({
      __typename: 'ValidationError',
      issues: [{ field: 'body' }],
    });
    const admin = await app.signedIn(['admin']);
    const byAdmin = await admin.data(PUBLISH, { title: 'Charte 2026', body: 'Texte' });
    expect(byAdmin.publishCharter.__typename).toBe('MutationPublishCharterSuccess');
    expect((await admin.data(CURRENT)).currentCharter.title).toBe('Charte 2026');
  });

  it('exports a person’s acknowledgements and erases them on request', async () => {
    const hugo = await app.signedIn();
    const current = (await hugo.data(CURRENT)).currentCharter;
    await hugo.data(ACKNOWLEDGE, { id: current.id });
    const exported = (await hugo.data('{ myPersonalData }')).myPersonalData.plugins.charter;
    expect(exported.acknowledgements).toEqual([
      { title: current.title, version: current.version, acknowledgedAt: expect.any(String) },
    ]);

    const admin = await app.signedIn(['admin']);
    const { me } = await hugo.data('{ me { id } }');
    await admin.data('mutation($id: ID!) { erasePerson(userId: $id) { __typename } }', { id: me.id });
    expect(
      await app.services.db.$count(charterAcknowledgements, eq(charterAcknowledgements.userId, hugo.user.id)),
    ).toBe(0);
    expect(await app.services.db.$count(charterAcknowledgements)).toBeGreaterThan(0);
  });
});
