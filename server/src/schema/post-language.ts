import { sql } from 'drizzle-orm';
import { builder } from './builder';
import { Post } from './post';

type TranslationRow = { language: string; bodyHtml: string } | null;

const PostTranslation = builder.objectRef<NonNullable<TranslationRow>>('PostTranslation').implement({
  description: 'A post’s body in the viewer’s language, from a translation provider.',
  fields: (t) => ({
    language: t.exposeString('language'),
    bodyHtml: t.exposeString('bodyHtml', { description: 'Sanitised HTML, like Post.bodyHtml.' }),
  }),
});

builder.drizzleObjectFields(Post, (t) => ({
  language: t.exposeString('language', {
    nullable: true,
    description: 'The language it is written in (ISO 639-1: "fr", "en"…), detected or set by its author.',
  }),
  translation: t.field({
    type: PostTranslation,
    nullable: true,
    description:
      'The body translated into the viewer’s language, when it is written in another one and a translation exists (the client then says "translated from …"). Levain ships no translation service; a plugin may provide one.',
    select: (_args, ctx) => ({
      extras: {
        translation: (p) => sql`(select json_build_object('language', t.language, 'bodyHtml', t.body_html)
          from post_translations t
          where t.post_id = ${p.id} and t.language = ${ctx.locale} and ${p.language} is distinct from ${ctx.locale})`,
      },
    }),
    resolve: (p) => {
      const raw = (p as unknown as { translation: TranslationRow | string }).translation;
      return typeof raw === 'string' ? (JSON.parse(raw) as TranslationRow) : raw;
    },
  }),
}));
