import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { PluginSource } from './plugin-host/contract';
import { pluginSourceFromPackage } from './plugin-host/manifest';

const rootPackageJson = fileURLToPath(new URL('../../package.json', import.meta.url));

/** The plugins this distribution installs: the root package.json's "levain.plugins", or LEVAIN_PLUGINS. */
export function installedPlugins(env: NodeJS.ProcessEnv = process.env): PluginSource[] {
  const listed = env.LEVAIN_PLUGINS
    ? env.LEVAIN_PLUGINS.split(',')
        .map((p) => p.trim())
        .filter(Boolean)
    : ((JSON.parse(readFileSync(rootPackageJson, 'utf8')) as { levain?: { plugins?: string[] } }).levain
        ?.plugins ?? []);
  return listed.map((name) => pluginSourceFromPackage(name, rootPackageJson));
}
