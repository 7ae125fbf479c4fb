import { authorize, type PluginSchema, type SignedInContext } from '@levain/server/plugin';
import { CELL_ROLES } from '../../db/schema';
import { type IncidentRow, loadIncidentFor } from '../incidents/access';
import { approveCrisisPost, setCrisisMode } from '../incidents/crisis';
import { declareIncident } from '../incidents/declare';
import { closeIncident, completePlaybookStep, publishHoldingStatement } from '../incidents/lifecycle';
import { incidentId, viewIncident } from '../incidents/read';
import { heldPositions } from '../network/positions';
import { localId } from './ids';
import type { incidentTypes } from './incidents';

/** The crisis cell's writes: declare, crisis mode, approvals, holding statement, playbook, closing. */
export function incidentMutations(
  { builder, mutationField, core: refs, services }: PluginSchema,
  { Incident }: ReturnType<typeof incidentTypes>,
) {
  const MemberRole = builder.enumType('CmCellMemberRole', { values: CELL_ROLES.filter((r) => r !== 'lead') });
  const MemberInput = builder.inputType('CmCellMemberInput', {
    fields: (t) => ({
      userId: t.globalID({ required: true, for: refs.User }),
      role: t.field({ type: MemberRole, required: true }),
    }),
  });
  const PostMortemInput = builder.inputType('CmPostMortemInput', {
    fields: (t) => ({
      whatHappened: t.string({ required: true }),
      whatWorked: t.string({ required: true }),
      whatToChange: t.string({ required: true }),
    }),
  });

  /** Loads the incident for the action (NotFoundError outside its cell), acts, answers it as it now is. */
  const onIncident = async (
    ctx: SignedInContext,
    id: string | number,
    action: 'cm-network:work-incident' | 'cm-network:lead-incident',
    act: (incident: IncidentRow) => Promise<unknown>,
  ) => {
    const viewer = ctx.viewer;
    await act(await loadIncidentFor(ctx.db, viewer, incidentId(id), action));
    return viewIncident(
      services,
      viewer,
      await loadIncidentFor(ctx.db, viewer, incidentId(id), 'cm-network:read-incident'),
    );
  };

  mutationField('declareIncident', (t) =>
    t.withAuth({ signedIn: true }).field({
      type: Incident,
      errors: {},
      description:
        'Declares an incident (severity 1–3, a scope of communities): the declarer leads its cell, with the scope’s animators and the people named.',
      args: {
        title: t.arg.string({ required: true }),
        severity: t.arg.int({ required: true }),
        communityIds: t.arg.idList({ required: true }),
        members: t.arg({ type: [MemberInput] }),
      },
      resolve: async (_root, args, ctx) => {
        const viewer = ctx.viewer;
        const held = await heldPositions(ctx.db, viewer.id);
        authorize(viewer, 'cm-network:declare-incident', { heldUnitIds: held.map((h) => h.orgUnitId) });
        const { id, notify } = await declareIncident(ctx.db, services, viewer, {
          title: args.title,
          severity: args.severity,
          communityIds: args.communityIds.map((c) => localId(c)),
          members: (args.members ?? []).map((m) => ({ userId: m.userId.id, role: m.role })),
        });
        if (notify.length)
          await services.notifications.send({
            userIds: notify,
            message: 'notification.incidentDeclared',
            params: { title: args.title.trim() },
            link: `/cm-network/incidents/${id}`,
            groupKey: `incident:${id}`,
          });
        return viewIncident(
          services,
          viewer,
          await loadIncidentFor(ctx.db, viewer, id, 'cm-network:read-incident'),
        );
      },
    }),
  );

  mutationField('setCrisisMode', (t) =>
    t.withAuth({ signedIn: true }).field({
      type: Incident,
      errors: {},
      description:
        'Turns crisis mode on or off in a community of the scope (the lead): on, its CMs’ posts wait for the lead.',
      args: {
        incidentId: t.arg.id({ required: true }),
        communityId: t.arg.id({ required: true }),
        on: t.arg.boolean({ required: true }),
      },
      resolve: (_root, args, ctx) =>
        onIncident(ctx, args.incidentId, 'cm-network:lead-incident', (incident) =>
          setCrisisMode(ctx.db, ctx.viewer, incident, localId(args.communityId), args.on),
        ),
    }),
  );

  mutationField('approveCrisisPost', (t) =>
    t.withAuth({ signedIn: true }).field({
      type: Incident,
      errors: {},
      description: 'Publishes a post crisis mode held (the lead; never one’s own post).',
      args: { incidentId: t.arg.id({ required: true }), postId: t.arg.id({ required: true }) },
      resolve: (_root, args, ctx) =>
        onIncident(ctx, args.incidentId, 'cm-network:lead-incident', (incident) =>
          approveCrisisPost(services, ctx.viewer, incident, localId(args.postId)),
        ),
    }),
  );

  mutationField('publishHoldingStatement', (t) =>
    t.withAuth({ signedIn: true }).field({
      type: Incident,
      errors: {},
      description:
        'Publishes the cell’s holding statement (the lead), adapted from the template of the severity, as the lead’s post in each community of the scope they may see.',
      args: { incidentId: t.arg.id({ required: true }), body: t.arg.string({ required: true }) },
      resolve: (_root, args, ctx) =>
        onIncident(ctx, args.incidentId, 'cm-network:lead-incident', (incident) =>
          publishHoldingStatement(services, ctx.viewer, incident, args.body),
        ),
    }),
  );

  mutationField('completePlaybookStep', (t) =>
    t.withAuth({ signedIn: true }).field({
      type: Incident,
      errors: {},
      description: 'Ticks a step of the playbook (anyone in the cell, while the incident is open).',
      args: { incidentId: t.arg.id({ required: true }), stepId: t.arg.id({ required: true }) },
      resolve: (_root, args, ctx) =>
        onIncident(ctx, args.incidentId, 'cm-network:work-incident', (incident) =>
          completePlaybookStep(ctx.db, ctx.viewer, incident, localId(args.stepId)),
        ),
    }),
  );

  mutationField('closeIncident', (t) =>
    t.withAuth({ signedIn: true }).field({
      type: Incident,
      errors: {},
      description: 'Closes the incident with its post-mortem (the lead); crisis mode is lifted in the scope.',
      args: {
        incidentId: t.arg.id({ required: true }),
        postMortem: t.arg({ type: PostMortemInput, required: true }),
      },
      resolve: (_root, args, ctx) =>
        onIncident(ctx, args.incidentId, 'cm-network:lead-incident', (incident) =>
          closeIncident(ctx.db, ctx.viewer, incident, args.postMortem),
        ),
    }),
  );
}
