import type { PluginSchema } from '@levain/server/plugin';
import { answerPulse } from '../answering/answer';
import { myOpenPulse, type OpenPulse } from '../answering/my-pulse';
import type { CampaignRefs } from './campaigns';
import type { SharedTypes } from './types';

/** What an employee sees and does: their open pulse, and answering it. */
export function answeringSchema(
  { builder, queryField, mutationField }: PluginSchema,
  types: SharedTypes,
  { PulseCampaign }: CampaignRefs,
) {
  const Invitation = builder.objectRef<OpenPulse>('PulseInvitation').implement({
    description: 'A pulse waiting for the viewer’s answer: a few questions, under a minute.',
    fields: (t) => ({
      campaign: t.field({ type: PulseCampaign, resolve: (p) => p.campaign }),
      campaignId: t.id({ resolve: (p) => p.campaign.id }),
      title: t.string({ resolve: (p) => p.campaign.title }),
      period: t.exposeInt('period'),
      closesAt: t.field({ type: 'DateTime', resolve: (p) => p.closesAt }),
      questions: t.field({ type: [types.PulseQuestion], resolve: (p) => p.questions }),
      askComment: t.boolean({ resolve: (p) => p.campaign.askComment }),
      minGroupSize: t.int({
        description: 'Results are shown for groups of at least this many people.',
        resolve: (p) => p.campaign.minGroupSize,
      }),
    }),
  });

  queryField('myPulse', (t) =>
    t.withAuth({ signedIn: true }).field({
      type: Invitation,
      nullable: true,
      description:
        'The viewer’s open pulse, or null: none open, already answered, or not yet in their working hours.',
      resolve: (_root, _args, ctx) => myOpenPulse(ctx.db, ctx.viewer.id, new Date()),
    }),
  );

  const AnswerInput = builder.inputType('PulseAnswerInput', {
    fields: (t) => ({
      questionId: t.string({ required: true }),
      value: t.int({ required: true }),
    }),
  });

  mutationField('answerPulse', (t) =>
    t.withAuth({ signedIn: true }).field({
      type: PulseCampaign,
      errors: {},
      description:
        'Answers the open pulse of a campaign, once. The answers are kept apart from the person (org unit, period, question, value) and shown only in groups.',
      args: {
        campaignId: t.arg.id({ required: true }),
        answers: t.arg({ type: [AnswerInput], required: true }),
        comment: t.arg.string(),
      },
      resolve: (_root, { campaignId, answers, comment }, ctx) =>
        answerPulse(ctx.db, ctx.viewer.id, String(campaignId), answers, comment, new Date()),
    }),
  );
}
