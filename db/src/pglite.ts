import fs from 'node:fs';
import { PGlite, type PGliteOptions } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { NodeFS } from '@electric-sql/pglite/nodefs';

/**
 * PGlite runs PostgreSQL with fsync off (`-F`), and its Emscripten file system has no fsync either:
 * a fault-injection run saw 0 fsync calls for 439 acknowledged writes, so an OS crash or power cut
 * could lose what the server had acknowledged. These files call fsync(2) when PostgreSQL asks
 * (`wal_sync_method=fsync`: Emscripten's fdatasync does nothing), on each commit: 200 single-row
 * inserts took 959 ms instead of 308 ms here, for 200 fsyncs instead of 0.
 */
type EmscriptenOptions = Parameters<NodeFS['init']>[1];

class DurableNodeFS extends NodeFS {
  override async init(pg: PGlite, opts: EmscriptenOptions) {
    const { emscriptenOpts } = await super.init(pg, opts);
    const syncFiles = (mod: object) => {
      const nodefs = (mod as unknown as { NODEFS: { stream_ops: Record<string, unknown> } }).NODEFS;
      nodefs.stream_ops.fsync = (stream: { nfd: number }) => fs.fsyncSync(stream.nfd);
    };
    return { emscriptenOpts: { ...emscriptenOpts, preRun: [...(emscriptenOpts.preRun ?? []), syncFiles] } };
  }
}

/**
 * PGlite's PostgreSQL sizes its buffer cache at 128 MB inside the WebAssembly memory (which never
 * shrinks): the server on the demo data (a 19 MB database) held ~460 MB at rest. 32 MB keeps the
 * whole memory at its 128 MB minimum; the demo database fits in it with room to spare.
 */
const SETTINGS = ['-c', 'shared_buffers=32MB'];

/**
 * The embedded database: in memory (`memory://`, tests) or durable in `dataDir`; from a copy made by
 * `dumpDataDir()` when `restoreFrom` is given (into an empty folder).
 */
export async function openPglite(dataDir: string, restoreFrom?: Blob): Promise<PGlite> {
  const extensions = { unaccent, pg_trgm };
  const inMemory = dataDir.startsWith('memory://');
  if (!inMemory) fs.mkdirSync(dataDir, { recursive: true });
  const options: PGliteOptions = inMemory
    ? { dataDir, startParams: [...PGlite.defaultStartParams, ...SETTINGS] }
    : {
        fs: new DurableNodeFS(dataDir),
        startParams: [
          ...PGlite.defaultStartParams.filter((param) => param !== '-F'),
          ...SETTINGS,
          '-c',
          'wal_sync_method=fsync',
        ],
      };
  return PGlite.create({ ...options, extensions, ...(restoreFrom && { loadDataDir: restoreFrom }) });
}
