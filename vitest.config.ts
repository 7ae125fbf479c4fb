import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // graphql 16 has no "exports" map: Node loads its CommonJS build for our dependencies (Pothos, yoga),
    // so our own code must get the same instance rather than Vite's pick of index.mjs.
    alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }],
  },
  test: {
    include: ['{db,server,seed,app,plugins/*}/test/**/*.test.ts', 'bench/test/**/*.test.ts'],
    // The fault suite kills and cuts off real processes for minutes: `pnpm test:faults`.
    exclude: ['**/node_modules/**', 'server/test/faults/**'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Migrates the core schema once: each test file's database starts from that copy.
    globalSetup: ['db/test/template.ts'],
    pool: 'forks',
    maxWorkers: 2,
    env: { NODE_ENV: 'test' },
  },
});
