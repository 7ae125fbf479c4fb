import { applyMigrations, type Db, type DbHandle, schema } from '@levain/db';
import { eq, sql } from 'drizzle-orm';
import type { GraphQLFieldResolver, GraphQLSchema } from 'graphql';
import type { Logger } from 'pino';
import { audit } from '../audit';
import type { Config } from '../config';
import type { DataProcessingActivity } from '../data-processing/activity';
import { PluginDisabledError } from '../errors';
import type { EventBus, EventName } from '../events';
import { registerMessages } from '../i18n/messages';
import type { JobQueue } from '../jobs/queue';
import type { MarkdownRenderer } from '../markdown/pool';
import { reverseDecision } from '../moderation/reverse';
import { ModerationRuleRegistry } from '../moderation/rules';
import { registerPermissions, type Viewer } from '../permissions';
import { announcePublished } from '../posts/publication';
import type { TranslatePost } from '../posts/translations';
import { seededRandom } from '../random';
import type { PubSub } from '../realtime/pubsub';
import type { Builder } from '../schema/builder';
import { OrgUnit } from '../schema/org-unit';
import { User } from '../schema/user';
import { workingHoursActivity } from './activity';
import { animatorWork } from './animator-work';
import { communityActivity } from './community-activity';
import type {
  Contribution,
  ContributionRequirement,
  DemoSeed,
  LevainPlugin,
  PluginSchema,
  PluginServices,
  PluginSource,
} from './contract';
import { releaseHeldPost } from './held-posts';
import type { InstalledPlugins, PluginInfo, PluginManifest } from './installed';
import { learningPaths, learningProgress } from './learning-progress';
import { assertCompatible, orderPlugins } from './manifest';
import { pluginNotifier } from './notifications';
import { addCommunityMember, communityDirectory, removeCommunityMember } from './plugin-communities';
import { contentReaders, writePluginPost } from './plugin-posts';
import { pluginRoutes } from './routes';

const { pluginState } = schema;

/** How long a replica trusts its copy of the enabled flags before reading them again. */
const STATE_TTL_MS = 3_000;

type LoadedPlugin = {
  manifest: PluginManifest;
  plugin: LevainPlugin;
  services: PluginServices;
  /** "Type.field" coordinates this plugin added to the schema, gated while it is disabled. */
  fields: Array<{ type: string; field: string }>;
};

export type HostDeps = {
  handle: DbHandle;
  config: Config;
  logger: Logger;
  events: EventBus;
  jobs: JobQueue;
  pubsub: PubSub;
  markdown: MarkdownRenderer;
};

/** Loads plugins, runs their migrations, wires their schema, events, jobs and permissions. */
export class PluginHost implements InstalledPlugins {
  private readonly loaded: LoadedPlugin[] = [];
  private state: { at: number; enabled: Map<string, boolean> } | null = null;
  private readonly db: Db;
  /** Rules the plugins let reporters and moderators cite. */
  readonly moderationRules = new ModerationRuleRegistry();

  private constructor(private readonly deps: HostDeps) {
    this.db = deps.handle.db;
  }

  static async start(sources: PluginSource[], deps: HostDeps): Promise<PluginHost> {
    const host = new PluginHost(deps);
    // Every manifest is checked before any plugin's code runs or migrates anything.
    const ordered = orderPlugins(sources);
    for (const source of ordered) assertCompatible(source.manifest);
    for (const source of ordered) {
      const plugin = await source.load();
      await host.install(source.manifest, plugin);
    }
    return host;
  }

