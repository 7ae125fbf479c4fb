import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { measureInitialJs } from '../../../web/scripts/initial-js';

const webDist = fileURLToPath(new URL('../../../web/dist', import.meta.url));

/** The feed route's initial JavaScript in kB (1000 bytes) gzipped, from the last `pnpm build`. */
export function initialJs(): number | undefined {
  if (!existsSync(webDist)) return undefined;
  return Math.round(measureInitialJs(webDist).totalGzipBytes / 100) / 10;
}
