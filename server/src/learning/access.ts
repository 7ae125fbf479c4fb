import type { Db, Tx } from '@levain/db';
import { communityAccess, viewerAccess } from '../communities/access';
import type { Context } from '../context';
import { NotAllowedError, NotFoundError } from '../errors';
import type { MessageKey } from '../i18n/messages';
import { type CoreAction, can, type LearningPathAccess, type Viewer } from '../permissions';
import { isUuid } from '../posts/access';

/** The community columns the rules read, for selections that reach a path's community. */
export const communityState = {
  columns: { id: true, visibility: true, joinPolicy: true, archivedAt: true, deletedAt: true },
} as const;

type CommunityState = {
  id: string;
  visibility: 'public' | 'private' | 'secret';
  joinPolicy: 'open' | 'request' | 'invitation';
  archivedAt: Date | null;
  deletedAt: Date | null;
};

/** Whether the viewer may read a path of this community (their memberships are read once per request). */
export async function canReadPath(ctx: Context, community: CommunityState): Promise<boolean> {
  return can(ctx.viewer, 'learning-path:read', { community: await viewerAccess(ctx, community) });
}

/**
 * A path for a write, with the viewer's place in its community: a path the viewer may not read is
 * "not found", like a missing one; one they read but may not act on is refused with `refusal`.
 */
export async function pathFor(
  db: Db | Tx,
  viewer: Viewer,
  pathId: string,
  action: CoreAction & `learning-path:${string}`,
  refusal: MessageKey = 'error.notAllowed',
) {
  if (!isUuid(pathId)) throw new NotFoundError();
  const path = await db.query.learningPaths.findFirst({
    columns: { id: true, communityId: true, version: true },
    where: { id: pathId },
    with: {
      community: {
        ...communityState,
        with: {
          memberships: {
            where: { userId: viewer.id },
            columns: { role: true, status: true, suspendedUntil: true },
          },
        },
      },
    },
  });
  if (!path) throw new NotFoundError();
  const access: LearningPathAccess = {
    community: communityAccess(path.community, path.community.memberships[0] ?? null),
  };
  if (!can(viewer, 'learning-path:read', access)) throw new NotFoundError();
  if (!can(viewer, action, access)) throw new NotAllowedError(refusal);
  return path;
}
