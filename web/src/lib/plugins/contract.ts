import type { Component } from 'svelte';
export type Localised = { fr: string; en: string };
export type SlotProps = {
  locale: 'fr' | 'en';
  viewer: { id: string; name: string; roles: string[] };
  // biome-ignore lint/suspicious/noExplicitAny: plugins bring their own documents and result types
  graphql: <T = any>(query: string, variables?: Record<string, unknown>) => Promise<T>;
  /** What the slot is about, for slots that are about something (`moderation.notice/v1`: noticeId, action). */
  context?: Readonly<Record<string, string>>;
}; // read-only
export type WebPluginRoute = {
  path: string;
  title: Localised;
  /**
   * One of the plugin's own permissions ("pulse:manage"): only people who hold it see the page and
   * its menu entry. Its GraphQL fields check it again.
   */
  permission: string;
  nav?: 'main' | 'admin';
  component: () => Promise<{ default: Component<SlotProps> }>;
};
/** `home.feed-top/v1`: above the composer, for what the person should do first (a pulse to answer). */
/** `moderation.notice/v1`: under a moderation decision on the author's notices page (an appeal). */
export type SlotId =
  | 'home.feed-top/v1'
  | 'home.widgets/v1'
  | 'profile.sidebar/v1'
  | 'admin.dashboard/v1'
  | 'moderation.notice/v1';
export type WebPlugin = {
  id: string;
  routes?: WebPluginRoute[];
  slots?: Partial<Record<SlotId, Component<SlotProps>>>;
};
