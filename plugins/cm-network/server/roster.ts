import { schema as core, type Db } from '@levain/db';
import { and, asc, eq, inArray, isNull, type SQL } from 'drizzle-orm';
import { cmAssignments, cmPositions } from '../db/schema';

/** A person on a position now: the roster everyone may read. */
export type RosterEntry = {
  id: string;
  userId: string;
  kind: (typeof cmPositions.$inferSelect)['kind'];
  shareOfTimePercent: number;
  assignedAt: Date;
  user: typeof core.users.$inferSelect;
  orgUnit: typeof core.orgUnits.$inferSelect;
};

/** Current holders (active people) with their person and org unit, the chief CM first, in one statement. */
export async function loadRoster(db: Db, where?: SQL): Promise<RosterEntry[]> {
  const rows = await db
    .select({ position: cmPositions, assignment: cmAssignments, user: core.users, orgUnit: core.orgUnits })
    .from(cmAssignments)
    .innerJoin(cmPositions, eq(cmPositions.id, cmAssignments.positionId))
    .innerJoin(core.users, eq(core.users.id, cmAssignments.userId))
    .innerJoin(core.orgUnits, eq(core.orgUnits.id, cmPositions.orgUnitId))
    .where(and(isNull(cmAssignments.endedAt), eq(core.users.status, 'active'), where))
    .orderBy(asc(cmPositions.kind), asc(core.orgUnits.name), asc(core.users.name));
  return rows.map(({ position, assignment, user, orgUnit }) => ({
    id: position.id,
    userId: assignment.userId,
    kind: position.kind,
    shareOfTimePercent: position.shareOfTimePercent,
    assignedAt: assignment.startedAt,
    user,
    orgUnit,
  }));
}

type Batch = { userIds: Set<string>; roster: Promise<RosterEntry[]> };
const openBatches = new WeakMap<object, Batch>();

/**
 * A person's roles, read in one statement with those of every person the request resolves
 * meanwhile, so a page of people costs one statement whatever its size. A timer rather than a
 * microtask closes the batch, as the drizzle plugin's own loader does, so that people resolved
 * behind asynchronous checks (auth scopes, other loads) still join it.
 */
export function rolesOf(request: { db: Db }, userId: string): Promise<RosterEntry[]> {
  let batch = openBatches.get(request);
  if (!batch) {
    const userIds = new Set<string>();
    const roster = new Promise((resolve) => setTimeout(resolve, 0)).then(() => {
      openBatches.delete(request);
      return loadRoster(request.db, inArray(cmAssignments.userId, [...userIds]));
    });
    batch = { userIds, roster };
    openBatches.set(request, batch);
  }
  batch.userIds.add(userId);
  return batch.roster.then((roster) => roster.filter((role) => role.userId === userId));
}
