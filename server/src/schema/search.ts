import type { schema } from '@levain/db';
import type { SQL } from 'drizzle-orm';
import { sql } from 'drizzle-orm';
import type { GraphQLResolveInfo } from 'graphql';
import { z } from 'zod';
import type { Context } from '../context';
import { ValidationError } from '../errors';
import { readablePostsWhere, visibleCommunityIds } from '../permissions';
import { decodeSearchCursor, encodeSearchCursor, type SearchKind, searchKinds } from '../search/cursor';
import { type SearchHit, searchAll } from '../search/query';
import { snippetHtml } from '../search/snippet';
import { builder } from './builder';
import { Comment } from './comment';
import { Community } from './community';
import { Post } from './post';
import { User } from './user';
import { message } from './validation';

const MAX_QUERY = 200;
const MAX_PAGE = 100;

/** A search hit with its loaded row (post, comment, community or person). */
type Result = SearchHit & { node: unknown };

export const SearchKindEnum = builder.enumType('SearchKind', { values: searchKinds });

const SearchFilter = builder.inputType('SearchFilter', {
  description: 'Author and dates narrow the search to posts, comments and hashtags (counted within them).',
  fields: (t) => ({
    kinds: t.field({ type: [SearchKindEnum], description: 'Default: every kind.' }),
    communityId: t.globalID({
      for: Community,
      description: 'Content of this community, its sub-communities, its members.',
    }),
    authorId: t.globalID({ for: User }),
    from: t.field({ type: 'DateTime', description: 'Published at or after.' }),
    to: t.field({ type: 'DateTime', description: 'Published before.' }),
  }),
});

const typeOfKind: Record<SearchKind, string> = {
  post: 'PostSearchResult',
  comment: 'CommentSearchResult',
  community: 'CommunitySearchResult',
  person: 'PersonSearchResult',
  hashtag: 'HashtagSearchResult',
};

const SearchResult = builder.interfaceRef<Result>('SearchResult').implement({
  description: 'One search hit, best first.',
  resolveType: (result) => typeOfKind[result.kind],
  fields: (t) => ({
    rank: t.float({ resolve: (r) => Number(r.rank) }),
    snippet: t.string({
      nullable: true,
      description:
        'HTML: the text around the matched words, escaped, the words in <mark> (the only tag it may contain).',
      resolve: (r) => snippetHtml(r.headline),
    }),
  }),
});

const resultType = <T>(kind: SearchKind, field: string, type: T) =>
  builder.objectRef<Result>(typeOfKind[kind]).implement({
    interfaces: [SearchResult],
    fields: (t) => ({
      [field]: t.field({ type: type as typeof Post, resolve: (r) => r.node as never }),
    }),
  });

resultType('post', 'post', Post);
resultType('comment', 'comment', Comment);
resultType('community', 'community', Community);
resultType('person', 'person', User);
builder.objectRef<Result>(typeOfKind.hashtag).implement({
  interfaces: [SearchResult],
  fields: (t) => ({
    tag: t.string({ resolve: (r) => r.id }),
    postCount: t.int({
      description: 'Posts with this hashtag the viewer may read (within the filters), counted up to 1,000.',
      resolve: (r) => r.postCount ?? 0,
    }),
  }),
});

