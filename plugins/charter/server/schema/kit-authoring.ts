import { authorize, fields, message, NotFoundError, type PluginSchema } from '@levain/server/plugin';
import { z } from 'zod';
import {
  createAdvocacyItem,
  expireAdvocacyItem,
  forbiddenWords,
  setForbiddenWords,
} from '../advocacy/authoring';
import { isUuid } from './queries';

const MAX_WORDS = 500;

/** The chief CM's side of the advocacy kit: items to add or withdraw, and the forbidden words. */
export function kitAuthoringSchema({ builder, queryField, mutationField }: PluginSchema) {
  const text = (t: Parameters<Parameters<typeof builder.inputType>[1]['fields']>[0], max: number, min = 1) =>
    t.string({ required: true, validate: fields.text(max, min) });

  const ItemInput = builder.inputType('CreateAdvocacyItemInput', {
    fields: (t) => ({
      titleFr: text(t, 200),
      titleEn: text(t, 200),
      textFr: text(t, 3_000),
      textEn: text(t, 3_000),
      disclosureFr: text(t, 300, 0),
      disclosureEn: text(t, 300, 0),
      link: text(t, 2_000),
      imageUrl: t.string({ validate: fields.text(2_000, 0) }),
      hashtags: t.stringList({
        required: true,
        description: 'Without the #.',
        validate: z.array(z.string()).max(10, message('validation.tooMany', { max: 10 })),
      }),
      expiresAt: t.field({ type: 'DateTime', description: 'None: until withdrawn.' }),
    }),
  });

  mutationField('createAdvocacyItem', (t) =>
    t.withAuth({ signedIn: true }).field({
      type: 'ID',
      errors: {},
      description: 'Adds approved content to the advocacy kit (the chief CM and admins); answers its id.',
      args: { input: t.arg({ type: ItemInput, required: true }) },
      resolve: async (_root, { input }, ctx) => {
        authorize(ctx.viewer, 'charter:author-kit');
        return createAdvocacyItem(ctx.db, ctx.viewer.id, {
          title: { fr: input.titleFr, en: input.titleEn },
          text: { fr: input.textFr, en: input.textEn },
          disclosure: { fr: input.disclosureFr, en: input.disclosureEn },
          link: input.link,
          imageUrl: input.imageUrl || null,
          hashtags: input.hashtags.map((tag) => tag.trim().replace(/^#/, '')).filter(Boolean),
          expiresAt: input.expiresAt ?? null,
        });
      },
    }),
  );

  mutationField('expireAdvocacyItem', (t) =>
    t.withAuth({ signedIn: true }).field({
      type: 'Boolean',
      errors: {},
      description: 'Withdraws a kit item now: no longer offered nor shareable; its shares and clicks stay.',
      args: { itemId: t.arg.id({ required: true }) },
      resolve: async (_root, { itemId }, ctx) => {
        authorize(ctx.viewer, 'charter:author-kit');
        if (!isUuid(String(itemId))) throw new NotFoundError();
        await expireAdvocacyItem(ctx.db, ctx.viewer.id, String(itemId));
        return true;
      },
    }),
  );

  queryField('charterForbiddenWords', (t) =>
    t.withAuth({ signedIn: true }).field({
      type: ['String'],
      errors: {},
      description: 'The words a share must not contain (the chief CM and admins).',
      resolve: async (_root, _args, ctx) => {
        authorize(ctx.viewer, 'charter:author-kit');
        return forbiddenWords(ctx.db);
      },
    }),
  );

  mutationField('setCharterForbiddenWords', (t) =>
    t.withAuth({ signedIn: true }).field({
      type: ['String'],
      errors: {},
      description: 'Replaces the list of forbidden words; answers it, lower case and sorted.',
      args: {
        words: t.arg.stringList({
          required: true,
          validate: z.array(z.string()).max(MAX_WORDS, message('validation.tooMany', { max: MAX_WORDS })),
        }),
      },
      resolve: async (_root, { words }, ctx) => {
        authorize(ctx.viewer, 'charter:author-kit');
        return setForbiddenWords(ctx.db, ctx.viewer.id, words);
      },
    }),
  );
}
