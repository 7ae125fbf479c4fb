import { createDb, type DbHandle } from '@levain/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type App, buildApp } from '../src/app';
import { createTestApp, type TestApp } from './support/harness';
import { testNotes } from './support/test-plugin/db/schema';
import { testPluginSource } from './support/test-plugin/source';

let app: TestApp;
/** A second app instance on the same database, as a second replica behind a load balancer. */
let replica: App;
let replicaHandle: DbHandle | null = null;

beforeAll(async () => {
  app = await createTestApp({ plugins: [testPluginSource] });
  // On PostgreSQL the replica gets its own connection pool; PGlite has one connection to share.
  const url = (app.services.handle as DbHandle & { url?: string }).url;
  if (url) replicaHandle = await createDb({ url, max: 5 });
  replica = await buildApp({
    config: app.services.config,
    plugins: [testPluginSource],
    handle: replicaHandle ?? app.services.handle,
  });
});
afterAll(async () => {
  await replica.close();
  await replicaHandle?.close();
  await app.close();
});

const notesWith = (body: string) => app.services.db.$count(testNotes, eq(testNotes.body, body));

describe('plugin jobs across replicas', () => {
  it('runs a recurring job once per period when two replicas tick at the same moment', async () => {
    const now = new Date();
    await Promise.all([app.services.jobs.runDue(now), replica.services.jobs.runDue(now)]);
    expect(await notesWith('heartbeat')).toBe(1);

    await Promise.all([app.services.jobs.runDue(now), replica.services.jobs.runDue(now)]);
    expect(await notesWith('heartbeat')).toBe(1);
  });

  it('runs each enqueued job exactly once when both replicas claim work concurrently', async () => {
    const person = await app.createUser();
    for (let i = 0; i < 30; i++)
      await app.services.jobs.enqueue('test.copy-note', { userId: person.id, body: `copy ${i}` });

    // Each tick claims at most 20 jobs: four concurrent ticks have room for all 30, twice over.
    await Promise.all([
      app.services.jobs.runDue(),
      replica.services.jobs.runDue(),
      app.services.jobs.runDue(),
      replica.services.jobs.runDue(),
    ]);
    const bodies = (
      await app.services.db
        .select({ body: testNotes.body })
        .from(testNotes)
        .where(eq(testNotes.userId, person.id))
    ).map((n) => n.body);
    expect(bodies.sort()).toEqual(Array.from({ length: 30 }, (_, i) => `copy ${i}`).sort());
  });
});
