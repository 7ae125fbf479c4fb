/// <reference types="node" />
/**
 * The feed route's initial JavaScript: what a browser opening "/" fetches before the feed can
 * show, read from Vite's build manifest. Run after `pnpm build`:
 *   tsx web/scripts/initial-js.ts [distDir]
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

/** zlib's default level, the one `vite build` uses for the "gzip:" column, so both agree. */
export const GZIP_LEVEL = 6;
/**
 * What main.ts starts loading besides the entry: the feed's page (src/pages/routes.ts) and the
 * texts of one language (src/lib/i18n), French, the longer of the two.
 */
const STARTED = ['src/pages/Home.svelte', 'src/lib/i18n/fr.ts'];

type ManifestChunk = { file: string; isEntry?: boolean; imports?: string[] };
export type InitialJs = {
  route: string;
  files: { file: string; bytes: number; gzipBytes: number }[];
  totalGzipBytes: number;
};

/** The entry chunk, the chunks it starts loading, and every chunk they import statically, transitively. */
export function measureInitialJs(distDir: string): InitialJs {
  const manifest = JSON.parse(readFileSync(join(distDir, '.vite', 'manifest.json'), 'utf8')) as Record<
    string,
    ManifestChunk
  >;
  const entry = Object.keys(manifest).find((key) => manifest[key]!.isEntry);
  if (!entry) throw new Error(`No entry chunk in ${distDir}/.vite/manifest.json`);
  const missing = STARTED.filter((key) => !manifest[key]);
  if (missing.length) throw new Error(`Not chunks of this build: ${missing.join(', ')}`);

  const seen = new Set<string>();
  const visit = (key: string): void => {
    if (seen.has(key)) return;
    seen.add(key);
    for (const imported of manifest[key]!.imports ?? []) visit(imported);
  };
  for (const key of [entry, ...STARTED]) visit(key);

  const files = [...seen].map((key) => {
    const file = manifest[key]!.file;
    const code = readFileSync(join(distDir, file));
    return { file, bytes: code.length, gzipBytes: gzipSync(code, { level: GZIP_LEVEL }).length };
  });
  return { route: '/', files, totalGzipBytes: files.reduce((sum, f) => sum + f.gzipBytes, 0) };
}

const kB = (bytes: number): string => (bytes / 1000).toFixed(2).padStart(9);

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const distDir = resolve(process.argv[2] ?? fileURLToPath(new URL('../dist', import.meta.url)));
  const result = measureInitialJs(distDir);
  console.log(
    `Initial JavaScript of the feed route "${result.route}" (gzip level ${GZIP_LEVEL}, kB = 1000 B)`,
  );
  console.log(`${'file'.padEnd(44)}${'raw kB'.padStart(9)}${'gzip kB'.padStart(9)}`);
  for (const f of result.files) console.log(`${f.file.padEnd(44)}${kB(f.bytes)}${kB(f.gzipBytes)}`);
  const raw = result.files.reduce((sum, f) => sum + f.bytes, 0);
  console.log(`${'total'.padEnd(44)}${kB(raw)}${kB(result.totalGzipBytes)}`);
  console.log(JSON.stringify(result));
}
