import type { Db, Tx } from '@levain/db';
import type { Request, Response } from 'express';
import type { Logger } from 'pino';
import type { Config } from '../config';
import type { DataProcessingActivity } from '../data-processing/activity';
import type { AppEvents, EventBus, EventName } from '../events';
import type { JobQueue } from '../jobs/queue';
import type { Reversal } from '../moderation/reverse';
import type { ModerationRule, ModerationRuleScope } from '../moderation/rules';
import type { PermissionRule, Viewer } from '../permissions';
import type { PublishedPost } from '../posts/publication';
import type { TranslatePost } from '../posts/translations';
import type { Random } from '../random';
import type { Builder } from '../schema/builder';
import type { OrgUnit } from '../schema/org-unit';
import type { User } from '../schema/user';
import type { WorkingHoursActivity } from './activity';
import type { AnimatorScope, AnimatorWork } from './animator-work';
import type { CommunityActivity, CommunityGroup } from './community-activity';
import type { PluginManifest } from './installed';
import type { LearningPathFacts, LearningProgress } from './learning-progress';
import type { PluginNotifier } from './notifications';
import type { CommunityFacts } from './plugin-communities';
import type { PluginPostDraft } from './plugin-posts';

/** Many rows in one statement per few thousand (jsonb_to_recordset). */
export { insertMany } from '@levain/db';
export { audit } from '../audit';
export type { Context, SignedInContext } from '../context';
export type { DataProcessingActivity, LegalBasis, Localised } from '../data-processing/activity';
export {
  ActionRequiredError,
  NotAllowedError,
  NotFoundError,
  PluginDisabledError,
  ValidationError,
} from '../errors';
export type { AppEvents, EventName } from '../events';
export type { Reversal } from '../moderation/reverse';
export type { ModerationRule, ModerationRuleScope } from '../moderation/rules';
/** The right to disconnect: when something may reach a person (their time zone and working hours). */
export {
  deliveryTime,
  isWorkingTime,
  nextWorkingStart,
  type WorkingHours,
} from '../notifications/working-hours';
export { workingTimeSql } from '../notifications/working-hours-sql';
export type { PermissionRule, Viewer } from '../permissions';
/** The permission module's SQL for "posts this viewer may read", for a plugin's lists that point at posts. */
export { authorize, can, hasRole, readablePostsWhere } from '../permissions';
export type { PublishedPost } from '../posts/publication';
export type { Random } from '../random';
export type { Builder } from '../schema/builder';
/** zod helpers whose messages reach people in their language (core message keys). */
export { fields, message } from '../schema/validation';
export type { WorkingHoursActivity } from './activity';
export type { AnimatorScope, AnimatorWork } from './animator-work';
export type { CommunityActivity, CommunityGroup } from './community-activity';
export type { PluginInfo, PluginManifest } from './installed';
export { connectionOf, decodeKeyset, encodeKeyset, type KeysetPair } from './keyset';
export type { LearningPathFacts, LearningProgress } from './learning-progress';
export type { PluginNotification, PluginNotifier } from './notifications';
export type { CommunityFacts } from './plugin-communities';
export type { PluginPostDraft } from './plugin-posts';

