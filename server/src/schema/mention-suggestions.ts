import { z } from 'zod';
import { closeness, mentionWords, nameMatches } from '../people/mention-candidates';
import { builder } from './builder';
import { User } from './user';
import { message } from './validation';

builder.queryField('mentionSuggestions', (t) =>
  t.withAuth({ signedIn: true }).drizzleField({
    type: [User],
    description:
      'People to offer while someone types "@…": every word typed starts a word of their name (accents ignored), people the viewer works with first (followed, manager and reports, same org unit, shared communities), then by name.',
    args: {
      query: t.arg.string({
        required: true,
        validate: z.string().max(100, message('validation.tooLong', { max: 100 })),
      }),
      first: t.arg.int({ defaultValue: 6, validate: z.number().int().min(1).max(20) }),
    },
    resolve: async (query, _root, args, ctx) => {
      const words = mentionWords(args.query);
      if (!words.length) return [];
      const viewer = ctx.viewer;
      return ctx.db.query.users.findMany(
        query({
          where: {
            status: 'active',
            id: { ne: viewer.id },
            RAW: (u) => nameMatches(u.name, words),
          },
          orderBy: (u, { asc, desc }) => [desc(closeness(viewer, u)), asc(u.name), asc(u.id)],
          limit: args.first ?? 6,
        }),
      );
    },
  }),
);
