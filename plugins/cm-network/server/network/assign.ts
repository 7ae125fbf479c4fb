import { schema as core, type Db } from '@levain/db';
import { audit, type PluginServices, ValidationError } from '@levain/server/plugin';
import { and, eq, isNull, sql } from 'drizzle-orm';
import { cmAssignments, cmPositions } from '../../db/schema';
import { isUuid } from '../schema/ids';
import { emitMembershipEvents, syncNetworkCommunity } from './community';

export type PositionInput = {
  orgUnitId: string;
  kind: (typeof cmPositions.$inferInsert)['kind'];
  timeBasis: 'full_time' | 'part_time';
  shareOfTimePercent: number | null | undefined;
};

/** Full-time means the whole job (100 %); part-time a declared share from 1 to 99 %. */
export function checkedShare(input: Pick<PositionInput, 'timeBasis' | 'shareOfTimePercent'>): number {
  if (input.timeBasis === 'full_time') {
    if (input.shareOfTimePercent != null && input.shareOfTimePercent !== 100)
      throw ValidationError.field('shareOfTimePercent', 'cm-network:validation.fullTimeShare');
    return 100;
  }
  const share = input.shareOfTimePercent;
  if (share == null || !Number.isInteger(share) || share < 1 || share > 99)
    throw ValidationError.field('shareOfTimePercent', 'cm-network:validation.partTimeShare');
  return share;
}

export async function assertOrgUnit(db: Db, orgUnitId: string) {
  const [unit] = await db
    .select({ id: core.orgUnits.id })
    .from(core.orgUnits)
    .where(and(eq(core.orgUnits.id, orgUnitId), eq(core.orgUnits.archived, false)));
  if (!unit) throw ValidationError.field('orgUnitId', 'cm-network:validation.unknownOrgUnit');
}

export async function assertActivePerson(db: Db, userId: string) {
  const [person] = await db
    .select({ id: core.users.id })
    .from(core.users)
    .where(and(eq(core.users.id, userId), eq(core.users.status, 'active')));
  if (!person) throw ValidationError.field('userId', 'cm-network:validation.unknownPerson');
}

export async function createPosition(db: Db, actorId: string, input: PositionInput): Promise<string> {
  const shareOfTimePercent = checkedShare(input);
  await assertOrgUnit(db, input.orgUnitId);
  return db.transaction(async (tx) => {
    const [created] = await tx
      .insert(cmPositions)
      .values({
        orgUnitId: input.orgUnitId,
        kind: input.kind,
        timeBasis: input.timeBasis,
        shareOfTimePercent,
        createdBy: actorId,
      })
      .returning({ id: cmPositions.id });
    await audit(tx, actorId, 'cm-network.position-created', 'org_unit', input.orgUnitId, {
      positionId: created!.id,
      kind: input.kind,
      timeBasis: input.timeBasis,
      shareOfTimePercent,
    });
    return created!.id;
  });
}

/**
 * Puts a person on a position (or leaves it vacant with null): the current holder's assignment
 * ends now and history keeps it. The network's community follows.
 */
export async function assignPosition(
  db: Db,
  services: PluginServices,
  actorId: string | null,
  positionId: string,
  userId: string | null,
): Promise<void> {
  if (!isUuid(positionId)) throw ValidationError.field('positionId', 'cm-network:validation.unknownPosition');
  if (userId) await assertActivePerson(db, userId);
  const events = await db.transaction(async (tx) => {
    const [position] = await tx
      .select({ id: cmPositions.id, orgUnitId: cmPositions.orgUnitId })
      .from(cmPositions)
      .where(eq(cmPositions.id, positionId))
      .for('update');
    if (!position) throw ValidationError.field('positionId', 'cm-network:validation.unknownPosition');
    const [current] = await tx
      .select({ userId: cmAssignments.userId })
      .from(cmAssignments)
      .where(and(eq(cmAssignments.positionId, positionId), isNull(cmAssignments.endedAt)));
    if (current?.userId === userId) return [];
    if (current)
      await tx
        .update(cmAssignments)
        .set({ endedAt: sql`now()` })
        .where(and(eq(cmAssignments.positionId, positionId), isNull(cmAssignments.endedAt)));
    if (userId) await tx.insert(cmAssignments).values({ positionId, userId, assignedBy: actorId });
    await audit(tx, actorId, 'cm-network.position-assigned', 'org_unit', position.orgUnitId, {
      positionId,
      from: current?.userId ?? null,
      to: userId,
    });
    return syncNetworkCommunity(
      tx,
      services,
      [current?.userId, userId].filter((id): id is string => !!id),
      actorId,
    );
  });
  emitMembershipEvents(services, events);
}
