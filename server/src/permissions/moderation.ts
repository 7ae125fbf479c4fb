import { type CommunityAccess, communityRules } from './communities';
import { type PostAccess, postRules } from './posts';
import { hasRole, type Viewer } from './viewer';

const isAdmin = (viewer: Viewer) => hasRole(viewer, 'admin');

/** A post or comment as the moderation rules see it. */
export type ContentAccess = {
  post: PostAccess;
  comment: {
    authorId: string;
    moderation: 'visible' | 'hidden' | 'removed';
    deletedAt: Date | string | null;
  } | null;
};

const authorOf = (item: ContentAccess) => item.comment?.authorId ?? item.post.authorId;

/**
 * Reports and moderation. Several groups moderate a community: its animators and owners, and
 * the admins (who also moderate posts on profiles and see the org-wide queue).
 */
export const moderationRules = {
  /** Anyone who may read an item may report it. */
  'content:report': (viewer: Viewer, item: ContentAccess) =>
    postRules['post:read'](viewer, item.post) &&
    (!item.comment || (item.comment.moderation === 'visible' && !item.comment.deletedAt)),
  /** Nobody decides about their own content: another moderator or an admin does. */
  'content:moderate': (viewer: Viewer, item: ContentAccess) =>
    authorOf(item) !== viewer.id &&
    (item.post.community
      ? communityRules['community:moderate'](viewer, item.post.community)
      : isAdmin(viewer)),
  /** A community's queue and its moderation figures. */
  'community:review-reports': (viewer: Viewer, c: CommunityAccess) =>
    communityRules['community:moderate'](viewer, c),
  /** The org-wide queue: every community and the posts on profiles. */
  'moderation:review-all': (viewer: Viewer) => isAdmin(viewer),
};
