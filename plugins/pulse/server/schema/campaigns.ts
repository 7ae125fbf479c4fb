import { authorize, fields, type PluginSchema } from '@levain/server/plugin';
import type { PulseAudience } from '../../db/schema';
import { periodAt } from '../campaigns/cadence';
import { createCampaign } from '../campaigns/create';
import { type Campaign, campaignStatus, loadCampaign, loadCampaigns, timingOf } from '../campaigns/store';
import { closedPeriods } from '../results/read';
import { liveResponseRate, type ResponseRate } from '../results/response-rate';
import { chartOf, requireScope, unitToRead } from './context';
import type { SharedTypes } from './types';

export type PeriodView = { index: number; opensAt: Date; closesAt: Date; closed: boolean };

/** Campaigns: what HR schedules, and what HR and managers pick results from. */
export function campaignSchema(schema: PluginSchema, types: SharedTypes) {
  const { builder, queryField, mutationField, core } = schema;
  const Status = builder.enumType('PulseCampaignStatus', {
    values: ['scheduled', 'open', 'closed'] as const,
  });
  const Cadence = builder.enumType('PulseCadence', {
    values: ['once', 'weekly', 'biweekly', 'monthly'] as const,
  });

  const PulsePeriod = builder.objectRef<PeriodView>('PulsePeriod').implement({
    description: 'One pulse of a campaign (the only one of a one-off campaign).',
    fields: (t) => ({
      index: t.exposeInt('index'),
      number: t.int({ description: 'Counted from 1, for people.', resolve: (p) => p.index + 1 }),
      opensAt: t.field({ type: 'DateTime', resolve: (p) => p.opensAt }),
      closesAt: t.field({ type: 'DateTime', resolve: (p) => p.closesAt }),
      closed: t.exposeBoolean('closed', {
        description: 'Results are shown once a pulse is closed, never before.',
      }),
    }),
  });

  const Audience = builder.objectRef<PulseAudience>('PulseAudience').implement({
    fields: (t) => ({
      everyone: t.exposeBoolean('everyone'),
      orgUnitIds: t.idList({ resolve: (a) => a.orgUnitIds }),
      communityIds: t.idList({ resolve: (a) => a.communityIds }),
    }),
  });

  const Rate = builder.objectRef<ResponseRate>('PulseResponseRate').implement({
    description: 'Answers so far to the open pulse; the count is hidden under the anonymity rules.',
    fields: (t) => ({
      period: t.exposeInt('period'),
      responseCount: t.exposeInt('responseCount', { nullable: true }),
      invitedCount: t.exposeInt('invitedCount'),
      rate: t.float({
        nullable: true,
        resolve: (r) =>
          r.responseCount === null || !r.invitedCount
            ? null
            : Math.round((r.responseCount / r.invitedCount) * 1000) / 10,
      }),
      hiddenReason: t.field({ type: types.HiddenReason, nullable: true, resolve: (r) => r.hiddenReason }),
    }),
  });

  const PulseCampaign = builder.objectRef<Campaign>('PulseCampaign').implement({
    description:
      'A climate-social pulse survey (baromètre) that HR opens to employees, once or on a cadence.',
    fields: (t) => ({
      id: t.exposeID('id'),
      title: t.exposeString('title'),
      opensAt: t.field({ type: 'DateTime', resolve: (c) => c.opensAt }),
      closesAt: t.field({ type: 'DateTime', resolve: (c) => c.closesAt }),
      status: t.field({ type: Status, resolve: (c) => campaignStatus(c) }),
      cadence: t.field({ type: Cadence, resolve: (c) => c.cadence }),
      questions: t.field({ type: [types.PulseQuestion], resolve: (c) => c.questions }),
      audience: t.field({ type: Audience, resolve: (c) => c.audience }),
      pulseSize: t.exposeInt('pulseSize'),
      windowDays: t.exposeInt('windowDays', { nullable: true }),
      reminderDays: t.intList({ resolve: (c) => c.reminderDays }),
      askComment: t.exposeBoolean('askComment'),
      minGroupSize: t.exposeInt('minGroupSize', { description: 'Frozen once the campaign opens.' }),
      commentMinGroupSize: t.exposeInt('commentMinGroupSize'),
      createdBy: t.field({ type: core.User, nullable: true, resolve: (c) => c.creator }),
      currentPeriod: t.field({
        type: PulsePeriod,
        nullable: true,
        description: 'The pulse open now, if any.',
        resolve: (c) => {
          const now = new Date();
          for (let index = 0; ; index += 1) {
            const period = periodAt(timingOf(c), index);
            if (!period || period.opensAt > now) return null;
            if (period.closesAt > now) return { ...period, closed: false };
          }
        },
      }),
      closedPeriods: t.field({
        type: [PulsePeriod],
        description: 'Pulses whose results are available, oldest first.',
        resolve: async (c, _a, ctx) =>
          (await closedPeriods(ctx.db, c.id)).map((p) => ({ ...p, closed: true })),
      }),
      responseRate: t.field({
        type: Rate,
        nullable: true,
        description:
          'Answers so far to the open pulse, in the viewer’s scope (HR: the organisation; a manager: their unit).',
        args: { orgUnitId: t.arg.globalID({ for: core.OrgUnit }) },
        resolve: async (c, { orgUnitId }, ctx) => {
          const unitId = await unitToRead(ctx, orgUnitId?.id);
          return liveResponseRate(ctx.db, await chartOf(ctx), c, unitId, new Date());
        },
      }),
    }),
  });

  queryField('pulseCampaigns', (t) =>
    t.withAuth({ signedIn: true }).field({
      type: [PulseCampaign],
      description:
        'Every pulse campaign, the latest first: for HR, and for managers reading their team’s results.',
      resolve: async (_root, _args, ctx) => {
        await requireScope(ctx);
        return loadCampaigns(ctx.db);
      },
    }),
  );

  queryField('pulseCampaign', (t) =>
    t.withAuth({ signedIn: true }).field({
      type: PulseCampaign,
      nullable: true,
      args: { id: t.arg.id({ required: true }) },
      resolve: async (_root, { id }, ctx) => {
        await requireScope(ctx);
        return loadCampaign(ctx.db, String(id));
      },
    }),
  );

  const AudienceInput = builder.inputType('PulseAudienceInput', {
    fields: (t) => ({
      everyone: t.boolean(),
      orgUnitIds: t.idList(),
      communityIds: t.idList(),
    }),
  });

  mutationField('createPulseCampaign', (t) =>
    t.field({
      type: PulseCampaign,
      errors: {},
      description:
        'Schedules a pulse campaign: once or on a cadence, with questions of the library (all of it by default), for an audience (everyone by default). HR only.',
      args: {
        title: t.arg.string({ required: true, validate: fields.text(200) }),
        opensAt: t.arg({ type: 'DateTime', required: true }),
        closesAt: t.arg({ type: 'DateTime', required: true }),
        questionIds: t.arg.stringList(),
        cadence: t.arg({ type: Cadence }),
        audience: t.arg({ type: AudienceInput }),
        pulseSize: t.arg.int(),
        windowDays: t.arg.int(),
        reminderDays: t.arg.intList(),
        askComment: t.arg.boolean(),
      },
      resolve: async (_root, args, ctx) => {
        authorize(ctx.viewer, 'pulse:manage');
        const audience = args.audience && {
          everyone: args.audience.everyone ?? undefined,
          orgUnitIds: (args.audience.orgUnitIds ?? []).map(String),
          communityIds: (args.audience.communityIds ?? []).map(String),
        };
        const id = await createCampaign(ctx.db, ctx.viewer.id, { ...args, audience }, new Date());
        return (await loadCampaign(ctx.db, id))!;
      },
    }),
  );

  return { PulseCampaign, PulsePeriod };
}

export type CampaignRefs = ReturnType<typeof campaignSchema>;
