import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { writeBackup } from '../backup/archive';
import { loadConfig } from '../config';

/**
 * `pnpm db:backup [file]`: the database (PGlite or DATABASE_URL) and DATA_DIR/uploads in one archive,
 * while the server runs or not. Default file: levain-backup-<date>.tar.gz where the command was run.
 */
const { positionals } = parseArgs({ allowPositionals: true });
const config = loadConfig();
const here = process.env.INIT_CWD ?? process.cwd();
const stamp = new Date().toISOString().replace(/[:.]/g, '-');
const out = resolve(here, positionals[0] ?? `levain-backup-${stamp}.tar.gz`);
try {
  const manifest = await writeBackup(config, out);
  const database =
    manifest.database === 'pglite' ? `PGlite in ${config.dataDir}` : 'PostgreSQL (DATABASE_URL)';
  console.log(`Backup written to ${out}: ${database} and ${manifest.uploads} uploaded files.`);
} catch (error) {
  console.error(`\nNo backup written: ${error instanceof Error ? error.message : error}\n`);
  process.exit(1);
}
