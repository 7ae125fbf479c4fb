/**
 * The web plugin contract, published as `@levain/web/plugin`: types and pure helpers only, no app
 * state. A plugin's `web/index.ts` default-exports `defineWebPlugin({ … })`; its components receive
 * `SlotProps`.
 */
import type { TadaDocumentNode } from 'gql.tada';
import type { Component } from 'svelte';
import { formatMessage, type MessageParams } from '../i18n/format';

export { graphql, type ResultOf, type VariablesOf } from '../graphql/graphql';
export type { MessageParams };

export type Locale = 'fr' | 'en';
export type Localised = { fr: string; en: string };

/**
 * Runs a document written with `graphql(…)` from this module, typed against server/schema.graphql
 * (the printed schema holds the installed plugins' fields). Rejects with an `ApiError` (code, message).
 */
export type PluginGraphQL = {
  <Result, Variables extends Record<string, unknown>>(
    document: TadaDocumentNode<Result, Variables>,
    ...variables: Record<string, never> extends Variables ? [Variables?] : [Variables]
  ): Promise<Result>;
  /** @deprecated An untyped document string: write it with `graphql(…)` instead. */
  <Result = unknown>(document: string, variables?: Record<string, unknown>): Promise<Result>;
};

/** What the web client gives plugin pages and slot components (frozen: read, never change). */
export type SlotProps = {
  locale: Locale;
  viewer: { id: string; name: string; roles: string[] };
  /**
   * Whether the viewer holds this place (`viewerPermissions`: the action's rule decided with the
   * plugins' `viewerFacts`, e.g. "cm-network:holds-position"), as the navigation shows it. For the
   * page's buttons and sections; the server checks each operation again.
   */
  can(action: string): boolean;
  graphql: PluginGraphQL;
  /** What the slot is about, for slots that are about something (`moderation.notice/v1`: noticeId, action). */
  context?: Readonly<Record<string, string>>;
};

export type WebPluginRoute = {
  /** Mounted at "/<plugin id><path>", or "/admin/<plugin id><path>" with `nav: 'admin'`. */
  path: string;
  title: Localised;
  /**
   * One of the plugin's own permissions ("pulse:manage"): only people who hold it see the page and
   * its menu entry (decided by the server with the plugin's `viewerFacts` when the rule needs more
   * than the viewer's roles). Its GraphQL fields check it again.
   */
  permission: string;
  nav?: 'main' | 'admin';
  component: () => Promise<{ default: Component<SlotProps> }>;
};

/**
 * Where a plugin's components appear. `home.feed-top/v1`: above the composer, for what the person
 * should do first (a pulse to answer). `home.widgets/v1`: the home page's side column.
 * `profile.sidebar/v1`: beside a profile. `admin.dashboard/v1`: the admin home.
 * `moderation.notice/v1`: under a moderation decision on the author's notices page (an appeal);
 * context: noticeId, action. `person.name-badge/v1`: inline after a person's name (posts, comments,
 * profile); context: userId. Many names show at once: a plugin batches them into one query.
 */
export type SlotId =
  | 'home.feed-top/v1'
  | 'home.widgets/v1'
  | 'profile.sidebar/v1'
  | 'admin.dashboard/v1'
  | 'moderation.notice/v1'
  | 'person.name-badge/v1';

export type WebPlugin = {
  id: string;
  routes?: WebPluginRoute[];
  slots?: Partial<Record<SlotId, Component<SlotProps>>>;
};

/** Checks a plugin's web part against the contract and keeps its literal types. */
export const defineWebPlugin = <const P extends WebPlugin>(plugin: P): P => plugin;

/** The same keys in both languages: `en` must have exactly `fr`'s shape. */
type SameShape<T> = T extends string
  ? string
  : T extends readonly (infer Item)[]
    ? readonly SameShape<Item>[]
    : { [K in keyof T]: SameShape<T[K]> };

/**
 * A plugin's strings: one object per language, the same keys (checked), values ICU messages
 * ("{count, plural, one {# answer} other {# answers}}"). Components read `strings[locale]` and
 * fill a message with `format(locale, message, params)`.
 */
export const defineStrings = <const Fr>(strings: {
  fr: Fr;
  en: SameShape<Fr>;
}): Record<Locale, SameShape<Fr>> => strings as Record<Locale, SameShape<Fr>>;

/** Fills an ICU message in the given language (numbers and plurals by its rules). */
export const format = (locale: Locale, message: string, params?: MessageParams): string =>
  formatMessage(locale, message, params);