/** Services a plugin may use: the core's, never another plugin's tables. */
export type PluginServices = {
  db: Db;
  config: Config;
  logger: Logger;
  events: Pick<EventBus, 'emit'>;
  jobs: Pick<JobQueue, 'enqueue'>;
  /** True while an admin has the plugin enabled. */
  isEnabled(): Promise<boolean>;
  /** In-app notifications and emails to people, in their language, emails in their working hours. */
  notifications: PluginNotifier;
  /** Facts about what people did on the platform, as counts the core computes. */
  activity: {
    /** Per active person: posts, comments and reactions in [from, to), and how many outside their working hours. */
    workingHours(period: { from: Date; to: Date }): Promise<WorkingHoursActivity[]>;
    /**
     * Per group of communities: members, new and active members, posts, comments, reactions, votes,
     * reach (from impressions), reports and the median time to a moderator's first action in
     * [from, to), in one statement. Facts about communities, never content nor names.
     */
    communities(
      period: { from: Date; to: Date },
      groups: readonly CommunityGroup[],
    ): Promise<CommunityActivity[]>;
    /**
     * Per person, their work as an animator of the given communities in [from, to): moderation
     * actions, answers to questions, posts, validations (posts and membership requests decided),
     * and how many fell outside their working hours, in one statement. Counts only.
     */
    animatorWork(period: { from: Date; to: Date }, people: readonly AnimatorScope[]): Promise<AnimatorWork[]>;
  };
  /** Learning paths and how far people are in one (the CM academy on the CM network's map). */
  learning: {
    /** Paths, newest first (ids and titles); given a viewer, only those they may read. */
    paths(viewer?: Viewer | null): Promise<LearningPathFacts[]>;
    /** Per person, enrolled, started (a lesson done, a quiz tried) and completed, in one statement. */
    progress(pathId: string, userIds: readonly string[]): Promise<LearningProgress[]>;
  };
  moderation: {
    /**
     * Reverses a hide or a removal (an appeal upheld): the item is shown again, a restore recorded
     * and audit-logged in the caller's transaction; false when there was nothing to undo.
     */
    reverse(tx: Tx, reversal: Reversal): Promise<boolean>;
  };
  /** Posts a plugin holds for its own approval (`holdPost`). */
  posts: {
    /**
     * Publishes a post this plugin held, in the caller's transaction, recording who approved it;
     * null when it is not (or no longer) waiting under this plugin's hold.
     */
    release(tx: Tx, release: HeldPostRelease): Promise<PublishedPost | null>;
    /** Tells feeds and listeners a released post is out: call it after the transaction commits. */
    announce(post: PublishedPost): Promise<void>;
    /**
     * Writes a post for its author (an approved editorial item), with the author's own rights:
     * scheduled at `publishAt`, published now without one; null when the author is inactive.
     */
    write(draft: PluginPostDraft): Promise<string | null>;
    /** Who among these people may read the post (or one of its comments) now, by the permission module. */
    readers(target: { postId: string; commentId?: string | null }, userIds: string[]): Promise<string[]>;
  };
  /** Communities as the organisation has them, and the memberships a plugin manages on people's behalf. */
  communities: {
    /** Live communities with their org units and animators; given a viewer, only those they may know exist. */
    directory(viewer?: Viewer | null): Promise<CommunityFacts[]>;
    /** Makes the person an active member (in the caller's transaction); true when they joined. */
    addMember(tx: Tx, change: CommunityMembershipChange): Promise<boolean>;
    /** Removes a plain member (owners and animators stay); true when an active member left. */
    removeMember(tx: Tx, change: CommunityMembershipChange): Promise<boolean>;
  };
};

/** A held post to publish and the person who approved it. */
export type HeldPostRelease = { postId: string; actorId: string };

/** A membership a plugin changes: who, where, on whose action and why (kept in the audit log). */
export type CommunityMembershipChange = {
  communityId: string;
  userId: string;
  actorId: string | null;
  reason: string;
};

/** What the demo seed gives each plugin, after the core's organisation is in place. */
export type DemoSeed = {
  /** The seed's clock: everything the plugin seeds is relative to it, never to the real date. */
  now: Date;
  /** The plugin's own seeded generator: the same demo on every fresh install. */
  random: Random;
};

export type JobDefinition = {
  /** Recurring jobs run once per period across all replicas. */
  everyMinutes?: number;
  run(payload: unknown, services: PluginServices): Promise<void>;
};

/**
 * A GET route a plugin serves outside GraphQL at an absolute path in Express syntax (`/s/:code`):
 * a redirect, a download. Mounted after GraphQL and before the web client; skipped while disabled.
 */
export type PluginRoute = {
  path: `/${string}`;
  handle(request: Request, response: Response, services: PluginServices): Promise<void> | void;
};

export type EventHandlers = {
  [E in EventName]?: (payload: AppEvents[E], services: PluginServices) => Promise<void> | void;
};

/** Each package exports and erases what it stores about a person (GDPR). */
export type PersonalDataHooks = {
  export(userId: string, services: PluginServices): Promise<Record<string, unknown>>;
  erase(userId: string, services: PluginServices): Promise<void>;
};

/**
 * A plugin's server side. The schema callback registers fields only through the `PluginSchema`
 * helper so the host knows which fields to gate when the plugin is disabled.
 */