  private async install(manifest: PluginManifest, plugin: LevainPlugin): Promise<void> {
    const { id } = manifest;
    if (plugin.db)
      await applyMigrations(this.deps.handle, { id, migrationsFolder: plugin.db.migrationsFolder });
    await this.db
      .insert(pluginState)
      .values({ pluginId: id, installedVersion: manifest.version })
      .onConflictDoUpdate({ target: pluginState.pluginId, set: { installedVersion: manifest.version } });

    const services: PluginServices = {
      db: this.db,
      config: this.deps.config,
      logger: this.deps.logger.child({ plugin: id }),
      events: this.deps.events,
      jobs: this.deps.jobs,
      isEnabled: () => this.isEnabled(id),
      notifications: pluginNotifier({ db: this.db, pubsub: this.deps.pubsub }, id),
      activity: {
        workingHours: (period) => workingHoursActivity(this.db, period),
        communities: (period, groups) => communityActivity(this.db, period, groups),
        animatorWork: (period, people) => animatorWork(this.db, period, people),
      },
      learning: {
        paths: (viewer) => learningPaths(this.db, viewer),
        progress: (pathId, userIds) => learningProgress(this.db, pathId, userIds),
      },
      moderation: { reverse: reverseDecision },
      posts: {
        release: (tx, release) => releaseHeldPost(tx, id, release),
        announce: (post) =>
          announcePublished({ db: this.db, events: this.deps.events, pubsub: this.deps.pubsub }, post),
        write: (draft) => writePluginPost({ ...this.deps, db: this.db, host: this }, draft),
        readers: (target, userIds) => contentReaders(this.db, target, userIds),
      },
      communities: {
        directory: (viewer) => communityDirectory(this.db, viewer),
        addMember: addCommunityMember,
        removeMember: removeCommunityMember,
      },
    };
    if (plugin.permissions) registerPermissions(id, plugin.permissions);
    if (plugin.messages) registerMessages(id, plugin.messages);
    const rules = plugin.moderationRules;
    if (rules)
      this.moderationRules.register({
        pluginId: id,
        list: (scope) => (typeof rules === 'function' ? rules(scope, services) : rules),
        isActive: () => this.isEnabled(id),
        citationRequiredFor: plugin.citeRulesFor ?? [],
      });
    for (const [event, handler] of Object.entries(plugin.on ?? {})) {
      this.deps.events.on(event as EventName, async (payload) => {
        if (await this.isEnabled(id))
          await (handler as (p: unknown, s: PluginServices) => unknown)(payload, services);
      });
    }
    for (const [name, job] of Object.entries(plugin.jobs ?? {})) {
      if (!name.startsWith(`${id}.`))
        throw new Error(`Job "${name}" of plugin "${id}" must start with "${id}."`);
      this.deps.jobs.register(name, {
        everyMinutes: job.everyMinutes,
        isActive: () => this.isEnabled(id),
        run: (payload) => job.run(payload, services),
      });
    }
    this.loaded.push({ manifest, plugin, services, fields: [] });
  }

  /** The plugins' HTTP routes (`routes` of the contract), mounted before the web client. */
  httpRoutes() {
    return pluginRoutes(this.loaded);
  }

  /** The translation services of the enabled plugins that bring one. */
  async translators(): Promise<TranslatePost[]> {
    const flags = await this.enabledFlags();
    return this.loaded.flatMap(({ manifest, plugin }) =>
      plugin.translatePost && flags.get(manifest.id) ? [plugin.translatePost] : [],
    );
  }

  /** The first requirement an enabled plugin sets before this post or comment, or null. */
  async contributionRequirement(contribution: Contribution): Promise<ContributionRequirement | null> {
    const asking = this.loaded.filter((entry) => entry.plugin.contributionRequirement);
    if (!asking.length) return null;
    const flags = await this.enabledFlags();
    for (const { manifest, plugin, services } of asking) {
      if (!plugin.contributionRequirement || !flags.get(manifest.id)) continue;
      const requirement = await plugin.contributionRequirement(contribution, services);
      if (requirement) return requirement;
    }
    return null;
  }

  /** The first enabled plugin that holds this post for its own approval, or null. */
  async postHolder(contribution: Contribution): Promise<string | null> {
    const holding = this.loaded.filter((entry) => entry.plugin.holdPost);
    if (!holding.length) return null;
    const flags = await this.enabledFlags();
    for (const { manifest, plugin, services } of holding) {
      if (flags.get(manifest.id) && (await plugin.holdPost!(contribution, services))) return manifest.id;
    }
    return null;
  }

  /** The facts enabled plugins state about the viewer, each plugin's own (`<id>:…`), once per request. */
  viewerFacts(viewer: Viewer, request: object): Promise<ReadonlySet<string>> {
    let facts = this.factsByRequest.get(request);
    if (!facts) {
      facts = this.loadViewerFacts(viewer);
      this.factsByRequest.set(request, facts);
    }
    return facts;
  }

  private async loadViewerFacts(viewer: Viewer): Promise<ReadonlySet<string>> {
    const stating = this.loaded.filter((entry) => entry.plugin.viewerFacts);
    if (!stating.length) return new Set();
    const flags = await this.enabledFlags();
    const lists = await Promise.all(
      stating.map(async ({ manifest, plugin, services }) => {
        if (!flags.get(manifest.id)) return [];
        const facts = await plugin.viewerFacts!(viewer, services);
        const foreign = facts.find((fact) => !fact.startsWith(`${manifest.id}:`));
        if (foreign) throw new Error(`Viewer fact "${foreign}" must start with "${manifest.id}:"`);
        return facts;
      }),
    );
    return new Set(lists.flat());
  }

  /** Lets each plugin add its types and fields, recording the fields it attaches. */
  contributeSchema(builder: Builder): void {
    for (const entry of this.loaded) {
      if (!entry.plugin.schema) continue;
      const record = (type: string, field: string) => entry.fields.push({ type, field });
      const typeName = (ref: unknown) => (typeof ref === 'string' ? ref : (ref as { name: string }).name);
      const api: PluginSchema = {
        builder,
        queryField: ((name, field) => {
          record('Query', name);
          return builder.queryField(name, field);
        }) as Builder['queryField'],
        mutationField: ((name, field) => {
          record('Mutation', name);
          return builder.mutationField(name, field);
        }) as Builder['mutationField'],
        subscriptionField: ((name, field) => {
          record('Subscription', name);
          return builder.subscriptionField(name, field);
        }) as Builder['subscriptionField'],
        objectField: ((ref: unknown, name: string, field: unknown) => {
          record(typeName(ref), name);
          return (builder.objectField as (...a: unknown[]) => unknown)(ref, name, field);
        }) as Builder['objectField'],
        core: { User, OrgUnit },
        services: entry.services,
      };
      entry.plugin.schema(api);
    }
  }

