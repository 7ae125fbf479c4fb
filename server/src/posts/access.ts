import type { Db, schema, Tx } from '@levain/db';
import { NotFoundError } from '../errors';
import {
  authorize,
  type CommunityAccess,
  type CoreAction,
  can,
  type PostAccess,
  type Viewer,
} from '../permissions';

/** No person has this id: a filter on it matches nothing (anonymous viewers). */
export const NOBODY = '00000000-0000-0000-0000-000000000000';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Ids from clients are checked before they reach a uuid column (a malformed one is simply not found). */
export const isUuid = (id: string) => UUID.test(id);

export type PostRow = typeof schema.posts.$inferSelect;

type CommunityState = {
  id: string;
  visibility: CommunityAccess['visibility'];
  joinPolicy: CommunityAccess['joinPolicy'];
  archivedAt: Date | string | null;
  deletedAt: Date | string | null;
  memberships: NonNullable<CommunityAccess['membership']>[];
};

/** The columns and relations `toPostAccess` reads, with the viewer's membership only. */
export function accessSelection(viewerId: string | undefined) {
  return {
    columns: {
      id: true,
      authorId: true,
      status: true,
      moderation: true,
      deletedAt: true,
      isAnnouncement: true,
      communityId: true,
    },
    with: {
      community: {
        columns: { id: true, visibility: true, joinPolicy: true, archivedAt: true, deletedAt: true },
        with: {
          memberships: {
            columns: { role: true, status: true, suspendedUntil: true },
            where: { userId: viewerId ?? NOBODY },
          },
        },
      },
    },
  } as const;
}

export type AccessRow = Pick<
  PostRow,
  'authorId' | 'status' | 'moderation' | 'deletedAt' | 'isAnnouncement'
> & {
  community: CommunityState | null;
};

export function communityAccessOf(community: CommunityState): CommunityAccess {
  return {
    visibility: community.visibility,
    joinPolicy: community.joinPolicy,
    archivedAt: community.archivedAt,
    deletedAt: community.deletedAt,
    membership: community.memberships[0] ?? null,
  };
}

export function toPostAccess(row: AccessRow): PostAccess {
  return {
    authorId: row.authorId,
    status: row.status,
    moderation: row.moderation,
    deletedAt: row.deletedAt,
    isAnnouncement: row.isAnnouncement,
    community: row.community ? communityAccessOf(row.community) : null,
  };
}

/**
 * Loads a post with what the rules need and checks `action`; a post the viewer may not even
 * view is reported as not found, exactly like a missing one.
 */
export async function loadPostFor(db: Db | Tx, viewer: Viewer | null, postId: string, action: CoreAction) {
  if (!isUuid(postId)) throw new NotFoundError();
  const row = await db.query.posts.findFirst({
    columns: { search: false },
    where: { id: postId },
    with: accessSelection(viewer?.id).with,
  });
  if (!row) throw new NotFoundError();
  const access = toPostAccess(row);
  if (!can(viewer, 'post:view', access)) throw new NotFoundError();
  authorize(viewer, action, access);
  return { post: row, access };
}

/** The community a new post goes to, with the viewer's membership; not found when not visible to them. */
export async function loadCommunityFor(db: Db | Tx, viewer: Viewer, communityId: string) {
  if (!isUuid(communityId)) throw new NotFoundError();
  const community = await db.query.communities.findFirst({
    where: { id: communityId },
    with: {
      memberships: {
        columns: { role: true, status: true, suspendedUntil: true },
        where: { userId: viewer.id },
      },
    },
  });
  if (!community) throw new NotFoundError();
  const access = communityAccessOf(community);
  if (!can(viewer, 'community:see', access)) throw new NotFoundError();
  return { community, access };
}

/** Loads a comment with its post's access data; not found when the viewer may not read the post. */
export async function loadCommentFor(db: Db | Tx, viewer: Viewer | null, commentId: string) {
  if (!isUuid(commentId)) throw new NotFoundError();
  const comment = await db.query.comments.findFirst({
    columns: { search: false },
    where: { id: commentId, deletedAt: { isNull: true }, moderation: 'visible' },
    with: {
      post: accessSelection(viewer?.id),
      parent: { columns: { moderation: true, deletedAt: true } },
    },
  });
  if (!comment) throw new NotFoundError();
  // A reply goes with its comment.
  if (comment.parent && (comment.parent.moderation !== 'visible' || comment.parent.deletedAt))
    throw new NotFoundError();
  const post = toPostAccess(comment.post);
  if (!can(viewer, 'post:read', post)) throw new NotFoundError();
  return { comment, post, access: { authorId: comment.authorId, post } };
}