builder.queryField('search', (t) => {
  /**
   * The rows of one kind, loaded with the GraphQL selection beneath its result type: one
   * statement per kind whatever the page size. The visibility rule is applied again here.
   */
  const loaders: Partial<
    Record<SearchKind, (ctx: Context, info: GraphQLResolveInfo, ids: string[]) => Promise<{ id: string }[]>>
  > = {
    post: (ctx, info, ids) =>
      ctx.db.query.posts.findMany(
        t.drizzleQueryFromInfo(Post, {
          context: ctx,
          info,
          path: ['edges', 'node', 'post'],
          columns: { id: true },
          where: { id: { in: ids }, RAW: (p: typeof schema.posts) => readablePostsWhere(ctx.viewer, p) },
        }),
      ),
    comment: (ctx, info, ids) =>
      ctx.db.query.comments.findMany(
        t.drizzleQueryFromInfo(Comment, {
          context: ctx,
          info,
          path: ['edges', 'node', 'comment'],
          columns: { id: true },
          where: { id: { in: ids }, moderation: 'visible', deletedAt: { isNull: true } },
        }),
      ),
    community: (ctx, info, ids) =>
      ctx.db.query.communities.findMany(
        t.drizzleQueryFromInfo(Community, {
          context: ctx,
          info,
          path: ['edges', 'node', 'community'],
          columns: { id: true },
          where: {
            id: { in: ids },
            RAW: (c: typeof schema.communities): SQL => sql`${c.id} in ${visibleCommunityIds(ctx.viewer)}`,
          },
        }),
      ),
    person: (ctx, info, ids) =>
      ctx.db.query.users.findMany(
        t.drizzleQueryFromInfo(User, {
          context: ctx,
          info,
          path: ['edges', 'node', 'person'],
          columns: { id: true },
          where: { id: { in: ids }, status: 'active' },
        }),
      ),
  };

  return t.withAuth({ signedIn: true }).connection(
    {
      type: SearchResult,
      description:
        'Posts, comments, communities, people and hashtags matching the words (French and English, accents ignored), best first; only what the viewer may read.',
      args: {
        query: t.arg.string({
          required: true,
          validate: z
            .string()
            .trim()
            .min(1, message('validation.searchQuery', { max: MAX_QUERY }))
            .max(MAX_QUERY, message('validation.searchQuery', { max: MAX_QUERY })),
        }),
        filter: t.arg({ type: SearchFilter }),
      },
      resolve: async (_root, args, ctx, info) => {
        // Results page forward only: their order depends on the words, not on a stored position.
        if (args.before || args.last != null)
          throw ValidationError.field('before', 'validation.invalidCursor');
        const first = Math.min(Math.max(args.first ?? 20, 1), MAX_PAGE);
        const filter = args.filter;
        const page = await searchAll(
          ctx.db,
          ctx.viewer,
          args.query.trim(),
          {
            kinds: filter?.kinds,
            communityId: filter?.communityId?.id,
            authorId: filter?.authorId?.id,
            from: filter?.from,
            to: filter?.to,
          },
          { first, after: args.after ? decodeSearchCursor(args.after) : null },
        );
        const rows = new Map<string, unknown>();
        await Promise.all(
          Object.entries(loaders).map(async ([kind, load]) => {
            const ids = page.hits.filter((h) => h.kind === kind).map((h) => h.id);
            if (!ids.length) return;
            for (const row of await load(ctx, info, ids)) rows.set(`${kind}:${row.id}`, row);
          }),
        );
        // A row that left between the two statements (deleted, moderated) is dropped.
        const results = page.hits
          .map((hit) => ({ ...hit, node: rows.get(`${hit.kind}:${hit.id}`) ?? null }))
          .filter((hit) => hit.kind === 'hashtag' || hit.node);
        return {
          totalCount: page.totalCount,
          totalCountIsLowerBound: page.totalCountIsLowerBound,
          edges: results.map((node) => ({ cursor: encodeSearchCursor(node), node })),
          pageInfo: {
            hasNextPage: page.hasNextPage,
            hasPreviousPage: !!args.after,
            startCursor: results[0] ? encodeSearchCursor(results[0]) : null,
            endCursor: results.at(-1) ? encodeSearchCursor(results.at(-1)!) : null,
          },
        };
      },
    },
    {
      name: 'SearchConnection',
      fields: (c) => ({
        totalCount: c.int({
          description:
            'Hits the viewer may read, on all pages. Each kind ranks its most recent matches only (100), so for common words this is a lower bound: see totalCountIsLowerBound.',
          resolve: (connection) => (connection as unknown as { totalCount: number }).totalCount,
        }),
        totalCountIsLowerBound: c.boolean({
          description:
            'True when some kind had more matches than it ranks: there are more than totalCount hits.',
          resolve: (connection) =>
            (connection as unknown as { totalCountIsLowerBound: boolean }).totalCountIsLowerBound,
        }),
      }),
    },
    { name: 'SearchEdge' },
  );
});
