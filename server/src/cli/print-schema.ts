import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createDb } from '@levain/db';
import { buildApp } from '../app';
import { loadConfig } from '../config';
import { installedPlugins } from '../plugins';
import { buildSchema } from '../schema';
import { printSchemaSDL } from '../schema/print';

/** Writes server/schema.graphql from the code (core and installed plugins). */
const handle = await createDb({ dataDir: 'memory://' });
const app = await buildApp({ config: { ...loadConfig(), env: 'test' }, plugins: installedPlugins(), handle });
const target = fileURLToPath(new URL('../../schema.graphql', import.meta.url));
writeFileSync(target, printSchemaSDL(buildSchema(app.host)));
await app.close();
await handle.close();
console.log(`wrote ${target}`);
