import { communityAccess } from '../communities/access';
import type { AppEvents } from '../events';
import { can } from '../permissions';
import type { Services } from '../services';
import { loadRecipients } from './audience';
import { notify } from './store';

/** Assignees are told of the path and its due date, each only while they may read it. */
export async function onPathAssigned(services: Services, e: AppEvents['learning.path-assigned']) {
  const path = await services.db.query.learningPaths.findFirst({
    where: { id: e.pathId },
    columns: { id: true, title: true, communityId: true },
    with: {
      community: {
        columns: { id: true, visibility: true, joinPolicy: true, archivedAt: true, deletedAt: true },
      },
    },
  });
  if (!path || !e.userIds.length) return;
  const recipients = (await loadRecipients(services.db, e.userIds, path.communityId)).filter((r) =>
    can(r.viewer, 'learning-path:read', {
      community: { ...communityAccess(path.community, null), membership: r.membership },
    }),
  );
  await notify(services, {
    kind: 'learning',
    actorId: e.actorId,
    communityId: path.communityId,
    data: { what: 'assigned', pathId: path.id, title: path.title, dueAt: e.dueAt },
    recipients,
  });
}
