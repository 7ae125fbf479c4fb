import { z } from 'zod';
import { NotFoundError } from '../errors';
import { moderate, moderationActionKinds } from '../moderation/actions';
import { reasonLabel, ruleLabel, rulesFor } from '../moderation/labels';
import { fileReport } from '../moderation/reports';
import { coreReasonLabel, coreReportReasons, toCitations } from '../moderation/rules';
import { builder } from './builder';
import { Comment } from './comment';
import { Community } from './community';
import { ModerationCitation } from './moderation-citation';
import { Post } from './post';
import { User } from './user';
import { message } from './validation';

export const ModerationState = builder.enumType('ModerationState', {
  description:
    'hidden: pending review; removed: by a moderator. Both leave feeds, search, notifications and counts.',
  values: ['visible', 'hidden', 'removed'] as const,
});
export const ReportStatus = builder.enumType('ReportStatus', {
  values: ['open', 'dismissed', 'actioned'] as const,
});
export const ModerationActionKind = builder.enumType('ModerationActionKind', {
  values: moderationActionKinds,
});

export const ReportReason = builder
  .objectRef<{ id: string; label: string; description: string | null; pluginId: string | null }>(
    'ReportReason',
  )
  .implement({
    description:
      'A reason to report content: the core reasons, then the rules plugins add (charter articles).',
    fields: (t) => ({
      id: t.exposeString('id', { description: 'A core reason ("spam"…) or a rule id ("charter:3").' }),
      label: t.exposeString('label'),
      description: t.exposeString('description', { nullable: true }),
      pluginId: t.exposeString('pluginId', { nullable: true, description: 'Null for the core reasons.' }),
    }),
  });

