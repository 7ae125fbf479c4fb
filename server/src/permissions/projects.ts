import { schema } from '@levain/db';
import { type Column, type SQL, sql } from 'drizzle-orm';
import { type CommunityAccess, communityRules, readableCommunityIds } from './communities';
import { hasRole, type Viewer } from './viewer';

/** What the rules need to know about a project: its community and whether the viewer leads it. */
export type ProjectAccess = { community: CommunityAccess; owner: boolean };

/**
 * A project is seen as its community's content is (a secret project exists only for its members).
 * Those who may post there create and move tasks; its owner, the community's animators and admins
 * tell its weather.
 */
export const projectRules = {
  'project:read': (viewer: Viewer, p: ProjectAccess) => communityRules['community:read'](viewer, p.community),
  'project:work': (viewer: Viewer, p: ProjectAccess) => communityRules['community:post'](viewer, p.community),
  'project:report': (viewer: Viewer, p: ProjectAccess) =>
    hasRole(viewer, 'admin') ||
    (communityRules['community:post'](viewer, p.community) &&
      (p.owner || communityRules['community:moderate'](viewer, p.community))),
};

/**
 * The SQL side of `project:read`, on any table keyed by the project's community: projects,
 * tasks, milestones, status updates. Lists and counts filter on it.
 */
export function readableProjectsWhere(
  viewer: Viewer | null,
  communityId: Column = schema.projects.communityId,
): SQL {
  if (!viewer) return sql`false`;
  return sql`(${communityId} in ${readableCommunityIds(viewer)})`;
}
