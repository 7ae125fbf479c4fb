import { schema } from '@levain/db';
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { normaliseTag } from '../markdown/tokens';
import { readablePostsWhere } from '../permissions';
import { builder } from './builder';
import { newestFirst } from './feed';
import { message } from './validation';

type Posts = typeof schema.posts;

const taggedWith = (tag: string, p: Posts) =>
  sql`${p.id} in (select h.post_id from post_hashtags h where h.tag = ${tag})`;

const Hashtag = builder.objectRef<{ tag: string }>('Hashtag').implement({
  description: 'A hashtag page: the posts the viewer may read that carry it.',
  fields: (t) => ({
    tag: t.exposeString('tag', { description: 'Lower case, without accents: #Été and #ete are one tag.' }),
    postCount: t.int({
      description: 'Posts the viewer may read with this tag.',
      resolve: async ({ tag }, _args, ctx) =>
        ctx.db.$count(
          schema.posts,
          sql`${readablePostsWhere(ctx.viewer)} and ${taggedWith(tag, schema.posts)}`,
        ),
    }),
    posts: t.drizzleConnection({
      type: 'posts',
      description: 'Newest first.',
      resolve: (query, { tag }, _args, ctx) =>
        ctx.db.query.posts.findMany(
          query({
            where: { RAW: (p: Posts) => sql`${readablePostsWhere(ctx.viewer, p)} and ${taggedWith(tag, p)}` },
            orderBy: newestFirst,
          }),
        ),
    }),
  }),
});

builder.queryField('hashtag', (t) =>
  t.withAuth({ signedIn: true }).field({
    type: Hashtag,
    nullable: true,
    description: 'A hashtag by name (with or without #, any case or accents); null when it is not a tag.',
    args: {
      name: t.arg.string({
        required: true,
        validate: z.string().max(100, message('validation.tooLong', { max: 100 })),
      }),
    },
    resolve: (_root, { name }) => {
      const tag = normaliseTag(name.trim().replace(/^#/, ''));
      return tag && /^[\p{L}\p{N}_]+$/u.test(tag) ? { tag } : null;
    },
  }),
);
