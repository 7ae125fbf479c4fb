import { schema } from '@levain/db';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { SignedInContext } from '../context';
import { ValidationError } from '../errors';

export const pollClosed = (poll: { closesAt: Date | null }) =>
  !!poll.closesAt && poll.closesAt.getTime() <= Date.now();

/** Replaces the viewer's votes; counters move in the same transaction. */
export async function castVote(ctx: SignedInContext, postId: string, optionIds: string[]): Promise<void> {
  const poll = await ctx.db.query.polls.findFirst({ where: { postId }, with: { options: true } });
  if (!poll) throw ValidationError.field('postId', 'post.noPoll');
  if (pollClosed(poll)) throw ValidationError.field('optionIds', 'post.pollClosed');
  const unique = [...new Set(optionIds)];
  const known = new Set(poll.options.map((o) => o.id));
  if (!unique.length || unique.some((id) => !known.has(id)) || (!poll.multipleChoice && unique.length > 1))
    throw ValidationError.field(
      'optionIds',
      poll.multipleChoice ? 'post.pollChooseSome' : 'post.pollChooseOne',
    );
  const userId = ctx.viewer.id;
  await ctx.db.transaction(async (tx) => {
    const previous = await tx
      .delete(schema.pollVotes)
      .where(and(eq(schema.pollVotes.postId, postId), eq(schema.pollVotes.userId, userId)))
      .returning({ optionId: schema.pollVotes.optionId });
    if (previous.length)
      await tx
        .update(schema.pollOptions)
        .set({ voteCount: sql`${schema.pollOptions.voteCount} - 1` })
        .where(
          inArray(
            schema.pollOptions.id,
            previous.map((v) => v.optionId),
          ),
        );
    await tx.insert(schema.pollVotes).values(unique.map((optionId) => ({ optionId, postId, userId })));
    await tx
      .update(schema.pollOptions)
      .set({ voteCount: sql`${schema.pollOptions.voteCount} + 1` })
      .where(inArray(schema.pollOptions.id, unique));
  });
}
