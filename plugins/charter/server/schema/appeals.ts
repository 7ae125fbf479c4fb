import { authorize, fields, NotFoundError, type PluginSchema } from '@levain/server/plugin';
import { type AppealView, appealQueue, appealsOf, appealWithId } from '../moderation/appeal-list';
import { decideAppeal, fileAppeal } from '../moderation/appeals';
import { isUuid } from './queries';

const MAX_PAGE = 50;

/** Appeals of moderation decisions: the author's, once per decision; the queue of those who decide. */
export function appealSchema({ builder, queryField, mutationField, services }: PluginSchema) {
  const AppealStatus = builder.enumType('AppealStatus', {
    values: ['PENDING', 'UPHELD', 'REJECTED'] as const,
  });

  const AppealCitation = builder.objectRef<AppealView['citations'][number]>('AppealCitation').implement({
    description: 'An article the contested decision cited: number and title, then its text.',
    fields: (t) => ({
      label: t.string({ resolve: (c, _args, ctx) => c.label[ctx.locale] }),
      text: t.string({ nullable: true, resolve: (c, _args, ctx) => c.description?.[ctx.locale] ?? null }),
    }),
  });

  const Appeal = builder.objectRef<AppealView>('Appeal').implement({
    description:
      'An author’s appeal of a moderation decision, decided by another moderator or an admin (never shows who moderated).',
    fields: (t) => ({
      id: t.exposeID('id'),
      noticeId: t.exposeID('noticeId', { description: 'The decision appealed (`ModerationNotice.id`).' }),
      status: t.field({ type: AppealStatus, resolve: (a) => a.status.toUpperCase() as 'PENDING' }),
      statement: t.exposeString('statement', { description: 'The author’s words.' }),
      decision: t.exposeString('decision', { nullable: true, description: 'Why it was upheld or rejected.' }),
      createdAt: t.field({ type: 'DateTime', resolve: (a) => a.createdAt }),
      decidedAt: t.field({ type: 'DateTime', nullable: true, resolve: (a) => a.decidedAt }),
      action: t.exposeString('action', { description: 'hide, remove or warn.' }),
      reason: t.exposeString('reason'),
      citations: t.field({ type: [AppealCitation], resolve: (a) => a.citations }),
      excerpt: t.exposeString('excerpt', { nullable: true }),
      mayDecide: t.exposeBoolean('mayDecide'),
    }),
  });

  const connection = (name: string, description: string, load: typeof appealQueue) =>
    queryField(name, (t) =>
      t.withAuth({ signedIn: true }).connection(
        {
          type: Appeal,
          description,
          resolve: async (_root, args, ctx) => {
            authorize(ctx.viewer, 'charter:read');
            const first = Math.min(Math.max(args.first ?? 20, 1), MAX_PAGE);
            const page = await load(ctx.db, ctx.viewer, first, args.after);
            return {
              edges: page.appeals.map((node, i) => ({ node, cursor: page.cursors[i]! })),
              pageInfo: {
                hasNextPage: page.hasNextPage,
                hasPreviousPage: !!args.after,
                startCursor: page.cursors[0] ?? null,
                endCursor: page.cursors.at(-1) ?? null,
              },
            };
          },
        },
        { name: `${name[0]!.toUpperCase()}${name.slice(1)}Connection` },
        { name: `${name[0]!.toUpperCase()}${name.slice(1)}Edge` },
      ),
    );
  connection(
    'charterAppeals',
    'Appeals waiting for the viewer, oldest first: an admin’s, or those of the communities they animate (never on their own decisions).',
    appealQueue,
  );
  connection('myAppeals', 'The viewer’s appeals, newest first.', appealsOf);

  const AppealInput = builder.inputType('AppealModerationInput', {
    fields: (t) => ({
      noticeId: t.id({ required: true, description: 'The decision (`ModerationNotice.id`).' }),
      statement: t.string({ required: true, validate: fields.text(2000, 1) }),
    }),
  });

  mutationField('appealModeration', (t) =>
    t.withAuth({ signedIn: true }).field({
      type: Appeal,
      errors: {},
      description: 'The author appeals a hide, a removal or a warning about their content, once.',
      args: { input: t.arg({ type: AppealInput, required: true }) },
      resolve: async (_root, { input }, ctx) => {
        authorize(ctx.viewer, 'charter:read');
        const noticeId = String(input.noticeId);
        const id = await fileAppeal(services, ctx.viewer, {
          noticeId: isUuid(noticeId) ? noticeId : '00000000-0000-0000-0000-000000000000',
          statement: input.statement.trim(),
        });
        return (await appealWithId(ctx.db, ctx.viewer, id))!;
      },
    }),
  );

  const DecideInput = builder.inputType('DecideAppealInput', {
    fields: (t) => ({
      appealId: t.id({ required: true }),
      upheld: t.boolean({
        required: true,
        description: 'True reverses the decision (the item is shown again).',
      }),
      decision: t.string({ required: true, validate: fields.text(2000, 1) }),
    }),
  });

  mutationField('decideAppeal', (t) =>
    t.withAuth({ signedIn: true }).field({
      type: Appeal,
      errors: {},
      description: 'Another moderator of the community or an admin upholds or rejects an appeal.',
      args: { input: t.arg({ type: DecideInput, required: true }) },
      resolve: async (_root, { input }, ctx) => {
        authorize(ctx.viewer, 'charter:read');
        const appealId = String(input.appealId);
        if (!isUuid(appealId)) throw new NotFoundError();
        await decideAppeal(services, ctx.viewer, {
          appealId,
          upheld: input.upheld,
          decision: input.decision.trim(),
        });
        return (await appealWithId(ctx.db, ctx.viewer, appealId))!;
      },
    }),
  );
}
