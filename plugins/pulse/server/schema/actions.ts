import { authorize, NotFoundError, type PluginSchema } from '@levain/server/plugin';
import {
  type ActionPlan,
  actionPlansOf,
  createActionPlan,
  loadActionPlan,
  updateActionPlan,
} from '../actions';
import { loadCampaign } from '../campaigns/store';
import { dimensions } from '../library/dimensions';
import { managesPeople } from '../permissions';
import { campaignById, userById } from './batch';
import type { CampaignRefs } from './campaigns';
import { asOrgUnit, chartOf, requireScope } from './context';
import type { SharedTypes } from './types';

/** "You said, we did": action plans attached to results, and what each team sees of them. */
export function actionsSchema(schema: PluginSchema, types: SharedTypes, { PulseCampaign }: CampaignRefs) {
  const { builder, queryField, mutationField, core: refs } = schema;
  const Status = builder.enumType('ActionPlanStatus', {
    values: ['planned', 'in_progress', 'done'] as const,
  });
  const Step = builder.objectRef<{ text: string; done: boolean }>('ActionPlanStep').implement({
    fields: (t) => ({ text: t.exposeString('text'), done: t.exposeBoolean('done') }),
  });
  const ActionPlanRef = builder.objectRef<ActionPlan>('ActionPlan').implement({
    description:
      'What HR or a manager commits to after a result: an owner, steps and a due date, shown to the team.',
    fields: (t) => ({
      id: t.exposeID('id'),
      title: t.exposeString('title'),
      finding: t.exposeString('finding', { description: 'What the team said, in the author’s words.' }),
      dimension: t.field({
        type: types.PulseDimension,
        resolve: (p) => dimensions[p.dimension as keyof typeof dimensions],
      }),
      orgUnit: t.field({
        type: refs.OrgUnit,
        nullable: true,
        resolve: async (p, _a, ctx) => {
          const unit = (await chartOf(ctx)).byId.get(p.orgUnitId);
          return unit ? asOrgUnit(unit) : null;
        },
      }),
      campaign: t.field({
        type: PulseCampaign,
        nullable: true,
        resolve: (p, _a, ctx) => campaignById(ctx, p.campaignId),
      }),
      owner: t.field({
        type: refs.User,
        nullable: true,
        resolve: (p, _a, ctx) => userById(ctx, p.ownerId),
      }),
      steps: t.field({ type: [Step], resolve: (p) => p.steps }),
      dueOn: t.exposeString('dueOn', { description: 'YYYY-MM-DD.' }),
      status: t.field({ type: Status, resolve: (p) => p.status }),
      createdAt: t.field({ type: 'DateTime', resolve: (p) => p.createdAt }),
      updatedAt: t.field({ type: 'DateTime', resolve: (p) => p.updatedAt }),
    }),
  });

  queryField('pulseActionPlans', (t) =>
    t.withAuth({ signedIn: true }).field({
      type: [ActionPlanRef],
      description: 'Action plans of the units whose results the viewer reads (HR: all; a manager: theirs).',
      resolve: async (_root, _args, ctx) => {
        const scope = await requireScope(ctx);
        return actionPlansOf(ctx.db, scope.ids ? [...scope.ids] : null);
      },
    }),
  );

  queryField('pulseTeamActions', (t) =>
    t.withAuth({ signedIn: true }).field({
      type: [ActionPlanRef],
      description: '“You said, we did”: what was decided for the viewer’s team and the units above it.',
      resolve: async (_root, _args, ctx) => {
        const chart = await chartOf(ctx);
        return actionPlansOf(ctx.db, chart.pathOf(ctx.viewer.orgUnitId), 20);
      },
    }),
  );

  const PlanInput = builder.inputType('ActionPlanInput', {
    fields: (t) => ({
      campaignId: t.id(),
      orgUnitId: t.globalID({ required: true, for: refs.OrgUnit }),
      dimension: t.field({ type: types.DimensionKey, required: true }),
      title: t.string({ required: true }),
      finding: t.string({ required: true }),
      steps: t.stringList({ required: true }),
      dueOn: t.string({ required: true, description: 'YYYY-MM-DD' }),
      ownerId: t.globalID({ for: refs.User }),
    }),
  });

  mutationField('createActionPlan', (t) =>
    t.withAuth({ signedIn: true }).field({
      type: ActionPlanRef,
      errors: {},
      description: 'Attaches an action plan to a unit’s results. HR, or the unit’s manager.',
      args: { input: t.arg({ type: PlanInput, required: true }) },
      resolve: async (_root, { input }, ctx) => {
        const chart = await chartOf(ctx);
        const unitId = input.orgUnitId.id;
        authorize(ctx.viewer, 'pulse:plan-actions', {
          path: chart.byId.has(unitId) ? chart.pathOf(unitId) : [],
          managesPeople: await managesPeople(ctx.db, ctx.viewer),
        });
        const campaignId = input.campaignId ? String(input.campaignId) : null;
        if (campaignId && !(await loadCampaign(ctx.db, campaignId))) throw new NotFoundError();
        return createActionPlan(
          ctx.db,
          ctx.viewer.id,
          { ...input, campaignId, orgUnitId: unitId, ownerId: input.ownerId?.id ?? null },
          new Date().toISOString().slice(0, 10),
        );
      },
    }),
  );

  mutationField('updateActionPlan', (t) =>
    t.withAuth({ signedIn: true }).field({
      type: ActionPlanRef,
      errors: {},
      description: 'Ticks the steps done; the plan is done when every step is.',
      args: { id: t.arg.id({ required: true }), stepsDone: t.arg.booleanList({ required: true }) },
      resolve: async (_root, { id, stepsDone }, ctx) => {
        const plan = await loadActionPlan(ctx.db, String(id));
        const chart = await chartOf(ctx);
        authorize(ctx.viewer, 'pulse:plan-actions', {
          path: chart.pathOf(plan.orgUnitId),
          managesPeople: await managesPeople(ctx.db, ctx.viewer),
        });
        return updateActionPlan(ctx.db, ctx.viewer.id, plan, stepsDone);
      },
    }),
  );

  return ActionPlanRef;
}

export type ActionPlanRef = ReturnType<typeof actionsSchema>;
