import type { Column, SQL } from 'drizzle-orm';
import { sql } from 'drizzle-orm';
import { type CommunityAccess, communityRules, readableCommunityIds } from './communities';
import { moderatedCommunityIds } from './posts';
import type { Viewer } from './viewer';

/** A learning path is read, followed and animated where its community is. */
export type LearningPathAccess = { community: CommunityAccess };

const readable = (viewer: Viewer, p: LearningPathAccess) =>
  communityRules['community:read'](viewer, p.community);

/**
 * Learning paths follow their learning community: its readers see the path and take it (a path of
 * a secret community does not exist for others); its animators author it and follow enrolments.
 */
export const learningRules = {
  'learning-path:read': readable,
  /** Enrol, complete lessons, submit quizzes: readers of a community that is not archived. */
  'learning-path:learn': (viewer: Viewer, p: LearningPathAccess) =>
    readable(viewer, p) && !p.community.archivedAt,
  'learning-path:manage': (viewer: Viewer, p: LearningPathAccess) =>
    communityRules['community:moderate'](viewer, p.community),
  /**
   * Assign the path with a due date: its animators to anyone (or an org unit), a manager to their
   * direct reports; every assignee must be able to read the path (checked per assignee).
   */
  'learning-path:assign': (
    viewer: Viewer,
    p: LearningPathAccess & { assignees: { managerId: string | null }[] },
  ) =>
    !p.community.archivedAt &&
    (communityRules['community:moderate'](viewer, p.community) ||
      (p.assignees.length > 0 && p.assignees.every((a) => a.managerId === viewer.id))),
};

/**
 * The SQL side of `learning-path:manage`, for enrolments: the learners of paths the viewer animates,
 * and the people the viewer assigned a path to (who follows up on what they assigned).
 */
export function followedEnrollmentsWhere(
  viewer: Viewer | null,
  e: { pathId: Column | SQL; assignedById: Column | SQL },
): SQL {
  if (!viewer) return sql`false`;
  return sql`(${e.assignedById} = ${viewer.id} or ${e.pathId} in (select p.id from learning_paths p
    where p.community_id in ${moderatedCommunityIds(viewer)}))`;
}

/** The SQL side of `learning-path:read`, for a row of learning_paths as the query sees it. */
export function readablePathsWhere(viewer: Viewer | null, paths: { communityId: Column | SQL }): SQL {
  if (!viewer) return sql`false`;
  return sql`${paths.communityId} in ${readableCommunityIds(viewer)}`;
}

/** Modules of paths the viewer may read: lessons and quizzes are read where their path is. */
export function readableModuleIds(viewer: Viewer | null): SQL {
  if (!viewer) return sql`(select null::uuid where false)`;
  return sql`(select m.id from learning_modules m join learning_paths p on p.id = m.path_id
    where p.community_id in ${readableCommunityIds(viewer)})`;
}
