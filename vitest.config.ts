import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['{db,server,plugins/*}/test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    maxWorkers: 2,
    env: { NODE_ENV: 'test' },
  },
});
