import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import semver from 'semver';
import type { PluginSource } from './contract';
import type { PluginManifest } from './installed';

export const CORE_VERSION = '1.0.0';

type PackageJson = {
  name: string;
  version: string;
  levain?: { id?: string; core?: string; dependsOn?: string[] };
};

/** Reads an installed plugin package's manifest from its package.json, without running its code. */
export function pluginSourceFromPackage(packageName: string, resolveFrom: string): PluginSource {
  const require = createRequire(resolveFrom);
  return pluginSourceFromFolder(dirname(require.resolve(`${packageName}/package.json`)));
}

/** A plugin laid out like a package: package.json with a "levain" manifest, code in server/index.ts. */
export function pluginSourceFromFolder(folder: string): PluginSource {
  const pkg = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as PackageJson;
  if (!pkg.levain?.id || !pkg.levain.core)
    throw new Error(`${pkg.name}: package.json has no "levain" manifest`);
  const manifest: PluginManifest = {
    id: pkg.levain.id,
    version: pkg.version,
    core: pkg.levain.core,
    dependsOn: pkg.levain.dependsOn ?? [],
  };
  const entry = join(folder, 'server', 'index.ts');
  return {
    manifest,
    load: async () => (await import(entry)).default,
  };
}

/** Orders plugins so each comes after what it depends on; a missing dependency or a cycle stops the boot. */
export function orderPlugins(sources: PluginSource[]): PluginSource[] {
  const byId = new Map<string, PluginSource>();
  for (const source of sources) {
    if (byId.has(source.manifest.id)) throw new Error(`Plugin "${source.manifest.id}" is installed twice`);
    byId.set(source.manifest.id, source);
  }
  const ordered: PluginSource[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (source: PluginSource, path: string[]) => {
    const id = source.manifest.id;
    if (state.get(id) === 'done') return;
    if (state.get(id) === 'visiting')
      throw new Error(`Plugin dependency cycle: ${[...path, id].join(' → ')}`);
    state.set(id, 'visiting');
    for (const dep of source.manifest.dependsOn ?? []) {
      const target = byId.get(dep);
      if (!target) throw new Error(`Plugin "${id}" depends on "${dep}", which is not installed`);
      visit(target, [...path, id]);
    }
    state.set(id, 'done');
    ordered.push(source);
  };
  for (const source of [...sources].sort((a, b) => a.manifest.id.localeCompare(b.manifest.id)))
    visit(source, []);
  return ordered;
}

export function assertCompatible(manifest: PluginManifest): void {
  if (!/^[a-z][a-z0-9-]*$/.test(manifest.id))
    throw new Error(`Plugin id "${manifest.id}" must be lower-case kebab-case`);
  if (!semver.satisfies(CORE_VERSION, manifest.core)) {
    throw new Error(`Plugin "${manifest.id}" needs core ${manifest.core}; this is core ${CORE_VERSION}`);
  }
}
