import { NotAllowedError, NotSignedInError } from '../errors';
import { communityRules } from './communities';
import { eventRules } from './events';
import { learningRules } from './learning';
import { moderationRules } from './moderation';
import { peopleRules } from './people';
import { postRules } from './posts';
import { projectRules } from './projects';
import { questionRules } from './questions';
import { skillRules } from './skills';
import { hasRole, type Role, type Viewer } from './viewer';

export {
  type CommunityAccess,
  readableCommunityIds,
  readablePostsWhere,
  visibleCommunityIds,
} from './communities';
export { type EventAccess, readableEventsWhere } from './events';
export {
  followedEnrollmentsWhere,
  type LearningPathAccess,
  readableModuleIds,
  readablePathsWhere,
} from './learning';
export type { ContentAccess } from './moderation';
export { colleaguesSeeEmailSql, type PersonAccess } from './people';
export {
  type CommentAccess,
  moderatedCommunityIds,
  type PostAccess,
  readableCommentsWhere,
  readablePostById,
  tracksAnnouncementWhere,
  viewablePostsWhere,
} from './posts';
export { type ProjectAccess, readableProjectsWhere } from './projects';
export { type QuestionAccess, readableQuestionsWhere } from './questions';

export type { Role, Viewer } from './viewer';
export { hasRole, roles } from './viewer';

/** A rule decides one action for a signed-in viewer, optionally on a resource. */
export type PermissionRule<R = unknown> = (viewer: Viewer, resource: R) => boolean;

const isAdmin: PermissionRule = (viewer) => hasRole(viewer, 'admin');

/** The core's actions; plugins add theirs (namespaced "plugin:action") through the host. */
const coreRules = {
  'directory:read': () => true,
  'user:update': (viewer: Viewer, user: { id: string }) => viewer.id === user.id || isAdmin(viewer, user),
  'user:deactivate': isAdmin,
  'user:change-roles': isAdmin,
  'invitation:create': (viewer: Viewer) => isAdmin(viewer, null) || hasRole(viewer, 'hr'),
  'invitation:list': (viewer: Viewer) => isAdmin(viewer, null) || hasRole(viewer, 'hr'),
  'directory:import': isAdmin,
  'organisation:update': isAdmin,
  'plugin:manage': isAdmin,
  'audit:read': isAdmin,
  /** Admins see and revoke every API token; people their own (when the organisation allows them). */
  'api-token:manage': isAdmin,
  /** Webhooks send content out of the organisation: admins only, each read as its owner without the admin role. */
  'webhook:manage': isAdmin,
  /** The record of processing activities (GDPR article 30), for the admins who answer the DPO. */
  'data-processing:read': isAdmin,
  'invitation:revoke': (viewer: Viewer) => isAdmin(viewer, null) || hasRole(viewer, 'hr'),
  /** HR may invite members; only an admin may hand out a higher role with the invitation. */
  'invitation:grant-role': (viewer: Viewer, role: Role) => role === 'member' || isAdmin(viewer, role),
  'user:list-deactivated': isAdmin,
  'user:erase': isAdmin,
  'organisation:read': isAdmin,
  /** Each person downloads their own data (GDPR right of access). */
  'user:export-personal-data': (viewer: Viewer, user: { id: string }) => viewer.id === user.id,
  /** Urgent notices reach people outside their working hours: admins only. */
  'notification:send-urgent': isAdmin,
  ...communityRules,
  ...eventRules,
  ...projectRules,
  ...postRules,
  ...moderationRules,
  ...peopleRules,
  ...learningRules,
  ...questionRules,
  ...skillRules,
} satisfies Record<string, PermissionRule<never>>;

export type CoreAction = keyof typeof coreRules;
type ResourceOf<A extends CoreAction> = Parameters<(typeof coreRules)[A]>[1];

const pluginRules = new Map<string, PermissionRule>();

/** Registers the actions a plugin adds; ids must be namespaced by the plugin ("pulse:read-results"). */
export function registerPermissions(pluginId: string, rules: Record<string, PermissionRule>): void {
  for (const [action, rule] of Object.entries(rules)) {
    if (!action.startsWith(`${pluginId}:`))
      throw new Error(`Permission "${action}" must start with "${pluginId}:"`);
    pluginRules.set(action, rule);
  }
}

/**
 * The core's actions that need no resource and open a place in the web client (an admin section);
 * with every plugin action, they are what `viewerPermissions` lists for the navigation.
 */
const placeActions: CoreAction[] = [
  'user:change-roles',
  'moderation:review-all',
  'invitation:list',
  'directory:import',
  'organisation:update',
  'plugin:manage',
  'audit:read',
  'api-token:manage',
  'webhook:manage',
  'data-processing:read',
];

/** The plugin actions, which API tokens may carry as scopes. */
export const pluginActions = (): string[] => [...pluginRules.keys()];

/** The places the viewer may open: core sections and plugin actions (plugin rules take no resource there). */
export function placePermissions(viewer: Viewer | null): string[] {
  if (!viewer) return [];
  return [...placeActions, ...pluginRules.keys()].filter((action) => can(viewer, action));
}

/** The one question every read and write asks. A deactivated or anonymous viewer can do nothing. */
export function can<A extends CoreAction>(
  viewer: Viewer | null,
  action: A,
  resource?: ResourceOf<A>,
): boolean;
export function can(viewer: Viewer | null, action: string, resource?: unknown): boolean;
export function can(viewer: Viewer | null, action: string, resource?: unknown): boolean {
  if (!viewer) return false;
  const rule = (coreRules as Record<string, PermissionRule>)[action] ?? pluginRules.get(action);
  if (!rule) throw new Error(`Unknown permission "${action}"`);
  // A plugin action is a token scope of its own: a token without it cannot act, whoever owns it.
  if (viewer.token && pluginRules.has(action) && !viewer.token.scopes.has(action)) return false;
  return rule(viewer, resource);
}

/** Throws the error a person can act on when `can` says no. */
export function authorize(
  viewer: Viewer | null,
  action: string,
  resource?: unknown,
): asserts viewer is Viewer {
  if (!viewer) throw new NotSignedInError();
  if (!can(viewer, action, resource)) throw new NotAllowedError();
}

/** SQL side of the same rules: which users a viewer may list (RQB v2 filter). */
export function visibleUsers(viewer: Viewer | null) {
  if (viewer && hasRole(viewer, 'admin')) return {};
  return { status: 'active' as const };
}
