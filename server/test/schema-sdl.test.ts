import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { installedPlugins } from '../src/plugins';
import { buildSchema } from '../src/schema';
import { printSchemaSDL } from '../src/schema/print';
import { createTestApp, type TestApp } from './support/harness';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp({ plugins: installedPlugins() });
});
afterAll(() => app.close());

it('server/schema.graphql matches the schema the code builds (run `pnpm schema:print` after changing it)', () => {
  const committed = readFileSync(new URL('../schema.graphql', import.meta.url), 'utf8');
  expect(printSchemaSDL(buildSchema(app.host))).toBe(committed);
});
