import type { DataProcessingActivity } from '../data-processing/activity';
import type { PluginMessageKey } from '../i18n/messages';
import type { ModerationRuleRegistry } from '../moderation/rules';
import type { Viewer } from '../permissions';
import type { TranslatePost } from '../posts/translations';

/** What the host can read from package.json ("levain" field) without running the plugin's code. */
export type PluginManifest = {
  id: string;
  version: string;
  /** semver range of the core this plugin works with. */
  core: string;
  /** Ids of plugins that must load before this one. */
  dependsOn?: string[];
};

export type PluginInfo = PluginManifest & { enabled: boolean };

/** A person about to post or comment, and where (communityId null: on a profile). */
export type Contribution = { viewer: Viewer; kind: 'post' | 'comment'; communityId: string | null };

/** What a person must do before contributing: a plugin message key and the web page to do it on. */
export type ContributionRequirement = { message: PluginMessageKey; path: string };

/**
 * The plugin host as the core's services see it. Kept apart from `host.ts`, which needs the plugin
 * contract and so the schema builder, so that the request context does not import them back.
 */
export interface InstalledPlugins {
  /** Ids of the loaded plugins, in load order. */
  readonly pluginIds: string[];
  /** Rules the plugins let reporters and moderators cite. */
  readonly moderationRules: ModerationRuleRegistry;
  isEnabled(pluginId: string): Promise<boolean>;
  list(): Promise<PluginInfo[]>;
  /** Enabling or disabling gates behaviour only: tables, migrations, types and data stay. */
  setEnabled(pluginId: string, enabled: boolean, actorId: string): Promise<PluginInfo>;
  /** The translation services of the enabled plugins that bring one. */
  translators(): Promise<TranslatePost[]>;
  /** The first thing an enabled plugin asks of a person before they post or comment, if any. */
  contributionRequirement(contribution: Contribution): Promise<ContributionRequirement | null>;
  /** The facts enabled plugins state about the viewer (`viewerFacts`), loaded once per request (its context). */
  viewerFacts(viewer: Viewer, request: object): Promise<ReadonlySet<string>>;
  /** The id of the first enabled plugin that holds this post for its own approval, or null. */
  postHolder(contribution: Contribution): Promise<string | null>;
  /** Lets each plugin fill the demo organisation the core has just seeded, in load order. */
  seedDemo(now: Date): Promise<void>;
  /** What every plugin stores about a person, keyed by plugin id. */
  exportPersonalData(userId: string): Promise<Record<string, unknown>>;
  erasePersonalData(userId: string): Promise<void>;
  /** The processing activities each plugin declares (GDPR article 30), in load order. */
  dataProcessing(): { pluginId: string; activities: DataProcessingActivity[] }[];
}
