import { audit, authorize, fields, type PluginSchema, ValidationError } from '@levain/server/plugin';
import { eq } from 'drizzle-orm';
import type { PulseQuestion } from '../db/schema';
import { pulseCampaigns } from '../db/schema';
import { type Campaign, campaignStatus, loadCampaigns } from './campaigns';
import { standardQuestions } from './questions';

export function pulseSchema({ builder, queryField, mutationField, core }: PluginSchema) {
  const Status = builder.enumType('PulseCampaignStatus', {
    values: ['scheduled', 'open', 'closed'] as const,
  });

  const Question = builder.objectRef<PulseQuestion>('PulseQuestion').implement({
    fields: (t) => ({
      id: t.exposeID('id'),
      text: t.string({
        description: 'In the viewer’s language.',
        resolve: (q, _args, ctx) => q.text[ctx.locale],
      }),
    }),
  });

  const PulseCampaign = builder.objectRef<Campaign>('PulseCampaign').implement({
    description: 'A climate-social pulse survey (baromètre) that HR opens to employees between two dates.',
    fields: (t) => ({
      id: t.exposeID('id'),
      title: t.exposeString('title'),
      opensAt: t.field({ type: 'DateTime', resolve: (c) => c.opensAt }),
      closesAt: t.field({ type: 'DateTime', resolve: (c) => c.closesAt }),
      status: t.field({ type: Status, resolve: (c) => campaignStatus(c) }),
      questions: t.field({ type: [Question], resolve: (c) => c.questions }),
      createdBy: t.field({ type: core.User, nullable: true, resolve: (c) => c.creator }),
    }),
  });

  queryField('pulseCampaigns', (t) =>
    t.field({
      type: [PulseCampaign],
      description: 'Every pulse campaign, the latest first. HR only.',
      authScopes: { signedIn: true },
      resolve: (_root, _args, ctx) => {
        authorize(ctx.viewer, 'pulse:manage');
        return loadCampaigns(ctx.db);
      },
    }),
  );

  mutationField('createPulseCampaign', (t) =>
    t.field({
      type: PulseCampaign,
      errors: {},
      description: 'Schedules a pulse campaign with the standard climate questions. HR only.',
      args: {
        title: t.arg.string({ required: true, validate: fields.text(200) }),
        opensAt: t.arg({ type: 'DateTime', required: true }),
        closesAt: t.arg({ type: 'DateTime', required: true }),
      },
      resolve: async (_root, { title, opensAt, closesAt }, ctx) => {
        authorize(ctx.viewer, 'pulse:manage');
        const actorId = ctx.viewer.id;
        if (closesAt <= opensAt)
          throw ValidationError.field('closesAt', 'pulse:validation.closesBeforeOpens');
        if (closesAt <= new Date()) throw ValidationError.field('closesAt', 'pulse:validation.closesInPast');
        const id = await ctx.db.transaction(async (tx) => {
          const [created] = await tx
            .insert(pulseCampaigns)
            .values({ title, opensAt, closesAt, questions: standardQuestions, createdBy: actorId })
            .returning({ id: pulseCampaigns.id });
          await audit(tx, actorId, 'pulse.campaign-created', 'pulse-campaign', created!.id, { title });
          return created!.id;
        });
        const [campaign] = await loadCampaigns(ctx.db, eq(pulseCampaigns.id, id));
        return campaign!;
      },
    }),
  );
}
