import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { can, type Viewer } from '../src/plugin-host/contract';
import { createTestApp, type TestApp } from './support/harness';
import { testNotes } from './support/test-plugin/db/schema';
import { rowsOf, testPluginSource } from './support/test-plugin/source';

const ADD_NOTE = `mutation($body: String!) {
  addTestNote(body: $body) {
    __typename
    ... on MutationAddTestNoteSuccess { data { body source } }
    ... on Error { code message }
    ... on ValidationError { issues { field message } }
  }
}`;
const NOTES = '{ testNotes { body source } me { testNoteCount } }';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp({ plugins: [testPluginSource] });
});
afterAll(() => app.close());

describe('a plugin extends the core through the contract', () => {
  it('migrates its own table, tracked in its own __migrations_test table', async () => {
    const tracked = rowsOf<{ n: number }>(
      await app.services.db.execute(sql`select count(*)::int as n from drizzle.__migrations_test`),
    );
    expect(tracked[0]!.n).toBe(1);
    const tables = rowsOf<{ name: string }>(
      await app.services.db.execute(
        sql`select table_name as name from information_schema.tables where table_name like 'test\\_%'`,
      ),
    );
    expect(tables.map((t) => t.name)).toEqual(['test_notes']);
  });

  it('adds a mutation, a query and a field on the core User type', async () => {
    const chief = await app.signedIn(['chief_cm']);
    const added = await chief.data(ADD_NOTE, { body: 'Kick-off on Monday' });
    expect(added.addTestNote).toEqual({
      __typename: 'MutationAddTestNoteSuccess',
      data: { body: 'Kick-off on Monday', source: 'mutation' },
    });
    expect(await chief.data(NOTES)).toEqual({
      testNotes: [{ body: 'Kick-off on Monday', source: 'mutation' }],
      me: { testNoteCount: 1 },
    });
  });

  it('decides its own permission with can(): a member may not write notes', async () => {
    const member = await app.signedIn();
    const result = await member.data(ADD_NOTE, { body: 'hello' });
    expect(result.addTestNote).toEqual({
      __typename: 'NotAllowedError',
      code: 'NOT_ALLOWED',
      message: 'You are not allowed to do this.',
    });
    expect(await member.data(NOTES)).toEqual({ testNotes: [], me: { testNoteCount: 0 } });

    const admin: Viewer = {
      id: 'admin-id',
      name: 'Camille Martin',
      email: 'admin@example.com',
      roles: new Set(['admin']),
      orgUnitId: null,
      locale: 'fr',
      timeZone: 'Europe/Paris',
    };
    expect(can(admin, 'test:write-note')).toBe(true);
    expect(can({ ...admin, roles: new Set(['hr']) }, 'test:write-note')).toBe(false);
  });

  it('answers with its own messages in the viewer’s language', async () => {
    const chief = await app.signedIn(['chief_cm'], { locale: 'fr' });
    const result = await chief.data(ADD_NOTE, { body: 'URGENT' });
    expect(result.addTestNote).toMatchObject({
      __typename: 'ValidationError',
      issues: [{ field: 'body', message: 'Écrivez sans tout mettre en majuscules.' }],
    });
    const english = await app.signedIn(['chief_cm']);
    expect((await english.data(ADD_NOTE, { body: 'URGENT' })).addTestNote.issues).toEqual([
      { field: 'body', message: 'Please do not write in capitals only.' },
    ]);
  });

  it('reacts to the core’s user.updated event after the change is committed', async () => {
    const person = await app.signedIn();
    await person.data('mutation { updateProfile(input: { title: "Buyer" }) { __typename } }');
    await app.services.events.settled();
    expect((await person.data(NOTES)).testNotes).toEqual([{ body: 'profile updated', source: 'event' }]);
  });

  it('exports and erases what it stores about one person, and only that person', async () => {
    const chief = await app.signedIn(['chief_cm']);
    const colleague = await app.signedIn(['chief_cm']);
    await chief.data(ADD_NOTE, { body: 'My note' });
    await colleague.data(ADD_NOTE, { body: 'Their note' });

    const exported = await app.services.host.exportPersonalData(chief.user.id);
    expect(exported.test).toEqual({
      notes: [{ body: 'My note', source: 'mutation', createdAt: expect.any(String) }],
    });

    await app.services.host.erasePersonalData(chief.user.id);
    expect((await chief.data(NOTES)).testNotes).toEqual([]);
    expect((await colleague.data(NOTES)).testNotes).toEqual([{ body: 'Their note', source: 'mutation' }]);
    expect(await app.services.db.$count(testNotes)).toBeGreaterThan(0);
  });
});
