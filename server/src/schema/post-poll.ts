import type { schema } from '@levain/db';
import { sql } from 'drizzle-orm';
import type { Context } from '../context';
import { loadPostFor, NOBODY } from '../posts/access';
import { castVote, pollClosed } from '../posts/polls';
import { builder } from './builder';
import { Post } from './post';
import { fromJson } from './reaction';

type PollRow = { postId: string; closesAt: Date | null };
type OptionRow = { id: string; label: string; voteCount: number };

/**
 * The viewer's choices, one extra shared by every Poll field of a request: fields asking for the
 * same extra must pass the same function, or the planner loads it a second time.
 */
const choicesExtra = new WeakMap<Context, (poll: typeof schema.polls) => ReturnType<typeof sql>>();
function viewerChoices(ctx: Context) {
  let extra = choicesExtra.get(ctx);
  if (!extra) {
    extra = (poll) => sql`(select coalesce(json_agg(v.option_id), '[]'::json) from poll_votes v
      where v.post_id = ${poll.postId} and v.user_id = ${ctx.viewer?.id ?? NOBODY})`;
    choicesExtra.set(ctx, extra);
  }
  return { columns: { closesAt: true }, extras: { viewerChoices: extra } };
}

/** Results show once the viewer has voted, or once the poll is closed. */
const resultsVisible = (poll: PollRow & { viewerChoices?: unknown }) =>
  pollClosed(poll) || fromJson<string[]>(poll.viewerChoices).length > 0;

const PollOption = builder
  .objectRef<{ id: string; label: string; voteCount: number | null; viewerChose: boolean }>('PollOption')
  .implement({
    fields: (t) => ({
      id: t.exposeID('id'),
      label: t.exposeString('label'),
      voteCount: t.exposeInt('voteCount', {
        nullable: true,
        description: 'Null until the viewer has voted or the poll has closed.',
      }),
      viewerChose: t.exposeBoolean('viewerChose'),
    }),
  });

builder.drizzleObject('polls', {
  name: 'Poll',
  description: 'A poll on a post: the post’s body is the question.',
  select: { columns: { postId: true, closesAt: true } },
  fields: (t) => ({
    multipleChoice: t.exposeBoolean('multipleChoice'),
    closesAt: t.expose('closesAt', { type: 'DateTime', nullable: true }),
    closed: t.boolean({ resolve: pollClosed }),
    resultsVisible: t.boolean({ select: (_args, ctx) => viewerChoices(ctx), resolve: resultsVisible }),
    options: t.field({
      type: [PollOption],
      select: (_args, ctx) => ({
        ...viewerChoices(ctx),
        with: { options: { orderBy: { position: 'asc' } } },
      }),
      resolve: (poll) => {
        const chosen = fromJson<string[]>(poll.viewerChoices);
        const visible = resultsVisible(poll);
        return (poll.options as OptionRow[]).map((option) => ({
          id: option.id,
          label: option.label,
          voteCount: visible ? option.voteCount : null,
          viewerChose: chosen.includes(option.id),
        }));
      },
    }),
    voterCount: t.int({
      nullable: true,
      description: 'People who voted; null until results are visible to the viewer.',
      select: (_args, ctx) => ({
        ...viewerChoices(ctx),
        extras: {
          ...viewerChoices(ctx).extras,
          voterCount: (poll) =>
            sql<number>`(select count(distinct v.user_id)::int from poll_votes v where v.post_id = ${poll.postId})`,
        },
      }),
      resolve: (poll) => (resultsVisible(poll) ? Number(poll.voterCount) : null),
    }),
  }),
});

builder.drizzleObjectField(Post, 'poll', (t) => t.relation('poll', { nullable: true }));

builder.mutationField('vote', (t) =>
  t.withAuth({ signedIn: true }).drizzleField({
    type: Post,
    description: 'Votes in a poll (again to change the vote while it is open).',
    errors: {},
    args: {
      postId: t.arg.globalID({ required: true, for: Post }),
      optionIds: t.arg.idList({ required: true }),
    },
    resolve: async (query, _root, args, ctx) => {
      const { post } = await loadPostFor(ctx.db, ctx.viewer, args.postId.id, 'post:interact');
      await castVote(ctx, post.id, args.optionIds.map(String));
      return (await ctx.db.query.posts.findFirst(query({ where: { id: post.id } })))!;
    },
  }),
);
