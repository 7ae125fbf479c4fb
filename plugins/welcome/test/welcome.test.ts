import { fileURLToPath } from 'node:url';
import { createTestApp, pluginSourceFromPackage, type TestApp } from '@levain/server/testing';
import { format } from '@levain/web/plugin';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { strings } from '../web/strings';

const ownPackageJson = fileURLToPath(new URL('../package.json', import.meta.url));
const SET_ENABLED = `mutation($enabled: Boolean!) {
  setPluginEnabled(id: "welcome", enabled: $enabled) { __typename }
}`;
const WELCOME = '{ welcomeOpen me { name welcomeIsViewer } }';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp({ plugins: [pluginSourceFromPackage('@levain/plugin-welcome', ownPackageJson)] });
});
afterAll(() => app.close());

describe('a plugin written from plugins/README.md alone', () => {
  it('loads and adds a query and a field on the core User type', async () => {
    const member = await app.signedIn();
    const { me, welcomeOpen } = await member.data(WELCOME);
    expect(welcomeOpen).toBe(true);
    expect(me.welcomeIsViewer).toBe(true);
    expect(await member.data('{ plugins { id enabled } }')).toEqual({
      plugins: [{ id: 'welcome', enabled: true }],
    });
  });

  it('is gated when an admin disables it: its fields answer PLUGIN_DISABLED, the rest of the person loads', async () => {
    const admin = await app.signedIn(['admin']);
    await admin.data(SET_ENABLED, { enabled: false });
    const member = await app.signedIn([], { locale: 'en' });
    const answer = await member.gql(WELCOME);
    expect(answer.data?.me?.welcomeIsViewer).toBeNull();
    expect(answer.data?.me?.name).toEqual(expect.any(String));
    expect(answer.errors?.map((e) => [e.path?.join('.'), e.extensions?.code]).sort()).toEqual([
      ['me.welcomeIsViewer', 'PLUGIN_DISABLED'],
      ['welcomeOpen', 'PLUGIN_DISABLED'],
    ]);
    await admin.data(SET_ENABLED, { enabled: true });
    expect((await member.data(WELCOME)).welcomeOpen).toBe(true);
  });

  it('words its web strings with ICU plurals in both languages', () => {
    expect(format('fr', strings.fr.roles, { count: 1 })).toBe('1 rôle');
    expect(format('en', strings.en.roles, { count: 2 })).toBe('2 roles');
    expect(format('en', strings.en.hello, { name: 'Awa' })).toBe('Hello Awa!');
  });
});
