import { type Db, schema, type Tx } from '@levain/db';
import { and, eq } from 'drizzle-orm';
import { communityAccess } from '../communities/access';
import { NotFoundError } from '../errors';
import { authorize, type CoreAction, can, type ProjectAccess, type Viewer } from '../permissions';

export type ProjectRow = typeof schema.projects.$inferSelect;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The project with what the rules need, in one statement; `lock` holds the project row for the
 * transaction (moves of its tasks run one after the other). A project the viewer may not read is
 * "not found", exactly like a missing one, then the viewer must be allowed `action`.
 */
export async function loadProjectFor(
  db: Tx | Db,
  viewer: Viewer,
  projectId: string,
  action: CoreAction,
  { lock = false } = {},
): Promise<{ project: ProjectRow; access: ProjectAccess }> {
  if (!UUID.test(projectId)) throw new NotFoundError();
  const query = db
    .select({
      project: schema.projects,
      community: schema.communities,
      membership: schema.communityMemberships,
    })
    .from(schema.projects)
    .innerJoin(schema.communities, eq(schema.communities.id, schema.projects.communityId))
    .leftJoin(
      schema.communityMemberships,
      and(
        eq(schema.communityMemberships.communityId, schema.projects.communityId),
        eq(schema.communityMemberships.userId, viewer.id),
      ),
    )
    .where(eq(schema.projects.communityId, projectId));
  const [row] = lock ? await query.for('update', { of: schema.projects }) : await query;
  if (!row) throw new NotFoundError();
  const access: ProjectAccess = {
    community: communityAccess(row.community, row.membership),
    owner: row.project.ownerId === viewer.id,
  };
  if (!can(viewer, 'project:read', access)) throw new NotFoundError();
  authorize(viewer, action, access);
  return { project: row.project, access };
}

/** The task's project, loaded (and locked) for `action`; a task of a project the viewer cannot read is not found. */
export async function loadTaskFor(tx: Tx, viewer: Viewer, taskId: string, action: CoreAction) {
  if (!UUID.test(taskId)) throw new NotFoundError();
  const [task] = await tx.select().from(schema.tasks).where(eq(schema.tasks.id, taskId)).for('update');
  if (!task) throw new NotFoundError();
  const loaded = await loadProjectFor(tx, viewer, task.projectId, action, { lock: true });
  return { task, ...loaded };
}
