import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import root from '../../../vitest.config';

/**
 * The fault suite (`pnpm test:faults`): real server processes killed, stopped and cut off from
 * PostgreSQL and Redis. Its files run one after the other — each already runs several processes on
 * a machine whose cores the other suites share — and it is kept out of `pnpm test` for its minutes.
 */
export default defineConfig({
  root: fileURLToPath(new URL('../../..', import.meta.url)),
  resolve: root.resolve,
  test: {
    include: ['server/test/faults/**/*.test.ts'],
    pool: 'forks',
    maxWorkers: 1,
    testTimeout: 180_000,
    hookTimeout: 120_000,
    env: { NODE_ENV: 'test' },
  },
});
