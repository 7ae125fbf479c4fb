import { schema } from '@levain/db';
import { type Column, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { type CommunityAccess, communityRules, readablePostsWhere } from './communities';
import { hasRole, type Viewer } from './viewer';

/** What the rules need to know about a post: its author, state and community (null on a profile). */
export type PostAccess = {
  authorId: string;
  status: 'scheduled' | 'pending_approval' | 'published' | 'rejected';
  moderation: 'visible' | 'hidden' | 'removed';
  deletedAt: Date | string | null;
  isAnnouncement: boolean;
  community: CommunityAccess | null;
};

/** A comment's rules depend on its author and on the post it belongs to. */
export type CommentAccess = { authorId: string; post: PostAccess };

const isAdmin = (viewer: Viewer) => hasRole(viewer, 'admin');
const moderates = (viewer: Viewer, p: PostAccess) =>
  p.community ? communityRules['community:moderate'](viewer, p.community) : isAdmin(viewer);
const published = (p: PostAccess) => p.status === 'published' && p.moderation === 'visible' && !p.deletedAt;
const readable = (viewer: Viewer, p: PostAccess) =>
  published(p) && (!p.community || communityRules['community:read'](viewer, p.community));

/**
 * Posts and comments. Profile posts (no community) are read by every signed-in person; community
 * posts follow `community:read`. Authors always see their own posts (to follow an approval or read
 * a rejection reason); animators see the posts waiting in their community.
 */
export const postRules = {
  'post:read': readable,
  /** What `post(id)` may show: readable, or the viewer's own, or waiting for the viewer's approval. */
  'post:view': (viewer: Viewer, p: PostAccess) =>
    readable(viewer, p) ||
    (!p.deletedAt && (p.authorId === viewer.id || (p.status !== 'published' && moderates(viewer, p)))),
  /** Publishing in a community (members) or on one's own profile (community null). */
  'post:create': (viewer: Viewer, target: { community: CommunityAccess | null }) =>
    !target.community ||
    communityRules['community:post'](viewer, target.community) ||
    (isAdmin(viewer) && !target.community.archivedAt && !target.community.deletedAt),
  'post:announce': (viewer: Viewer, target: { community: CommunityAccess | null }) =>
    !!target.community && communityRules['community:moderate'](viewer, target.community),
  'post:publish-without-approval': (viewer: Viewer, target: { community: CommunityAccess | null }) =>
    !target.community || communityRules['community:moderate'](viewer, target.community),
  'post:update': (viewer: Viewer, p: PostAccess) =>
    !p.deletedAt && p.authorId === viewer.id && !p.community?.archivedAt,
  'post:delete': (viewer: Viewer, p: PostAccess) =>
    !p.deletedAt && (p.authorId === viewer.id || moderates(viewer, p)),
  /** Pin, approve or reject, remind an announcement's audience. */
  'post:moderate': (viewer: Viewer, p: PostAccess) => !!p.community && moderates(viewer, p),
  /** Edit history and rejection reasons: the author and the community's animators. */
  'post:read-editorial': (viewer: Viewer, p: PostAccess) => p.authorId === viewer.id || moderates(viewer, p),
  /** An announcement's acknowledgement rate, and reminding those who have not read it. */
  'post:track-announcement': (viewer: Viewer, p: PostAccess) =>
    p.isAnnouncement && (p.authorId === viewer.id || moderates(viewer, p)),
  /** Comment, react, vote, acknowledge, bookmark, share. */
  'post:interact': (viewer: Viewer, p: PostAccess) =>
    readable(viewer, p) && (!p.community || communityRules['community:interact'](viewer, p.community)),
  'comment:update': (viewer: Viewer, c: CommentAccess) =>
    c.authorId === viewer.id && !c.post.community?.archivedAt,
  'comment:delete': (viewer: Viewer, c: CommentAccess) =>
    c.authorId === viewer.id || moderates(viewer, c.post),
};

/** The SQL side of `community:moderate`: communities the viewer animates or owns (all for admins). */
export function moderatedCommunityIds(viewer: Viewer | null): SQL {
  if (!viewer) return sql`(select null::uuid where false)`;
  if (isAdmin(viewer)) return sql`(select id from communities)`;
  return sql`(select m.community_id from community_memberships m join communities c on c.id = m.community_id
    where m.user_id = ${viewer.id} and m.status = 'active' and m.role in ('owner', 'animator') and c.deleted_at is null)`;
}

/**
 * The SQL side of `post:track-announcement` for one post row, so acknowledgement counts are only
 * computed where they will be shown: announcements, for their author and their community's moderators.
 */
export function tracksAnnouncementWhere(
  viewer: Viewer | null,
  p: { isAnnouncement: unknown; authorId: unknown; communityId: unknown },
): SQL {
  if (!viewer) return sql`false`;
  return sql`(${p.isAnnouncement} and (${p.authorId} = ${viewer.id} or ${p.communityId} in ${moderatedCommunityIds(viewer)}))`;
}

type PostColumns = {
  status: Column;
  moderation: Column;
  deletedAt: Column;
  communityId: Column;
  authorId: Column;
  id: Column;
};

/**
 * The SQL side of `post:view`: what `post(id)` may return. Lists use
 * `readablePostsWhere` alone, so unpublished and moderated posts never appear in them.
 */
export function viewablePostsWhere(viewer: Viewer | null, posts: PostColumns = schema.posts): SQL {
  if (!viewer) return sql`false`;
  return sql`(${readablePostsWhere(viewer, posts)} or (${posts.deletedAt} is null and (${posts.authorId} = ${viewer.id}
    or (${posts.status} <> 'published' and ${posts.communityId} in ${moderatedCommunityIds(viewer)}))))`;
}

/**
 * Whether the viewer may read the post of this id, looked up by key for each row (comments,
 * bookmarks…): as an `in (…)` list, PostgreSQL may build every readable post for a page of twenty.
 */
export function readablePostById(viewer: Viewer | null, postId: unknown): SQL {
  if (!viewer) return sql`false`;
  const post = alias(schema.posts, 'readable_post');
  // An alias renders as its name alone inside sql``: the table must be named before it.
  return sql`coalesce((select true from posts ${post} where ${post.id} = ${postId}
      and ${readablePostsWhere(viewer, post)}), false)`;
}

/**
 * Comments the viewer may read: visible, not deleted, on a post they may read, and (for a reply)
 * under a comment that is itself visible and not deleted — replies go with their comment. Both
 * are looked up by key for each comment.
 */
export function readableCommentsWhere(
  viewer: Viewer | null,
  comments: { moderation: Column; deletedAt: Column; postId: Column; parentId: Column } = schema.comments,
): SQL {
  if (!viewer) return sql`false`;
  return sql`(${comments.moderation} = 'visible' and ${comments.deletedAt} is null
    and ${readablePostById(viewer, comments.postId)}
    and (${comments.parentId} is null or exists (select 1 from comments parent where parent.id = ${comments.parentId}
      and parent.moderation = 'visible' and parent.deleted_at is null)))`;
}
