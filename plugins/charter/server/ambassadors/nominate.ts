import { schema as core, type Db } from '@levain/db';
import { audit, can, NotFoundError, ValidationError, type Viewer } from '@levain/server/plugin';
import { and, eq } from 'drizzle-orm';
import { charterAmbassadors } from '../../db/schema';

export type Nomination = { userId: string; orgUnitId: string | null };

/**
 * Nominates a person as ambassador for a site or direction. A person may nominate themselves (the
 * nomination waits for approval); the chief CM and admins nominate anyone, which approves at once,
 * and approve waiting nominations the same way.
 */
export async function nominateAmbassador(db: Db, viewer: Viewer, nomination: Nomination) {
  const approves = can(viewer, 'charter:approve-ambassadors');
  if (!approves && nomination.userId !== viewer.id)
    throw ValidationError.field('userId', 'charter:validation.nominateSelfOnly');
  return db.transaction(async (tx) => {
    const [person] = await tx
      .select({ id: core.users.id })
      .from(core.users)
      .where(and(eq(core.users.id, nomination.userId), eq(core.users.status, 'active')));
    if (!person) throw new NotFoundError();
    if (nomination.orgUnitId) {
      const [unit] = await tx
        .select({ id: core.orgUnits.id })
        .from(core.orgUnits)
        .where(and(eq(core.orgUnits.id, nomination.orgUnitId), eq(core.orgUnits.archived, false)));
      if (!unit) throw ValidationError.field('orgUnitId', 'charter:validation.unknownUnit');
    }
    const now = new Date();
    const approval = approves ? { status: 'approved' as const, approvedBy: viewer.id, approvedAt: now } : {};
    await tx
      .insert(charterAmbassadors)
      .values({
        userId: nomination.userId,
        orgUnitId: nomination.orgUnitId,
        status: 'nominated',
        nominatedBy: viewer.id,
        ...approval,
      })
      .onConflictDoUpdate({
        target: charterAmbassadors.userId,
        set: { orgUnitId: nomination.orgUnitId, ...approval },
      });
    if (approves)
      await audit(tx, viewer.id, 'charter.ambassador-approved', 'user', nomination.userId, {
        orgUnitId: nomination.orgUnitId,
      });
  });
}
