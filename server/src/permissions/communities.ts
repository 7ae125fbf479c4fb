import { schema } from '@levain/db';
import { type Column, type SQL, sql } from 'drizzle-orm';
import { hasRole, type Viewer } from './viewer';

/** What the rules need to know about a community and the viewer's place in it. */
export type CommunityAccess = {
  visibility: 'public' | 'private' | 'secret';
  joinPolicy: 'open' | 'request' | 'invitation';
  archivedAt: Date | string | null;
  deletedAt: Date | string | null;
  membership: {
    role: 'owner' | 'animator' | 'member';
    status: 'active' | 'requested' | 'invited';
    suspendedUntil: Date | string | null;
  } | null;
};

const isAdmin = (viewer: Viewer) => hasRole(viewer, 'admin');
const activeMember = (c: CommunityAccess) => c.membership?.status === 'active';
const isAnimator = (c: CommunityAccess) =>
  activeMember(c) && (c.membership!.role === 'animator' || c.membership!.role === 'owner');
const suspended = (c: CommunityAccess) =>
  !!c.membership?.suspendedUntil && new Date(c.membership.suspendedUntil) > new Date();
const live = (c: CommunityAccess) => !c.deletedAt;

/**
 * Community visibility: public (everyone sees it and its content), private (everyone sees it
 * exists, members see content), secret (only members — and people invited — know it exists).
 * Admins see everything, for moderation and compliance.
 */
export const communityRules = {
  'community:see': (viewer: Viewer, c: CommunityAccess) =>
    isAdmin(viewer) || (live(c) && (c.visibility !== 'secret' || !!c.membership)),
  'community:read': (viewer: Viewer, c: CommunityAccess) =>
    isAdmin(viewer) || (live(c) && (c.visibility === 'public' || activeMember(c))),
  'community:join': (_viewer: Viewer, c: CommunityAccess) =>
    live(c) &&
    !c.archivedAt &&
    !activeMember(c) &&
    (c.joinPolicy === 'open' || c.membership?.status === 'invited'),
  'community:request-membership': (_viewer: Viewer, c: CommunityAccess) =>
    live(c) && !c.archivedAt && !c.membership && c.joinPolicy === 'request' && c.visibility !== 'secret',
  'community:post': (_viewer: Viewer, c: CommunityAccess) =>
    live(c) && !c.archivedAt && activeMember(c) && !suspended(c),
  /** Comments and reactions: members, and anyone in a public community, unless suspended. */
  'community:interact': (viewer: Viewer, c: CommunityAccess) =>
    live(c) && !c.archivedAt && !suspended(c) && (activeMember(c) || (c.visibility === 'public' && !!viewer)),
  'community:moderate': (viewer: Viewer, c: CommunityAccess) => isAdmin(viewer) || (live(c) && isAnimator(c)),
  'community:update': (viewer: Viewer, c: CommunityAccess) => isAdmin(viewer) || (live(c) && isAnimator(c)),
  'community:manage-members': (viewer: Viewer, c: CommunityAccess) =>
    isAdmin(viewer) || (live(c) && isAnimator(c)),
  'community:delete': (viewer: Viewer, c: CommunityAccess) =>
    isAdmin(viewer) || (live(c) && c.membership?.role === 'owner' && activeMember(c)),
  'community:restore': (viewer: Viewer) => isAdmin(viewer),
  'community:create': (_viewer: Viewer) => true,
  /** The organisation's official channels speak for the company: admins and the chief CM open them. */
  'community:create-official': (viewer: Viewer) => isAdmin(viewer) || hasRole(viewer, 'chief_cm'),
  /** Owners hand out roles (animator, owner); animators manage members but not each other. */
  'community:change-roles': (viewer: Viewer, c: CommunityAccess) =>
    isAdmin(viewer) || (live(c) && c.membership?.role === 'owner' && activeMember(c)),
};

/**
 * The SQL side of `community:read`: ids of communities whose content the viewer may read.
 * Every list of posts, comments, reactions, search results, counts and notifications filters on it.
 */
export function readableCommunityIds(viewer: Viewer | null): SQL {
  if (!viewer) return sql`(select null::uuid where false)`;
  if (isAdmin(viewer)) return sql`(select id from communities)`;
  return sql`(select c.id from communities c where c.deleted_at is null and (c.visibility = 'public' or exists (
    select 1 from community_memberships m where m.community_id = c.id and m.user_id = ${viewer.id} and m.status = 'active')))`;
}

/** The SQL side of `community:see`: communities whose existence the viewer may know. */
export function visibleCommunityIds(viewer: Viewer | null): SQL {
  if (!viewer) return sql`(select null::uuid where false)`;
  if (isAdmin(viewer)) return sql`(select id from communities)`;
  return sql`(select c.id from communities c where c.deleted_at is null and (c.visibility <> 'secret' or exists (
    select 1 from community_memberships m where m.community_id = c.id and m.user_id = ${viewer.id})))`;
}

/**
 * Posts the viewer may read: published, not removed or hidden, not deleted, in a readable
 * community or on a profile. Pass the posts table as the query sees it, e.g. inside a
 * relational query `where: { RAW: (posts) => readablePostsWhere(viewer, posts) }`.
 */
export function readablePostsWhere(
  viewer: Viewer | null,
  posts: { status: Column; moderation: Column; deletedAt: Column; communityId: Column } = schema.posts,
): SQL {
  if (!viewer) return sql`false`;
  return sql`(${posts.status} = 'published' and ${posts.moderation} = 'visible' and ${posts.deletedAt} is null
    and (${posts.communityId} is null or ${posts.communityId} in ${readableCommunityIds(viewer)}))`;
}