export type LevainPlugin = {
  db?: { migrationsFolder: string };
  schema?: (schema: PluginSchema) => void;
  permissions?: Record<string, PermissionRule>;
  on?: EventHandlers;
  jobs?: Record<string, JobDefinition>;
  /** HTTP GET routes outside GraphQL (a share link's redirect), gated like the fields. */
  routes?: PluginRoute[];
  personalData?: PersonalDataHooks;
  /**
   * What the plugin stores about people, why, on what legal basis, for how long and for whom: its
   * lines of the organisation's record of processing activities (GDPR article 30), listed to admins
   * by `dataProcessingRecords`. Ids are namespaced by the plugin ("pulse:answers").
   */
  dataProcessing?: DataProcessingActivity[];
  /**
   * Fills the demo organisation with the plugin's own data, once, right after the core's demo seed
   * (first start only; never on a real organisation).
   */
  demo?(seed: DemoSeed, services: PluginServices): Promise<void>;
  /**
   * Messages people see (errors, validation), in French and English with the same keys. The host
   * namespaces them: key "validation.closesBeforeOpens" of plugin "pulse" is thrown as
   * `ValidationError.field('closesAt', 'pulse:validation.closesBeforeOpens')`.
   */
  messages?: PluginMessages;
  /**
   * A translation service: called after a post is published or edited, for each UI language other
   * than the post's; its answer is shown as "translated from …". Levain ships none.
   */
  translatePost?: TranslatePost;
  /**
   * Rules reporters and moderators may cite (e.g. the charter's articles), ids namespaced by the
   * plugin ("charter:3"); listed while the plugin is enabled.
   */
  moderationRules?:
    | ModerationRule[]
    | ((
        scope: ModerationRuleScope,
        services: PluginServices,
      ) => Promise<ModerationRule[]> | ModerationRule[]);
  /**
   * Moderators' actions that must cite at least one of the plugin's `moderationRules` while it is
   * enabled (the charter asks it of hide, remove and warn); `moderate` refuses them without one.
   */
  citeRulesFor?: readonly ('hide' | 'remove' | 'warn' | 'suspend')[];
  /**
   * Asked before a person's post or comment is written (and by the `contributionRequirement`
   * query, so the web client says it before the person types). The first enabled plugin that
   * answers a requirement refuses the write with an `ActionRequiredError` naming its page.
   */
  contributionRequirement?(
    contribution: Contribution,
    services: PluginServices,
  ): Promise<ContributionRequirement | null>;
  /**
   * Asked before a post is written in a community: true holds it (status pending approval, held by
   * this plugin) until the plugin releases it with `services.posts.release`. The community's
   * animators neither see it in their queue nor decide it; the first enabled plugin that holds wins.
   */
  holdPost?(contribution: Contribution, services: PluginServices): Promise<boolean>;
  /**
   * Facts about the viewer that the plugin's rules need and the viewer alone does not tell (holds a
   * CM position), named `<id>:<fact>`, in one cheap statement. The host asks once per request, only
   * where the navigation needs them (`viewerPermissions`), and hands them to the rules as
   * `viewer.facts`; elsewhere `viewer.facts` is absent and rules decide from the resource.
   */
  viewerFacts?(viewer: Viewer, services: PluginServices): Promise<readonly string[]>;
};

import type { Contribution, ContributionRequirement } from './installed';

export type { Contribution, ContributionRequirement };

export type PluginMessages = { fr: Record<string, string>; en: Record<string, string> };

/** The builder, and the ways to attach fields to the root types and to core types. */
export type PluginSchema = {
  builder: Builder;
  queryField: Builder['queryField'];
  mutationField: Builder['mutationField'];
  subscriptionField: Builder['subscriptionField'];
  objectField: Builder['objectField'];
  /** The core's types a plugin may extend with objectField or return from its fields. */
  core: { User: typeof User; OrgUnit: typeof OrgUnit };
  /** The plugin's services, for resolvers that need more than the request's database. */
  services: PluginServices;
};

export function definePlugin(plugin: LevainPlugin): LevainPlugin {
  return plugin;
}

/** A plugin as the host finds it: its manifest first, its code only once the manifest is accepted. */
export type PluginSource = {
  manifest: PluginManifest;
  load(): Promise<LevainPlugin>;
};
