import {
  authorize,
  connectionOf,
  decodeKeyset,
  fields,
  NotFoundError,
  type PluginSchema,
} from '@levain/server/plugin';
import { answerQuestion, type QuestionView, questionsPage, questionWithId } from '../ambassadors/answers';
import { approvedAmong } from '../ambassadors/model';
import { isUuid } from './queries';

const MAX_PAGE = 50;
const MAX_BADGES = 200;

/** Questions to the ambassadors and their answers; which people carry the ambassador badge. */
export function questionSchema({ builder, queryField, mutationField, services, core }: PluginSchema) {
  const Question = builder.objectRef<QuestionView>('AmbassadorQuestion').implement({
    description: 'A question about the charters to the ambassadors of the asker’s site or direction.',
    fields: (t) => ({
      id: t.exposeID('id'),
      question: t.exposeString('question'),
      askerName: t.exposeString('askerName'),
      answer: t.exposeString('answer', { nullable: true }),
      answererName: t.exposeString('answererName', {
        nullable: true,
        description: 'The ambassador the answer is credited to.',
      }),
      createdAt: t.field({ type: 'DateTime', resolve: (q) => q.createdAt }),
      answeredAt: t.field({ type: 'DateTime', nullable: true, resolve: (q) => q.answeredAt }),
    }),
  });

  queryField('ambassadorQuestions', (t) =>
    t.withAuth({ signedIn: true }).connection({
      type: Question,
      description:
        'Newest first: the questions an ambassador may answer (their unit and the units below it), or with `mine` the viewer’s own.',
      args: { mine: t.arg.boolean() },
      resolve: async (_root, args, ctx) => {
        authorize(ctx.viewer, 'charter:read');
        const first = Math.min(Math.max(args.first ?? 20, 1), MAX_PAGE);
        const rows = await questionsPage(ctx.db, ctx.viewer.id, {
          mine: !!args.mine,
          first,
          after: decodeKeyset(args.after),
        });
        return connectionOf(rows, first, (q) => [q.at, q.id], args.after);
      },
    }),
  );

  mutationField('answerAmbassadorQuestion', (t) =>
    t.withAuth({ signedIn: true }).field({
      type: Question,
      errors: {},
      description: 'An ambassador serving the asker’s unit answers a question, once; the asker is told.',
      args: {
        questionId: t.arg.id({ required: true }),
        answer: t.arg.string({ required: true, validate: fields.text(4_000) }),
      },
      resolve: async (_root, { questionId, answer }, ctx) => {
        authorize(ctx.viewer, 'charter:read');
        if (!isUuid(String(questionId))) throw new NotFoundError();
        await answerQuestion(services, ctx.viewer, { questionId: String(questionId), answer });
        return (await questionWithId(ctx.db, String(questionId)))!;
      },
    }),
  );

  queryField('charterAmbassadorBadges', (t) =>
    t.withAuth({ signedIn: true }).field({
      type: [core.User],
      description:
        'Which of these people are approved ambassadors (the badge beside their names), in one statement.',
      args: { userIds: t.arg.globalIDList({ required: true, for: core.User }) },
      resolve: async (_root, { userIds }, ctx) => {
        authorize(ctx.viewer, 'charter:read');
        const ids = userIds
          .slice(0, MAX_BADGES)
          .map((g) => g.id)
          .filter(isUuid);
        return (await approvedAmong(ctx.db, ids)) as never;
      },
    }),
  );
}