  /** Ids of the loaded plugins, in load order. */
  get pluginIds(): string[] {
    return this.loaded.map((p) => p.manifest.id);
  }

  /** Wraps every field a plugin added so a disabled plugin answers PluginDisabledError (read per request). */
  gate(graphqlSchema: GraphQLSchema): void {
    for (const entry of this.loaded) {
      const id = entry.manifest.id;
      for (const { type, field } of entry.fields) {
        const objectType = graphqlSchema.getType(type);
        const fieldConfig =
          objectType && 'getFields' in objectType
            ? (objectType.getFields() as Record<string, unknown>)[field]
            : null;
        if (!fieldConfig)
          throw new Error(`Plugin "${id}" registered ${type}.${field}, which is not in the schema`);
        const target = fieldConfig as {
          resolve?: GraphQLFieldResolver<unknown, unknown>;
          subscribe?: GraphQLFieldResolver<unknown, unknown>;
        };
        for (const key of ['resolve', 'subscribe'] as const) {
          const original = target[key];
          if (!original) continue;
          target[key] = async (parent, args, context, info) => {
            const { host } = (context as { services: { host: InstalledPlugins } }).services;
            if (!(await host.isEnabled(id))) throw new PluginDisabledError(id);
            return original(parent, args, context, info);
          };
        }
      }
    }
  }

  private readonly factsByRequest = new WeakMap<object, Promise<ReadonlySet<string>>>();

  private async enabledFlags(): Promise<Map<string, boolean>> {
    if (this.state && Date.now() - this.state.at < STATE_TTL_MS) return this.state.enabled;
    const rows = await this.db
      .select({ id: pluginState.pluginId, enabled: pluginState.enabled })
      .from(pluginState);
    this.state = { at: Date.now(), enabled: new Map(rows.map((r) => [r.id, r.enabled])) };
    return this.state.enabled;
  }

  async isEnabled(pluginId: string): Promise<boolean> {
    return (await this.enabledFlags()).get(pluginId) ?? false;
  }

  async list(): Promise<PluginInfo[]> {
    const flags = await this.enabledFlags();
    return this.loaded.map(({ manifest }) => ({ ...manifest, enabled: flags.get(manifest.id) ?? false }));
  }

  /** Enabling or disabling gates behaviour only: tables, migrations, types and data stay. */
  async setEnabled(pluginId: string, enabled: boolean, actorId: string): Promise<PluginInfo> {
    const entry = this.loaded.find((p) => p.manifest.id === pluginId);
    if (!entry) throw new Error(`Unknown plugin "${pluginId}"`);
    await this.db.transaction(async (tx) => {
      await tx
        .update(pluginState)
        .set({ enabled, updatedAt: sql`now()` })
        .where(eq(pluginState.pluginId, pluginId));
      await audit(tx, actorId, enabled ? 'plugin.enabled' : 'plugin.disabled', 'plugin', pluginId);
    });
    this.state = null;
    this.deps.events.emit('plugin.toggled', { pluginId, enabled, actorId });
    return { ...entry.manifest, enabled };
  }

  /**
   * Lets each plugin fill the demo organisation the core has just seeded, in load order. Each gets
   * its own generator, seeded by its id: what it draws does not depend on what the core (or another
   * plugin) drew before it, so the same plugin seeds the same demo whatever the day.
   */
  async seedDemo(now: Date): Promise<void> {
    for (const entry of this.loaded) {
      const random = seededRandom(seedOf(`${entry.manifest.id}:demo`));
      await entry.plugin.demo?.({ now, random } satisfies DemoSeed, entry.services);
    }
  }

  /** What every plugin stores about a person, keyed by plugin id. */
  async exportPersonalData(userId: string): Promise<Record<string, unknown>> {
    const out: Record<string, unknown> = {};
    for (const entry of this.loaded) {
      if (entry.plugin.personalData)
        out[entry.manifest.id] = await entry.plugin.personalData.export(userId, entry.services);
    }
    return out;
  }

  dataProcessing(): { pluginId: string; activities: DataProcessingActivity[] }[] {
    return this.loaded.map((entry) => ({
      pluginId: entry.manifest.id,
      activities: entry.plugin.dataProcessing ?? [],
    }));
  }

  async erasePersonalData(userId: string): Promise<void> {
    for (const entry of [...this.loaded].reverse()) {
      if (entry.plugin.personalData) await entry.plugin.personalData.erase(userId, entry.services);
    }
  }
}

/** A 32-bit seed from a text (FNV-1a). */
function seedOf(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}
