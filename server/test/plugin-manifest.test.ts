import { describe, expect, it } from 'vitest';
import type { PluginManifest, PluginSource } from '../src/plugin-host/contract';
import { type HostDeps, PluginHost } from '../src/plugin-host/host';
import { assertCompatible, CORE_VERSION, orderPlugins } from '../src/plugin-host/manifest';
import { testPluginSource } from './support/test-plugin/source';

const plugin = (id: string, dependsOn: string[] = [], core = '^1.0.0'): PluginSource => ({
  manifest: { id, version: '1.0.0', core, dependsOn },
  load: () => {
    throw new Error('a manifest check must not run plugin code');
  },
});
const ids = (sources: PluginSource[]) => sources.map((s) => s.manifest.id);

describe('plugin manifests', () => {
  it('are read from package.json without running the plugin', () => {
    expect(testPluginSource.manifest).toEqual<PluginManifest>({
      id: 'test',
      version: '0.1.0',
      core: '^1.0.0',
      dependsOn: [],
    });
  });

  it('load each plugin after the plugins it depends on, whatever the listed order', () => {
    const ordered = ids(
      orderPlugins([
        plugin('reports', ['pulse', 'cm-network']),
        plugin('pulse', ['cm-network']),
        plugin('charter'),
        plugin('cm-network'),
      ]),
    );
    expect(ordered.indexOf('cm-network')).toBeLessThan(ordered.indexOf('pulse'));
    expect(ordered.indexOf('pulse')).toBeLessThan(ordered.indexOf('reports'));
    expect(ordered).toHaveLength(4);
    expect(ids(orderPlugins([plugin('b'), plugin('a')]))).toEqual(
      ids(orderPlugins([plugin('a'), plugin('b')])),
    );
  });

  it('stop the boot on a dependency cycle, naming it', () => {
    expect(() => orderPlugins([plugin('a', ['b']), plugin('b', ['c']), plugin('c', ['a'])])).toThrow(
      'Plugin dependency cycle: a → b → c → a',
    );
    expect(() => orderPlugins([plugin('solo', ['solo'])])).toThrow('Plugin dependency cycle: solo → solo');
  });

  it('stop the boot when a dependency is not installed', () => {
    expect(() => orderPlugins([plugin('pulse', ['cm-network'])])).toThrow(
      'Plugin "pulse" depends on "cm-network", which is not installed',
    );
  });

  it('stop the boot when the same plugin is listed twice', () => {
    expect(() => orderPlugins([plugin('pulse'), plugin('pulse')])).toThrow(
      'Plugin "pulse" is installed twice',
    );
  });

  it('stop the boot when the core version is outside the plugin’s range', () => {
    expect(CORE_VERSION).toBe('1.0.0');
    expect(() => assertCompatible(plugin('pulse', [], '^1.0.0').manifest)).not.toThrow();
    expect(() => assertCompatible(plugin('pulse', [], '>=1.0.0 <1.1.0').manifest)).not.toThrow();
    expect(() => assertCompatible(plugin('future', [], '^2.0.0').manifest)).toThrow(
      'Plugin "future" needs core ^2.0.0; this is core 1.0.0',
    );
    expect(() => assertCompatible(plugin('Bad_Id').manifest)).toThrow('must be lower-case kebab-case');
  });

  it('are all checked before any plugin code runs or migrates', async () => {
    const boot = PluginHost.start([plugin('charter'), plugin('future', [], '^2.0.0')], {
      handle: {},
    } as HostDeps);
    await expect(boot).rejects.toThrow('Plugin "future" needs core ^2.0.0');
  });
});
