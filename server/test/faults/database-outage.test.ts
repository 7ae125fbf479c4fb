import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  postgresServerUrl,
  type ServerProcess,
  scratchDatabase,
  startServerProcess,
} from '../support/server-process';
import {
  acknowledgedPosts,
  CREATE_POST,
  communityWithMembers,
  gql,
  load,
  type Person,
  savedBodies,
  sleep,
} from './support';
import { cuttableProxy } from './tcp-proxy';

/** How long the database is away: long enough for postgres-js to back off a few times. */
const OUTAGE_MS = 8_000;

let database: Awaited<ReturnType<typeof scratchDatabase>>;
let proxy: Awaited<ReturnType<typeof cuttableProxy>>;
let server: ServerProcess;
let communityId: string;
let people: Person[];

beforeAll(async () => {
  database = await scratchDatabase('levain_outage');
  ({ communityId, people } = await communityWithMembers({ url: database.url }, 6));
  const { hostname, port } = new URL(postgresServerUrl);
  proxy = await cuttableProxy({ host: hostname, port: Number(port || 5432) });
  server = await startServerProcess({ DATABASE_URL: proxy.through(database.url) });
});
afterAll(async () => {
  await server?.stop('SIGKILL');
  await proxy?.close();
  await database?.drop();
});

type Probe = { at: number; ms: number; status: number | null };

async function probe(url: string, init?: RequestInit): Promise<Probe & { response?: Response }> {
  const at = Date.now();
  const response = await fetch(url, { ...init, signal: AbortSignal.timeout(20_000) }).catch(() => undefined);
  return { at, ms: Date.now() - at, status: response?.status ?? null, response };
}

describe('the database stopped and started again under load', () => {
  it('answers 503 at once while it is away, recovers by itself, and keeps every acknowledged write', async () => {
    let running = true;
    const traffic = load(
      6,
      () => running,
      (key) =>
        Number(key.split('-')[1]) % 2
          ? gql(server.origin, '{ feed(first: 10) { edges { node { id } } } }', {}, people[2]!.cookie)
          : gql(
              server.origin,
              CREATE_POST,
              { input: { communityId, body: `outage ${key}` } },
              people[1]!.cookie,
            ),
      { pauseMs: 20 },
    );
    await sleep(1_500);

    const cutAt = Date.now();
    await proxy.cut();
    const readiness: Probe[] = [];
    while (Date.now() - cutAt < OUTAGE_MS) {
      readiness.push(await probe(`${server.origin}/readyz`));
      await sleep(200);
    }
    const attachment = await probe(`${server.origin}/api/attachments/${randomUUID()}`, {
      headers: { cookie: people[1]!.cookie, 'accept-language': 'fr' },
    });
    const restoredAt = Date.now();
    await proxy.restore();
    let ready: Probe;
    do ready = await probe(`${server.origin}/readyz`);
    while (ready.status !== 200 && Date.now() - restoredAt < 10_000);
    await sleep(1_500);
    running = false;
    const outcomes = await traffic;

    // The process lived through it and is ready again within a couple of seconds.
    expect(server.child.exitCode, server.output.join('')).toBeNull();
    expect(ready.status).toBe(200);
    expect(ready.at + ready.ms - restoredAt).toBeLessThan(3_000);
    // Readiness answered within a second, and said "not ready", the whole time the database was away.
    expect(readiness.filter((p) => p.status !== 503 || p.ms > 1_200)).toEqual([]);
    // A non-GraphQL route says "unavailable, retry" rather than failing.
    expect(attachment.status).toBe(503);
    expect(attachment.response!.headers.get('retry-after')).toBe('5');
    expect(await attachment.response!.json()).toMatchObject({ error: { code: 'SERVICE_UNAVAILABLE' } });

    const during = outcomes.filter((o) => o.endedAt > cutAt + 500 && o.startedAt < restoredAt);
    expect(during.length).toBeGreaterThan(10);
    // No request waited more than a few seconds, and each failure is the typed "retry" error.
    expect(Math.max(...during.map((o) => o.endedAt - o.startedAt))).toBeLessThan(4_000);
    const failed = outcomes.filter((o) => o.status !== 200 || o.body?.errors);
    expect(failed.filter((o) => o.status !== 503)).toEqual([]);
    expect(failed.filter((o) => o.body?.errors?.[0]?.extensions?.code !== 'SERVICE_UNAVAILABLE')).toEqual([]);
    expect(failed[0]!.body.errors[0].message).toBe(
      'The service is briefly unavailable. Try again in a few seconds.',
    );
    // Once it was back, requests succeeded again.
    const after = outcomes.filter((o) => o.startedAt > ready.at + ready.ms);
    expect(after.length).toBeGreaterThan(5);
    expect(after.filter((o) => o.status !== 200)).toEqual([]);

    const saved = await savedBodies({ url: database.url }, 'outage');
    const acknowledged = acknowledgedPosts(outcomes);
    expect(acknowledged.length).toBeGreaterThan(5);
    expect(acknowledged.filter((o) => !saved.has(`outage ${o.key}`))).toEqual([]);
  });
});
