import { schema as core, type Db } from '@levain/db';
import { and, asc, desc, eq, inArray, isNull, type SQL } from 'drizzle-orm';
import { cmAssignments, cmPositions } from '../../db/schema';

type UserRow = typeof core.users.$inferSelect;
export type Assignment = typeof cmAssignments.$inferSelect & { user: UserRow };
export type Position = typeof cmPositions.$inferSelect & {
  orgUnit: typeof core.orgUnits.$inferSelect;
  /** The current CM (an active person), or null: a gap in the network. */
  holder: Assignment | null;
};

/** Positions with their org unit and current holder, in one statement. */
export async function loadPositions(db: Db, where?: SQL): Promise<Position[]> {
  const rows = await db
    .select({ position: cmPositions, orgUnit: core.orgUnits, assignment: cmAssignments, user: core.users })
    .from(cmPositions)
    .innerJoin(core.orgUnits, eq(core.orgUnits.id, cmPositions.orgUnitId))
    .leftJoin(cmAssignments, and(eq(cmAssignments.positionId, cmPositions.id), isNull(cmAssignments.endedAt)))
    .leftJoin(core.users, and(eq(core.users.id, cmAssignments.userId), eq(core.users.status, 'active')))
    .where(where)
    .orderBy(asc(cmPositions.kind), asc(core.orgUnits.name), asc(cmPositions.createdAt));
  return rows.map(({ position, orgUnit, assignment, user }) => ({
    ...position,
    orgUnit,
    holder: assignment && user ? { ...assignment, user } : null,
  }));
}

/** Who held these positions when, newest first, in one statement. */
export async function loadHistory(db: Db, positionIds: string[]): Promise<Assignment[]> {
  if (!positionIds.length) return [];
  const rows = await db
    .select({ assignment: cmAssignments, user: core.users })
    .from(cmAssignments)
    .innerJoin(core.users, eq(core.users.id, cmAssignments.userId))
    .where(inArray(cmAssignments.positionId, positionIds))
    .orderBy(desc(cmAssignments.startedAt), desc(cmAssignments.id));
  return rows.map(({ assignment, user }) => ({ ...assignment, user }));
}

/** The positions a person holds now: what they animate, and so what they may read of the board. */
export async function heldPositions(db: Db, userId: string) {
  return db
    .select({
      positionId: cmPositions.id,
      orgUnitId: cmPositions.orgUnitId,
      timeBasis: cmPositions.timeBasis,
    })
    .from(cmAssignments)
    .innerJoin(cmPositions, eq(cmPositions.id, cmAssignments.positionId))
    .where(and(eq(cmAssignments.userId, userId), isNull(cmAssignments.endedAt)));
}
