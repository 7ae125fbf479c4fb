import { schema as core, type Db } from '@levain/db';
import { audit, NotFoundError, ValidationError } from '@levain/server/plugin';
import { and, desc, eq, inArray } from 'drizzle-orm';
import { pulseActionPlans } from '../db/schema';
import { isUuid } from './campaigns/store';
import { type DimensionKey, dimensionKeys } from './library/dimensions';

export type ActionPlan = typeof pulseActionPlans.$inferSelect;
export type ActionPlanInput = {
  campaignId?: string | null;
  orgUnitId: string;
  dimension: DimensionKey;
  title: string;
  finding: string;
  steps: string[];
  dueOn: string;
  ownerId?: string | null;
};

const fail = (field: string, key: string, params?: Record<string, string | number>) =>
  ValidationError.field(field, `pulse:${key}`, params);
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Checks a plan field by field; the caller has checked the author may plan for the unit. */
export async function createActionPlan(
  db: Db,
  actorId: string,
  input: ActionPlanInput,
  today: string,
): Promise<ActionPlan> {
  const title = input.title.trim();
  const finding = input.finding.trim();
  const steps = input.steps.map((s) => s.trim()).filter(Boolean);
  if (!title || title.length > 200) throw fail('title', 'actions.title');
  if (!finding || finding.length > 2_000) throw fail('finding', 'actions.finding');
  if (!steps.length || steps.length > 20 || steps.some((s) => s.length > 300))
    throw fail('steps', 'actions.steps');
  if (!dimensionKeys.includes(input.dimension)) throw fail('dimension', 'actions.dimension');
  if (!DATE.test(input.dueOn) || Number.isNaN(Date.parse(input.dueOn))) throw fail('dueOn', 'actions.dueOn');
  if (input.dueOn < today) throw fail('dueOn', 'actions.dueInPast');
  const ownerId = input.ownerId ?? actorId;
  if (!isUuid(ownerId)) throw fail('ownerId', 'actions.owner');
  const [owner] = await db
    .select({ id: core.users.id })
    .from(core.users)
    .where(and(eq(core.users.id, ownerId), eq(core.users.status, 'active')));
  if (!owner) throw fail('ownerId', 'actions.owner');
  return db.transaction(async (tx) => {
    const [plan] = await tx
      .insert(pulseActionPlans)
      .values({
        campaignId: input.campaignId ?? null,
        orgUnitId: input.orgUnitId,
        dimension: input.dimension,
        title,
        finding,
        steps: steps.map((text) => ({ text, done: false })),
        dueOn: input.dueOn,
        ownerId,
        createdBy: actorId,
      })
      .returning();
    await audit(tx, actorId, 'pulse.action-plan-created', 'pulse-action-plan', plan!.id, {
      title,
      orgUnitId: input.orgUnitId,
    });
    return plan!;
  });
}

export async function loadActionPlan(db: Db, id: string): Promise<ActionPlan> {
  const [plan] = isUuid(id)
    ? await db.select().from(pulseActionPlans).where(eq(pulseActionPlans.id, id))
    : [];
  if (!plan) throw new NotFoundError();
  return plan;
}

/** Ticks steps and moves the status on; done when every step is. */
export async function updateActionPlan(
  db: Db,
  actorId: string,
  plan: ActionPlan,
  stepsDone: readonly boolean[],
): Promise<ActionPlan> {
  if (stepsDone.length !== plan.steps.length)
    throw fail('stepsDone', 'actions.stepsDone', { count: plan.steps.length });
  const steps = plan.steps.map((step, i) => ({ ...step, done: stepsDone[i]! }));
  const done = steps.filter((s) => s.done).length;
  const status = done === steps.length ? 'done' : done ? 'in_progress' : 'planned';
  return db.transaction(async (tx) => {
    const [updated] = await tx
      .update(pulseActionPlans)
      .set({ steps, status, updatedAt: new Date() })
      .where(eq(pulseActionPlans.id, plan.id))
      .returning();
    await audit(tx, actorId, 'pulse.action-plan-updated', 'pulse-action-plan', plan.id, { status });
    return updated!;
  });
}

/** Plans of some units (null: of every unit), the latest first. */
export async function actionPlansOf(
  db: Db,
  unitIds: readonly string[] | null,
  limit = 100,
): Promise<ActionPlan[]> {
  if (unitIds?.length === 0) return [];
  return db
    .select()
    .from(pulseActionPlans)
    .where(unitIds ? inArray(pulseActionPlans.orgUnitId, [...unitIds]) : undefined)
    .orderBy(desc(pulseActionPlans.createdAt), desc(pulseActionPlans.id))
    .limit(limit);
}
