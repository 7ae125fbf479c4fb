import { schema } from '@levain/db';
import { createTestDb } from '@levain/db/test-db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app';
import { loadConfig } from '../src/config';
import { gid } from './support/gid';
import { createTestApp, type SignedInClient, type TestApp } from './support/harness';

let app: TestApp;
let person: SignedInClient;
let colleague: SignedInClient;
let manager: SignedInClient;
let hr: SignedInClient;
let admin: SignedInClient;
const userGid = (id: string) => gid('User', id);

const PROFILE = `query($id: ID!) { user(id: $id) { name email timeZone workingHours { start end } atWorkNow roles badges } }`;

beforeAll(async () => {
  app = await createTestApp();
  person = await app.signedIn([], { name: 'Léa Dubois' });
  colleague = await app.signedIn();
  manager = await app.signedIn();
  hr = await app.signedIn(['hr']);
  admin = await app.signedIn(['admin'], { name: 'Camille Martin' });
  await app.services.db
    .update(schema.users)
    .set({ managerId: manager.user.id })
    .where(eq(schema.users.id, person.user.id));
});
afterAll(() => app.close());

const profileOf = async (viewer: SignedInClient, id: string) =>
  (await viewer.data(PROFILE, { id: userGid(id) })).user;

describe('what colleagues see of a person', () => {
  it('shows a colleague the email and whether the person is at work, not their hours, zone or roles', async () => {
    expect(await profileOf(colleague, person.user.id)).toEqual({
      name: 'Léa Dubois',
      email: person.user.email,
      timeZone: null,
      workingHours: null,
      atWorkNow: expect.any(Boolean),
      roles: null,
      badges: [],
    });
  });

  it('shows the hours and time zone to the person, their manager and HR', async () => {
    for (const viewer of [person, manager, hr, admin]) {
      const seen = await profileOf(viewer, person.user.id);
      expect(seen.timeZone).toBe('Europe/Paris');
      expect(seen.workingHours).toEqual({ start: '09:00', end: '18:00' });
    }
    expect((await profileOf(person, person.user.id)).roles).toEqual(['member']);
    expect((await profileOf(admin, person.user.id)).roles).toEqual(['member']);
    expect((await profileOf(hr, person.user.id)).roles).toBeNull();
  });

  it('shows a moderator’s badge rather than their roles', async () => {
    expect(await profileOf(colleague, admin.user.id)).toMatchObject({ roles: null, badges: ['moderator'] });
  });

  it('keeps addresses from colleagues, in profiles and in directory search, when the organisation says so', async () => {
    const settings = await admin.data(
      `mutation { updateOrganisationSettings(input: { colleaguesSeeEmail: false }) {
        ... on MutationUpdateOrganisationSettingsSuccess { data { colleaguesSeeEmail } } } }`,
    );
    expect(settings.updateOrganisationSettings.data).toEqual({ colleaguesSeeEmail: false });
    expect((await profileOf(colleague, person.user.id)).email).toBeNull();
    expect((await profileOf(manager, person.user.id)).email).toBe(person.user.email);
    expect((await profileOf(hr, person.user.id)).email).toBe(person.user.email);

    const SEARCH = `query($q: String) { users(search: $q, first: 5) { edges { node { name } } } }`;
    const local = person.user.email.split('@')[0]!;
    expect((await colleague.data(SEARCH, { q: local })).users.edges).toEqual([]);
    expect((await hr.data(SEARCH, { q: local })).users.edges).toEqual([{ node: { name: 'Léa Dubois' } }]);

    await admin.data(
      'mutation { updateOrganisationSettings(input: { colleaguesSeeEmail: true }) { __typename } }',
    );
    expect((await profileOf(colleague, person.user.id)).email).toBe(person.user.email);
  });
});

describe('introspection in production', () => {
  it('is refused to signed-out clients and kept for signed-in people', async () => {
    const handle = await createTestDb();
    const config = {
      ...loadConfig({ NODE_ENV: 'production', DATA_DIR: `/tmp/levain-introspection-${process.pid}` }),
    };
    const production = await buildApp({ config, plugins: [], handle });
    try {
      const ask = (cookie = '') =>
        production.yoga.fetch('http://localhost:3000/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json', origin: 'http://localhost:3000', cookie },
          body: JSON.stringify({ query: '{ __schema { queryType { name } } }' }),
        });
      const stranger = (await (await ask()).json()) as {
        data?: unknown;
        errors?: Array<{ message: string }>;
      };
      expect(stranger.data).toBeUndefined();
      expect(stranger.errors?.[0]?.message).toMatch(/introspection/i);

      const { id } = await handle.db.transaction(async (tx) => {
        const { createAccount } = await import('../src/people/accounts');
        return createAccount(tx, { email: 'dev@example.com', name: 'Dev' });
      });
      const { token } = await production.services.sessions.create(id);
      const signedIn = (await (await ask(`levain_session=${token}`)).json()) as { data?: any };
      expect(signedIn.data.__schema.queryType.name).toBe('Query');
      // The answer depends on who asks, whatever was asked before.
      expect(((await (await ask()).json()) as { data?: unknown }).data).toBeUndefined();
    } finally {
      await production.close();
      await handle.close();
    }
  });
});
