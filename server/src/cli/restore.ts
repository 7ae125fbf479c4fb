import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { RestoreRefused, restoreBackup } from '../backup/archive';
import { loadConfig } from '../config';

/**
 * `pnpm db:restore <file> [--force]`: puts back the database and the uploads of a `pnpm db:backup`
 * archive. Stop the server first; what was in place is moved aside (PGlite, uploads) or, for a
 * PostgreSQL database that is not empty, replaced only with --force.
 */
const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { force: { type: 'boolean', default: false } },
});
if (!positionals[0]) {
  console.error('\nGive the archive to restore: pnpm db:restore levain-backup-….tar.gz\n');
  process.exit(1);
}
const config = loadConfig();
const archive = resolve(process.env.INIT_CWD ?? process.cwd(), positionals[0]);
try {
  const { manifest, setAside } = await restoreBackup(config, archive, { force: values.force });
  console.log(`Restored the backup of ${manifest.createdAt} (${manifest.uploads} uploaded files).`);
  for (const path of setAside) console.log(`What was there before is kept in ${path}`);
  console.log('Start the server: it applies any newer migrations.');
} catch (error) {
  const reason = error instanceof RestoreRefused || error instanceof Error ? error.message : String(error);
  console.error(`\nNothing restored: ${reason}\n`);
  process.exit(1);
}
