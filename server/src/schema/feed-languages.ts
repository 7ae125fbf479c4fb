import { queryRows } from '@levain/db';
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { SignedInContext } from '../context';
import { postLanguage, postLanguages } from '../posts/language';
import { readLanguagesSql, setReadLanguages } from '../posts/read-languages';
import { builder } from './builder';
import { message } from './validation';

type FeedLanguages = { languages: string[]; chosen: boolean; offered: readonly string[] };

const FeedLanguagesRef = builder.objectRef<FeedLanguages>('FeedLanguages').implement({
  description: 'The languages whose posts the viewer’s home feed shows.',
  fields: (t) => ({
    languages: t.exposeStringList('languages'),
    chosen: t.exposeBoolean('chosen', {
      description: 'False while the default applies: the UI language and the communities’ languages.',
    }),
    offered: t.exposeStringList('offered', { description: 'The languages one may choose.' }),
  }),
});

async function feedLanguagesOf(ctx: SignedInContext): Promise<FeedLanguages> {
  const viewer = ctx.viewer;
  const [row] = await queryRows<{ languages: string[]; chosen: boolean }>(
    ctx.db,
    sql`select ${readLanguagesSql(viewer)} as languages,
      (select read_languages is not null from users where id = ${viewer.id}) as chosen`,
  );
  return { languages: [...new Set(row?.languages ?? [])], chosen: !!row?.chosen, offered: postLanguages };
}

builder.queryField('feedLanguages', (t) =>
  t.withAuth({ signedIn: true }).field({
    type: FeedLanguagesRef,
    resolve: (_root, _args, ctx) => feedLanguagesOf(ctx),
  }),
);

builder.mutationField('setFeedLanguages', (t) =>
  t.withAuth({ signedIn: true }).field({
    type: FeedLanguagesRef,
    description: 'Chooses the languages of the home feed; null goes back to the default.',
    errors: {},
    args: {
      languages: t.arg.stringList({
        validate: z
          .array(postLanguage)
          .min(1, message('validation.languageNeeded'))
          .max(postLanguages.length, message('validation.tooMany', { max: postLanguages.length })),
      }),
    },
    resolve: async (_root, args, ctx) => {
      const languages = args.languages ? [...new Set(args.languages)] : null;
      await setReadLanguages(ctx.db, ctx.viewer.id, languages);
      return feedLanguagesOf(ctx);
    },
  }),
);
