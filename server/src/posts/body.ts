import { type Db, schema, type Tx } from '@levain/db';
import { sql } from 'drizzle-orm';
import { RateLimitedError, ValidationError } from '../errors';
import { RenderRefused } from '../markdown/pool';
import type { MentionResolver, RenderedMarkdown } from '../markdown/render';
import { type Viewer, visibleCommunityIds } from '../permissions';
import type { Services } from '../services';

/**
 * Mentions resolve to active colleagues, and `!slug` only to communities the author may know
 * exist: a mention never reveals a secret community.
 */
function resolverFor(db: Db | Tx, author: Viewer): MentionResolver {
  return {
    usersById: async (ids) => {
      if (!ids.length) return new Map();
      const rows = await db.query.users.findMany({
        columns: { id: true, name: true },
        where: { id: { in: ids }, status: 'active' },
      });
      return new Map(rows.map((u) => [u.id, u]));
    },
    usersByEmail: async (emails) => {
      if (!emails.length) return new Map();
      const rows = await db.query.users.findMany({
        columns: { id: true, name: true, email: true },
        where: { email: { in: emails }, status: 'active' },
      });
      return new Map(rows.map((u) => [u.email.toLowerCase(), u]));
    },
    communitiesBySlug: async (slugs) => {
      if (!slugs.length) return new Map();
      const rows = await db.query.communities.findMany({
        columns: { id: true, slug: true, name: true },
        where: {
          slug: { in: slugs },
          RAW: (c) => sql`${c.id} in ${visibleCommunityIds(author)}`,
        },
      });
      return new Map(rows.map((c) => [c.slug, c]));
    },
  };
}

/** Renders a body off the main thread; one that overruns the render budget is refused, typed, on `field`. */
export async function renderBody(
  ctx: { db: Db | Tx; services: Pick<Services, 'markdown'> },
  author: Viewer,
  body: string,
  field = 'body',
): Promise<RenderedMarkdown> {
  try {
    return await ctx.services.markdown.render(body, resolverFor(ctx.db, author));
  } catch (error) {
    if (!(error instanceof RenderRefused)) throw error;
    if (error.reason === 'busy') throw new RateLimitedError(10, 'error.busy');
    throw ValidationError.field(field, 'validation.markdownTooComplex');
  }
}

/** Replaces the hashtags and mentions stored for a post (or one of its comments). */
export async function storeReferences(
  tx: Tx,
  target: { postId: string; commentId?: string },
  rendered: RenderedMarkdown,
): Promise<void> {
  const { postId, commentId } = target;
  if (!commentId) {
    await tx.delete(schema.postHashtags).where(sql`${schema.postHashtags.postId} = ${postId}`);
    if (rendered.hashtags.length)
      await tx.insert(schema.postHashtags).values(rendered.hashtags.map((tag) => ({ postId, tag })));
  }
  await tx
    .delete(schema.mentions)
    .where(
      commentId
        ? sql`${schema.mentions.commentId} = ${commentId}`
        : sql`${schema.mentions.postId} = ${postId} and ${schema.mentions.commentId} is null`,
    );
  const rows = [
    ...rendered.mentionedUserIds.map((userId) => ({ postId, commentId: commentId ?? null, userId })),
    ...rendered.mentionedCommunityIds.map((communityId) => ({
      postId,
      commentId: commentId ?? null,
      communityId,
    })),
  ];
  if (rows.length) await tx.insert(schema.mentions).values(rows);
}
