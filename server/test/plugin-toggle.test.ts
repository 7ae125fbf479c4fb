import { schema } from '@levain/db';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestClient } from './support/harness';
import { testNotes } from './support/test-plugin/db/schema';
import { testPluginSource } from './support/test-plugin/source';

const SET_ENABLED = `mutation($enabled: Boolean!) {
  setPluginEnabled(id: "test", enabled: $enabled) {
    __typename
    ... on MutationSetPluginEnabledSuccess { data { id enabled } }
    ... on Error { code message }
  }
}`;
const NOTES = '{ testNotes { body } me { testNoteCount } }';
const ADD_NOTE = 'mutation { addTestNote(body: "During the pause") { __typename } }';
const UPDATE_PROFILE = 'mutation { updateProfile(input: { title: "Planner" }) { __typename } }';
const HOUR = 3_600_000;

let app: TestApp;
let admin: TestClient;
let chief: TestClient & { user: { id: string } };

const notes = (source: 'event' | 'job') => app.services.db.$count(testNotes, eq(testNotes.source, source));
const pluginsSeenBy = async (client: TestClient) => (await client.data('{ plugins { id enabled } }')).plugins;

beforeAll(async () => {
  app = await createTestApp({ plugins: [testPluginSource] });
  admin = await app.signedIn(['admin']);
  chief = await app.signedIn(['chief_cm'], { locale: 'fr' });
  await chief.data('mutation { addTestNote(body: "Before the pause") { __typename } }');
});
afterAll(() => app.close());

describe('enabling and disabling a plugin', () => {
  it('is for admins only: a member gets NotAllowedError and nothing changes', async () => {
    const member = await app.signedIn();
    const result = await member.data(SET_ENABLED, { enabled: false });
    expect(result.setPluginEnabled).toMatchObject({ __typename: 'NotAllowedError', code: 'NOT_ALLOWED' });
    expect(await pluginsSeenBy(member)).toEqual([{ id: 'test', enabled: true }]);
  });

  it('disabled: fields answer PLUGIN_DISABLED, handlers and jobs do nothing, the data stays', async () => {
    const result = await admin.data(SET_ENABLED, { enabled: false });
    expect(result.setPluginEnabled.data).toEqual({ id: 'test', enabled: false });
    expect(await pluginsSeenBy(chief)).toEqual([{ id: 'test', enabled: false }]);
    const [audited] = await app.services.db
      .select()
      .from(schema.auditLog)
      .where(and(eq(schema.auditLog.action, 'plugin.disabled'), eq(schema.auditLog.subjectId, 'test')));
    expect(audited).toBeDefined();

    const disabled = 'Le module « test » est désactivé par un·e administrateur·rice.';
    const read = await chief.gql('{ testNotes { body } }');
    expect(read.errors?.map((e) => [e.path?.join('.'), e.extensions?.code, e.message])).toEqual([
      ['testNotes', 'PLUGIN_DISABLED', disabled],
    ]);
    // Its field on the core User type fails alone: the rest of the person still loads.
    const profile = await chief.gql('{ me { title testNoteCount } }');
    expect(profile.data).toEqual({ me: { title: null, testNoteCount: null } });
    expect(profile.errors?.map((e) => [e.path?.join('.'), e.extensions?.code])).toEqual([
      ['me.testNoteCount', 'PLUGIN_DISABLED'],
    ]);
    const write = await chief.gql(ADD_NOTE);
    expect(write.errors?.[0]?.extensions?.code).toBe('PLUGIN_DISABLED');

    await chief.data(UPDATE_PROFILE);
    await app.services.events.settled();
    expect(await notes('event')).toBe(0);

    await app.services.jobs.enqueue('test.copy-note', { userId: chief.user.id, body: 'Queued in the pause' });
    await app.services.jobs.runDue(new Date(Date.now() - 2 * HOUR));
    expect(await notes('job')).toBe(0);
    const [queued] = await app.services.db
      .select({ status: schema.jobs.status })
      .from(schema.jobs)
      .where(eq(schema.jobs.name, 'test.copy-note'));
    expect(queued).toEqual({ status: 'pending' });

    expect(await app.services.db.$count(testNotes)).toBe(1);
  });

  it('enabled again: everything works and the data from before is there', async () => {
    const result = await admin.data(SET_ENABLED, { enabled: true });
    expect(result.setPluginEnabled.data).toEqual({ id: 'test', enabled: true });
    expect(await pluginsSeenBy(chief)).toEqual([{ id: 'test', enabled: true }]);

    expect((await chief.data(ADD_NOTE)).addTestNote.__typename).toBe('MutationAddTestNoteSuccess');
    expect(await chief.data(NOTES)).toMatchObject({
      testNotes: [{ body: 'Before the pause' }, { body: 'During the pause' }],
      me: { testNoteCount: 2 },
    });

    await chief.data(UPDATE_PROFILE);
    await app.services.events.settled();
    expect(await notes('event')).toBe(1);

    // The job queued while disabled waited; a minute later (moved here by hand) it runs.
    await app.services.db
      .update(schema.jobs)
      .set({ runAt: sql`now() - interval '1 second'` })
      .where(eq(schema.jobs.name, 'test.copy-note'));
    await app.services.jobs.runDue(new Date(Date.now() - 4 * HOUR));
    const jobNotes = await app.services.db
      .select({ body: testNotes.body })
      .from(testNotes)
      .where(eq(testNotes.source, 'job'));
    expect(jobNotes.map((n) => n.body).sort()).toEqual(['Queued in the pause', 'heartbeat']);
  });
});
