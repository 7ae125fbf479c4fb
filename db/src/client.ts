import type { PgAsyncDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import { openPglite } from './pglite';
import { relations } from './schema/relations';

export type Relations = typeof relations;
export type Db = PgAsyncDatabase<PgQueryResultHKT, Relations>;
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

export type DbHandle = {
  db: Db;
  kind: 'pglite' | 'postgres';
  /** Runs raw SQL text with several statements (migrations of plugins, test setup). */
  exec(sqlText: string): Promise<void>;
  /**
   * PGlite only: its data folder as a gzipped tar, taken while no statement runs (a crash-consistent
   * copy, as a file-system snapshot would be) — the one way to copy it while the server has it open.
   */
  dumpDataDir?(): Promise<Blob>;
  close(): Promise<void>;
};

export type DbOptions = {
  /** postgres://… — when absent the embedded PGlite database is used. */
  url?: string;
  /** Folder for PGlite's files; `memory://` keeps everything in memory (tests). */
  dataDir?: string;
  /** Pool size for postgres-js. */
  max?: number;
  /** Called with every SQL statement sent and its parameters (tests and Server-Timing count statements). */
  onQuery?: (sql: string, params: unknown[]) => void;
  /**
   * PostgreSQL stops a statement running longer than this (`statement_timeout`); none when absent.
   * The server sets one so a request never waits on the database for long.
   */
  statementTimeoutMs?: number;
  /** PGlite only: start from this copy of a data folder (`dumpDataDir()`) instead of an empty one. */
  restoreFrom?: Blob;
};

/** A server that does not accept a connection within this is taken as down (postgres-js waits 30 s). */
const CONNECT_TIMEOUT_SECONDS = 3;
/**
 * Seconds before reconnecting after a failed attempt. postgres-js backs off up to 20 s, so requests
 * queued at the start of an outage waited up to 46 s, and the first ones after it waited too; an
 * attempt to a stopped server costs one refused connection.
 */
const reconnectDelay = (attempts: number) => Math.min(0.1 * 2 ** attempts, 1) * (0.5 + Math.random() / 2);

const logger = (onQuery?: DbOptions['onQuery']) =>
  onQuery ? { logQuery: (q: string, params: unknown[]) => onQuery(q, params) } : undefined;

export async function createDb(options: DbOptions = {}): Promise<DbHandle> {
  if (options.url) {
    const client = postgres(options.url, {
      max: options.max ?? 10,
      onnotice: () => {},
      connect_timeout: CONNECT_TIMEOUT_SECONDS,
      backoff: reconnectDelay,
      // A connection whose server vanished without closing it (a network cut) is noticed in ~20 s.
      keep_alive: 10,
      connection: {
        // Our queries are short, but their correlated subqueries inflate plan costs past PostgreSQL's
        // JIT threshold: compiling them took up to 2 s for a 30 ms home feed on the benchmark database.
        jit: 'off',
        ...(options.statementTimeoutMs && { statement_timeout: options.statementTimeoutMs }),
      },
    });
    preparing(client);
    const db = drizzlePostgres({ client, relations, logger: logger(options.onQuery) }) as unknown as Db;
    return {
      db,
      kind: 'postgres',
      exec: async (text) => {
        await client.unsafe(text);
      },
      close: () => client.end({ timeout: 5 }),
    };
  }
  const client = await openPglite(options.dataDir ?? './.data/pglite', options.restoreFrom);
  const db = drizzlePglite({ client, relations, logger: logger(options.onQuery) }) as unknown as Db;
  return {
    db,
    kind: 'pglite',
    exec: async (text) => {
      await client.exec(text);
    },
    dumpDataDir: () => client.dumpDataDir('gzip'),
    close: () => client.close(),
  };
}

/**
 * Put first in a statement whose best plan depends on its values (search: a rare word reads its
 * index, a common one the most recent rows): PostgreSQL plans it again each time.
 */
export const PLANNED_FOR_ITS_VALUES = '/* planned for its values */ ';

/**
 * Drizzle sends each statement unnamed, so PostgreSQL planned it again every time: planning the
 * home feed cost as much as running it (8 ms). As named prepared statements (postgres-js keeps them
 * per connection, by text, until the connection is recycled), PostgreSQL keeps a plan once a
 * generic one costs no more than custom ones; the benchmark's PostgreSQL CPU per home feed fell by
 * a third. Statements inside transactions (writes) go through another client and stay unnamed.
 */
function preparing(client: postgres.Sql) {
  const unsafe = client.unsafe.bind(client);
  client.unsafe = ((query: string, args?: unknown[], options?: postgres.UnsafeQueryOptions) =>
    unsafe(query, args as postgres.ParameterOrJSON<never>[], {
      ...options,
      prepare: !query.startsWith(PLANNED_FOR_ITS_VALUES),
    })) as typeof client.unsafe;
}
