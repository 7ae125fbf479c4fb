import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { applyMigrations, coreMigrations, createDb, type DbHandle, schema } from '@levain/db';
import { like } from 'drizzle-orm';
import { SessionService } from '../../src/auth/sessions';
import { createAccount } from '../../src/people/accounts';
import { scratchDatabase } from '../support/server-process';

export const globalId = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString('base64');
export const rawId = (id: string) => Buffer.from(id, 'base64').toString().split(':')[1]!;
export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Where a test's server keeps its data: a PostgreSQL database, or a PGlite folder when `url` is absent. */
export type Store = { url?: string; dataDir?: string };

/** Opens the store from the test process (a PGlite folder only while no server has it open). */
export async function openStore(store: Store): Promise<DbHandle> {
  const handle = await createDb(
    store.url ? { url: store.url, max: 2 } : { dataDir: `${store.dataDir}/pglite` },
  );
  await applyMigrations(handle, coreMigrations);
  return handle;
}

/** A place for a server's data, with the environment that points the server at it. */
export type Place = { store: Store; env: Record<string, string>; dataDir: string; remove(): Promise<void> };

/** The embedded PGlite of `pnpm start`, and PostgreSQL: a fault test runs on each. */
export const engines: { name: string; place(): Promise<Place> }[] = [
  {
    name: 'embedded PGlite',
    place: async () => {
      const dataDir = mkdtempSync(join(tmpdir(), 'levain-faults-'));
      return {
        store: { dataDir },
        env: { DATA_DIR: dataDir, DATABASE_URL: '' },
        dataDir,
        remove: async () => rmSync(dataDir, { recursive: true, force: true }),
      };
    },
  },
  {
    name: 'PostgreSQL',
    place: async () => {
      const database = await scratchDatabase('levain_faults');
      const dataDir = mkdtempSync(join(tmpdir(), 'levain-faults-'));
      return {
        store: { url: database.url },
        env: { DATA_DIR: dataDir, DATABASE_URL: database.url },
        dataDir,
        remove: async () => {
          await database.drop();
          rmSync(dataDir, { recursive: true, force: true });
        },
      };
    },
  },
];

/** The bodies of the posts saved in `store` that start with `prefix` and a space. */
export async function savedBodies(store: Store, prefix: string): Promise<Set<string>> {
  const handle = await openStore(store);
  try {
    const rows = await handle.db
      .select({ body: schema.posts.body })
      .from(schema.posts)
      .where(like(schema.posts.body, `${prefix} %`));
    return new Set(rows.map((row) => row.body));
  } finally {
    await handle.close();
  }
}

/** The requests of a load run that created a post, as the server acknowledged them. */
export const acknowledgedPosts = (outcomes: Outcome[]) =>
  outcomes.filter(
    (o) => o.status === 200 && o.body?.data?.createPost?.__typename === 'MutationCreatePostSuccess',
  );

export type Person = { id: string; email: string; cookie: string };

/**
 * A community with `count` members (the first is its animator), each with a session cookie, written
 * straight to the store before or beside the server.
 */
export async function communityWithMembers(store: Store, count: number, slug = 'resilience') {
  const handle = await openStore(store);
  try {
    const sessions = new SessionService(handle.db, 60 * 60_000);
    const { community, users } = await handle.db.transaction(async (tx) => {
      const users = [];
      for (let i = 0; i < count; i++)
        users.push(
          await createAccount(tx, {
            email: `person${i}.${slug}@faults.example`,
            name: `Person ${i} ${slug}`,
            locale: 'en',
          }),
        );
      const [community] = await tx
        .insert(schema.communities)
        .values({ slug, name: `Community ${slug}`, memberCount: count })
        .returning();
      await tx.insert(schema.communityMemberships).values(
        users.map((u, i) => ({
          communityId: community!.id,
          userId: u.id,
          role: i ? ('member' as const) : ('animator' as const),
        })),
      );
      return { community: community!, users };
    });
    const people: Person[] = [];
    for (const user of users)
      people.push({
        id: user.id,
        email: user.email,
        cookie: `levain_session=${(await sessions.create(user.id)).token}`,
      });
    return { communityId: globalId('Community', community.id), rawCommunityId: community.id, people };
  } finally {
    await handle.close();
  }
}

export type Answer = { status: number; body: any };

/** A GraphQL request as the web client sends it; throws on a network failure (no answer). */
export async function gql(
  origin: string,
  query: string,
  variables: object = {},
  cookie?: string,
  init: { signal?: AbortSignal } = {},
): Promise<Answer> {
  const response = await fetch(`${origin}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      origin,
      'accept-language': 'en',
      ...(cookie && { cookie }),
    },
    body: JSON.stringify({ query, variables }),
    signal: init.signal,
  });
  return { status: response.status, body: await response.json().catch(() => null) };
}

export const CREATE_POST = `mutation($input: CreatePostInput!) { createPost(input: $input) {
  __typename ... on MutationCreatePostSuccess { data { id status } } ... on Error { message } } }`;

/** One request of a load run and how it ended. */
export type Outcome = {
  key: string;
  startedAt: number;
  endedAt: number;
  /** HTTP status, or null when no answer came (connection refused or cut). */
  status: number | null;
  body?: any;
  error?: string;
};

/**
 * `workers` clients sending requests back to back until `running()` turns false; returns every
 * request's outcome. `send` gets a key unique to the request (worker and sequence number).
 */
export async function load(
  workers: number,
  running: () => boolean,
  send: (key: string) => Promise<Answer>,
  options: { pauseMs?: number } = {},
): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  await Promise.all(
    Array.from({ length: workers }, async (_, worker) => {
      for (let i = 0; running(); i++) {
        const key = `w${worker}-${i}`;
        const startedAt = Date.now();
        try {
          const answer = await send(key);
          outcomes.push({ key, startedAt, endedAt: Date.now(), status: answer.status, body: answer.body });
        } catch (error) {
          outcomes.push({ key, startedAt, endedAt: Date.now(), status: null, error: String(error) });
          // A refused connection answers at once: do not spin.
          await sleep(50);
        }
        if (options.pauseMs) await sleep(options.pauseMs);
      }
    }),
  );
  return outcomes;
}

/** Polls `probe` until `done` says so, or fails after `ms`. */
export async function until<T>(
  what: string,
  probe: () => Promise<T>,
  done: (value: T) => boolean,
  ms = 30_000,
) {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`gave up waiting for ${what}: ${JSON.stringify(value)}`);
    await sleep(250);
  }
}
