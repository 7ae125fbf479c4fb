import { type Db, schema, type Tx } from '@levain/db';
import { inArray, or, sql } from 'drizzle-orm';
import { communityAccess } from '../communities/access';
import { orgUnitSubtree } from '../communities/hierarchy';
import { NotAllowedError, ValidationError } from '../errors';
import { loadRecipients } from '../notifications/audience';
import { can, type Viewer } from '../permissions';
import { isUuid } from '../posts/access';
import { pathFor } from './access';

/** More would be a campaign, not an assignment: HR imports do that through the directory. */
export const MAX_ASSIGNEES = 500;
/** A bound on a typed date (a year 20266 is a typo), not a policy: the century is long enough. */
const LATEST_DUE_DATE = Date.UTC(2100, 0, 1);

export type Assignment = { userIds: string[]; orgUnitIds: string[]; dueAt: Date };
/** What the event bus is told once committed: who was assigned the path, by whom, until when. */
export type Assigned = {
  pathId: string;
  communityId: string;
  userIds: string[];
  actorId: string;
  dueAt: string;
};

function checkDueDate(dueAt: Date, now: Date) {
  if (Number.isNaN(dueAt.getTime()) || dueAt.getTime() <= now.getTime())
    throw ValidationError.field('dueAt', 'learning.dueInPast');
  if (dueAt.getTime() >= LATEST_DUE_DATE) throw ValidationError.field('dueAt', 'learning.dueTooFar');
}

/** The active people named, and those of the org units and the units below them, at most MAX_ASSIGNEES. */
async function assignees(db: Db | Tx, { userIds, orgUnitIds }: Assignment) {
  const ids = [...new Set(userIds)];
  if (ids.some((id) => !isUuid(id))) throw ValidationError.field('userIds', 'learning.unknownPerson');
  if (!orgUnitIds.every(isUuid)) throw ValidationError.field('orgUnitIds', 'validation.orgUnitNotFound');
  if (!ids.length && !orgUnitIds.length) throw ValidationError.field('userIds', 'learning.chooseAssignees');
  const rows = await db.query.users.findMany({
    columns: { id: true, managerId: true },
    where: {
      status: 'active',
      RAW: (u) =>
        or(
          ids.length ? inArray(u.id, ids) : undefined,
          orgUnitIds.length ? sql`${u.orgUnitId} in ${orgUnitSubtree(orgUnitIds)}` : undefined,
        )!,
    },
    limit: MAX_ASSIGNEES + 1,
  });
  if (rows.length > MAX_ASSIGNEES)
    throw ValidationError.field('orgUnitIds', 'validation.tooMany', { max: MAX_ASSIGNEES });
  if (ids.some((id) => !rows.some((r) => r.id === id)))
    throw ValidationError.field('userIds', 'learning.unknownPerson');
  if (orgUnitIds.length && rows.length === ids.length)
    throw ValidationError.field('orgUnitIds', 'learning.emptyOrgUnit');
  return rows;
}

/**
 * Assigns a path with a due date. Someone already taking it gets the new due date and assigner;
 * someone who completed it is left as they are. Every assignee must be able to read the path.
 */
export async function assignPath(
  db: Db,
  viewer: Viewer,
  pathId: string,
  assignment: Assignment,
  now = new Date(),
): Promise<Assigned> {
  checkDueDate(assignment.dueAt, now);
  return db.transaction(async (tx) => {
    const path = await pathFor(tx, viewer, pathId, 'learning-path:read');
    const people = await assignees(tx, assignment);
    const access = { community: communityAccess(path.community, path.community.memberships[0] ?? null) };
    const byUnit = assignment.orgUnitIds.length > 0 && !can(viewer, 'learning-path:manage', access);
    if (byUnit || !can(viewer, 'learning-path:assign', { ...access, assignees: people }))
      throw new NotAllowedError('learning.assignNotAllowed');
    const readers = await loadRecipients(
      tx,
      people.map((p) => p.id),
      path.communityId,
    );
    const blind = readers.filter(
      (r) =>
        !can(r.viewer, 'learning-path:read', {
          community: { ...access.community, membership: r.membership },
        }),
    );
    if (blind.length)
      throw ValidationError.field('userIds', 'learning.assigneeCannotRead', { name: blind[0]!.viewer.name });
    const e = schema.enrollments;
    const rows = await tx
      .insert(e)
      .values(
        people.map((p) => ({
          pathId: path.id,
          userId: p.id,
          assignedById: viewer.id,
          dueAt: assignment.dueAt,
        })),
      )
      .onConflictDoUpdate({
        target: [e.pathId, e.userId],
        set: { assignedById: viewer.id, dueAt: assignment.dueAt },
        setWhere: sql`${e.completedAt} is null`,
      })
      .returning({ userId: e.userId });
    return {
      pathId: path.id,
      communityId: path.communityId,
      userIds: rows.map((r) => r.userId),
      actorId: viewer.id,
      dueAt: assignment.dueAt.toISOString(),
    };
  });
}
