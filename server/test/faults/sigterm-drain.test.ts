import { request } from 'node:http';
import { schema } from '@levain/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ServerProcess, scratchDatabase, startServerProcess } from '../support/server-process';
import {
  CREATE_POST,
  communityWithMembers,
  globalId,
  gql,
  load,
  openStore,
  type Person,
  savedBodies,
  sleep,
} from './support';

let database: Awaited<ReturnType<typeof scratchDatabase>>;
let server: ServerProcess;
let communityId: string;
let people: Person[];

beforeAll(async () => {
  database = await scratchDatabase('levain_sigterm');
  ({ communityId, people } = await communityWithMembers({ url: database.url }, 8));
  server = await startServerProcess({
    DATABASE_URL: database.url,
    SHUTDOWN_DELAY_SECONDS: '1',
    SHUTDOWN_GRACE_SECONDS: '15',
  });
});
afterAll(async () => {
  await server?.stop('SIGKILL');
  await database?.drop();
});

describe('SIGTERM under a write burst', () => {
  it('says it is not ready, answers every request it received, loses no write and no impression', async () => {
    const readiness = () => fetch(`${server.origin}/readyz`).then((r) => r.status);
    expect(await readiness()).toBe(200);
    // An upload whose body is still arriving when SIGTERM comes: a request in flight the drain must wait for.
    const boundary = 'levain-drain';
    const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="notes.txt"\r\nContent-Type: text/plain\r\n\r\n`;
    const rest = `Compte rendu du comité.\r\n--${boundary}--\r\n`;
    const upload = request({
      host: '127.0.0.1',
      port: server.port,
      method: 'POST',
      path: '/api/attachments',
      headers: {
        cookie: people[0]!.cookie,
        origin: server.origin,
        'x-levain-csrf': '1',
        'content-type': `multipart/form-data; boundary=${boundary}`,
        'content-length': Buffer.byteLength(head + rest),
      },
    });
    const uploaded = new Promise<number | null>((resolve) => {
      upload.on('response', (res) => {
        res.resume();
        resolve(res.statusCode ?? null);
      });
      upload.on('error', () => resolve(null));
    });
    upload.write(head);

    let sending = true;
    let sigtermAt = 0;
    const burst = load(
      16,
      () => sending,
      (key) =>
        gql(server.origin, CREATE_POST, { input: { communityId, body: `drain ${key}` } }, people[1]!.cookie),
    );
    await sleep(1_500);
    const feed = await gql(
      server.origin,
      '{ feed(first: 5) { edges { node { id } } } }',
      {},
      people[2]!.cookie,
    );
    const seen = feed.body.data.feed.edges.map((e: { node: { id: string } }) => e.node.id);
    sigtermAt = Date.now();
    server.child.kill('SIGTERM');
    await sleep(300);
    // Still answering during SHUTDOWN_DELAY_SECONDS, but telling load balancers to stop sending.
    const readinessWhileDraining = await readiness();
    // Posts seen by a reader while the server stops: buffered, and written before it exits.
    const recorded = await gql(
      server.origin,
      'mutation($ids: [ID!]!) { recordImpressions(postIds: $ids) { __typename } }',
      { ids: seen },
      people[2]!.cookie,
    );
    await sleep(1_000);
    upload.end(rest);
    const exit = await server.exited;
    sending = false;
    const outcomes = await burst;

    expect(exit).toEqual({ code: 0, signal: null });
    expect(await uploaded).toBe(201);
    expect(readinessWhileDraining).toBe(503);
    expect(recorded.body.data.recordImpressions.__typename).toBe('MutationRecordImpressionsSuccess');

    const answered = outcomes.filter((o) => o.status !== null);
    expect(answered.filter((o) => o.status !== 200 || o.body?.errors)).toEqual([]);
    expect(answered.every((o) => o.body.data.createPost.__typename === 'MutationCreatePostSuccess')).toBe(
      true,
    );
    // Requests running when SIGTERM came were answered, not cut.
    expect(answered.filter((o) => o.startedAt < sigtermAt && o.endedAt > sigtermAt).length).toBeGreaterThan(
      0,
    );

    const saved = await savedBodies({ url: database.url }, 'drain');
    const handle = await openStore({ url: database.url });
    const impressions = await handle.db
      .select({ postId: schema.postImpressions.postId })
      .from(schema.postImpressions)
      .where(eq(schema.postImpressions.userId, people[2]!.id));
    await handle.close();
    expect(impressions.map((i) => globalId('Post', i.postId)).sort()).toEqual([...seen].sort());
    // Every write acknowledged is there; every request left without an answer was never run.
    expect(answered.filter((o) => !saved.has(`drain ${o.key}`))).toEqual([]);
    const unanswered = outcomes.filter((o) => o.status === null);
    expect(unanswered.filter((o) => saved.has(`drain ${o.key}`))).toEqual([]);
    expect(saved.size).toBe(answered.length);
  });
});
