import installed from 'virtual:levain-plugins';
import type { Component } from 'svelte';
import { query } from '../graphql/api';
import { graphql } from '../graphql/graphql';
import { subscribe } from '../graphql/subscriptions';
import { matchPath } from '../router/paths';
import { session } from '../session/session.svelte';
import type { SlotId, SlotProps, WebPlugin, WebPluginRoute } from './contract';

const webPlugins: readonly WebPlugin[] = installed satisfies readonly WebPlugin[];

const PluginStates = graphql(`
  query PluginStates { plugins { id enabled } }
`);

const PluginToggled = graphql(`
  subscription PluginToggled { pluginToggled { id enabled } }
`);

/** A plugin page with its URL in this app. */
export type MountedRoute = WebPluginRoute & { pluginId: string; url: string };

/**
 * A plugin's pages live under its id so plugins never collide with the core or each other:
 * "/<id><path>", or "/admin/<id><path>" for pages listed in the admin area's navigation.
 */
function mount(plugin: WebPlugin, route: WebPluginRoute): MountedRoute {
  const base = route.nav === 'admin' ? `/admin/${plugin.id}` : `/${plugin.id}`;
  const rest = route.path === '/' ? '' : route.path.startsWith('/') ? route.path : `/${route.path}`;
  return { ...route, pluginId: plugin.id, url: base + rest };
}

/** Installed web plugins, filtered by the enabled flags the server reports (live, over SSE). */
class PluginRegistry {
  /** Plugin id → enabled. Unknown until loaded: plugin UI stays hidden until the server says. */
  private enabled = $state<Record<string, boolean>>({});
  private stop: (() => void) | null = null;
  /** Whether the flags have arrived, so an unknown URL is a 404 and not a plugin page still loading. */
  loaded = $state(false);

  active = $derived(webPlugins.filter((plugin) => this.enabled[plugin.id] === true));
  routes = $derived(this.active.flatMap((plugin) => (plugin.routes ?? []).map((r) => mount(plugin, r))));

  async load(): Promise<void> {
    const data = await query(PluginStates, {});
    this.enabled = Object.fromEntries(data.plugins.map((p) => [p.id, p.enabled]));
    this.loaded = true;
    this.stop ??= subscribe(PluginToggled, {}, ({ pluginToggled }) => {
      this.enabled = { ...this.enabled, [pluginToggled.id]: pluginToggled.enabled };
    });
  }

  /** After sign-out: forget the flags and close the live connection. */
  reset(): void {
    this.stop?.();
    this.stop = null;
    this.enabled = {};
    this.loaded = false;
  }

  /** Called when an admin toggles a plugin here, before the event comes back over SSE. */
  setEnabled(id: string, enabled: boolean): void {
    this.enabled = { ...this.enabled, [id]: enabled };
  }

  slot(id: SlotId): { pluginId: string; component: Component<SlotProps> }[] {
    return this.active.flatMap((plugin) => {
      const component = plugin.slots?.[id];
      return component ? [{ pluginId: plugin.id, component }] : [];
    });
  }

  match(pathname: string): MountedRoute | null {
    return this.routes.find((route) => matchPath(route.url, pathname)) ?? null;
  }

  /** A route opens for those holding its permission, which must be one of its own plugin's. */
  allows(route: MountedRoute): boolean {
    return route.permission.startsWith(`${route.pluginId}:`) && session.can(route.permission);
  }

  nav(kind: 'main' | 'admin'): MountedRoute[] {
    return this.routes.filter((route) => route.nav === kind && this.allows(route));
  }
}

export const plugins = new PluginRegistry();