export const Report = builder.drizzleObject('reports', {
  name: 'Report',
  description: 'Someone asking the moderators to look at a post or a comment.',
  select: { columns: { id: true, communityId: true } },
  fields: (t) => ({
    id: t.exposeID('id'),
    reason: t.exposeString('reason', { description: 'spam, harassment, off_topic, confidential or other.' }),
    reasonLabel: t.string({
      select: { columns: { reason: true } },
      resolve: (r, _args, ctx) => reasonLabel(ctx, r.reason),
    }),
    rule: t.exposeString('rule', { nullable: true, description: 'The rule cited, e.g. "charter:3".' }),
    ruleLabel: t.string({
      nullable: true,
      select: { columns: { rule: true } },
      resolve: (r, _args, ctx) => ruleLabel(ctx, r.rule, r.communityId),
    }),
    details: t.exposeString('details', { nullable: true }),
    status: t.expose('status', { type: ReportStatus }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    firstActionAt: t.expose('firstActionAt', { type: 'DateTime', nullable: true }),
    resolvedAt: t.expose('resolvedAt', { type: 'DateTime', nullable: true }),
    reporter: t.relation('reporter', { nullable: true, type: User }),
    post: t.relation('post', { nullable: true, type: Post }),
    comment: t.relation('comment', { nullable: true, type: Comment }),
    community: t.relation('community', { nullable: true, type: Community }),
  }),
});

export const ModerationAction = builder.drizzleObject('moderationActions', {
  name: 'ModerationAction',
  description: 'What a moderator decided, when and why (also in the audit log).',
  select: { columns: { id: true, communityId: true } },
  fields: (t) => ({
    id: t.exposeID('id'),
    action: t.expose('action', { type: ModerationActionKind }),
    reason: t.exposeString('reason'),
    rule: t.exposeString('rule', { nullable: true }),
    ruleLabel: t.string({
      nullable: true,
      select: { columns: { rule: true } },
      resolve: (a, _args, ctx) => ruleLabel(ctx, a.rule, a.communityId),
    }),
    citations: t.field({
      type: [ModerationCitation],
      description: 'Every rule cited, as worded when the decision was taken.',
      select: { columns: { citations: true } },
      resolve: (a) => toCitations(a.citations),
    }),
    suspendedUntil: t.expose('suspendedUntil', { type: 'DateTime', nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    actor: t.relation('actor', { nullable: true, type: User }),
    report: t.relation('report', { nullable: true, type: Report }),
  }),
});

builder.queryField('reportReasons', (t) =>
  t.withAuth({ signedIn: true }).field({
    type: [ReportReason],
    description: 'Reasons and rules a report may cite for content of this community (or of a profile).',
    args: { communityId: t.arg.globalID({ for: Community }) },
    resolve: async (_root, args, ctx) => {
      const communityId = args.communityId?.id ?? null;
      const rules = await rulesFor(ctx, communityId);
      return [
        ...coreReportReasons.map((id) => ({
          id,
          label: coreReasonLabel(ctx.locale, id),
          description: null,
          pluginId: null,
        })),
        ...rules.map((rule) => ({
          id: rule.id,
          label: rule.label[ctx.locale],
          description: rule.description?.[ctx.locale] ?? null,
          pluginId: rule.id.split(':')[0]!,
        })),
      ];
    },
  }),
);

const text = (max: number) => z.string().trim().max(max, message('validation.tooLong', { max }));

const ReportContentInput = builder.inputType('ReportContentInput', {
  fields: (t) => ({
    postId: t.globalID({ for: Post }),
    commentId: t.globalID({ for: Comment }),
    reason: t.string({ required: true, description: 'A core reason id from `reportReasons`.' }),
    rule: t.string({ description: 'A rule id from `reportReasons` ("charter:3").', validate: text(100) }),
    details: t.string({ description: 'In the reporter’s words.', validate: text(1000) }),
  }),
});

const UUID = z.string().uuid(message('validation.moderationTarget'));

const ModerateInput = builder.inputType('ModerateInput', {
  fields: (t) => ({
    reportId: t.id({ description: 'Act on the item of this report.', validate: UUID }),
    postId: t.globalID({ for: Post }),
    commentId: t.globalID({ for: Comment }),
    action: t.field({ type: ModerationActionKind, required: true }),
    reason: t.string({
      required: true,
      description: 'Why: the author reads it with the rule when content is removed.',
      validate: text(1000).min(1, message('validation.required')),
    }),
    rule: t.string({ validate: text(100) }),
    rules: t.stringList({
      description:
        'The rule ids cited (charter articles, from `reportReasons`); while the charter plugin is enabled, hide, remove and warn need one.',
      validate: z.array(text(100)).max(5, message('validation.tooManyCitations', { max: 5 })),
    }),
    suspendDays: t.int({ description: 'For suspend: how many days (1 to 365).' }),
  }),
});

builder.mutationFields((t) => ({
  reportContent: t.withAuth({ signedIn: true }).drizzleField({
    type: Report,
    description: 'Reports a post or a comment to its moderators; reporting it again returns the open report.',
    errors: {},
    args: { input: t.arg({ type: ReportContentInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      const { id } = await fileReport(ctx, {
        postId: input.postId?.id,
        commentId: input.commentId?.id,
        reason: input.reason,
        rule: input.rule,
        details: input.details,
      });
      const report = await ctx.db.query.reports.findFirst(query({ where: { id } }));
      if (!report) throw new NotFoundError();
      return report;
    },
  }),
  moderate: t.withAuth({ signedIn: true }).drizzleField({
    type: ModerationAction,
    description:
      'Dismisses reports, hides pending review, restores, removes, warns the author or suspends them from the community. Animators of the community and admins.',
    errors: {},
    args: { input: t.arg({ type: ModerateInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      const actionId = await moderate(ctx, {
        reportId: input.reportId ? String(input.reportId) : null,
        postId: input.postId?.id,
        commentId: input.commentId?.id,
        action: input.action,
        reason: input.reason,
        rule: input.rule,
        rules: input.rules,
        suspendDays: input.suspendDays,
      });
      return (await ctx.db.query.moderationActions.findFirst(query({ where: { id: actionId } })))!;
    },
  }),
}));
