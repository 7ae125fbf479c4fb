import { type CommunityFacts, hasRole, type PermissionRule } from '@levain/server/plugin';

export const charterPermissions = {
  /** Everyone reads the charters and acknowledges them. */
  'charter:read': () => true,
  /** Company charters are written by admins and the chief CM. */
  'charter:publish': (viewer) => hasRole(viewer, 'admin') || hasRole(viewer, 'chief_cm'),
  /** A community's own charter is adopted and written by its owners and animators (and admins). */
  'charter:edit-community': (viewer, community) =>
    hasRole(viewer, 'admin') ||
    !!(community as Pick<CommunityFacts, 'animatorIds'> | undefined)?.animatorIds.includes(viewer.id),
  /** Acknowledgement rates by org unit (counts only): admins, HR and the chief CM. */
  'charter:read-rates': (viewer) =>
    hasRole(viewer, 'admin') || hasRole(viewer, 'hr') || hasRole(viewer, 'chief_cm'),
  /** The appeals queue in the admin area; a community's animators reach it from the notification of an appeal. */
  'charter:decide-appeals': (viewer) => hasRole(viewer, 'admin'),
  /** Ambassadors are approved (or nominated directly) by admins and the chief CM. */
  'charter:approve-ambassadors': (viewer) => hasRole(viewer, 'admin') || hasRole(viewer, 'chief_cm'),
  /** The advocacy kit's items and forbidden words are written by the chief CM and admins. */
  'charter:author-kit': (viewer) => hasRole(viewer, 'admin') || hasRole(viewer, 'chief_cm'),
  /** Everyone may share the advocacy kit. */
  'charter:advocacy': () => true,
} satisfies Record<string, PermissionRule>;
