import { randomUUID } from 'node:crypto';
import { authorize, type PluginSchema, ValidationError } from '@levain/server/plugin';
import { dimensions } from '../library/dimensions';
import { loadLibrary, saveQuestion } from '../library/library';
import { builtInQuestions, type PulseQuestion } from '../library/questions';
import type { SharedTypes } from './types';

const fail = (field: string, key: string) => ValidationError.field(field, `pulse:${key}`);
const clean = (text: string | null | undefined) => (text ?? '').trim();

/** The question library HR picks from, rewords and extends. */
export function librarySchema({ builder, queryField, mutationField }: PluginSchema, types: SharedTypes) {
  queryField('pulseDimensions', (t) =>
    t.withAuth({ signedIn: true }).field({
      type: [types.PulseDimension],
      resolve: () => Object.values(dimensions),
    }),
  );

  queryField('pulseQuestionLibrary', (t) =>
    t.withAuth({ signedIn: true }).field({
      type: [types.PulseQuestion],
      description:
        'Built-in questions as the organisation worded them, then its own; archived ones included. HR only.',
      resolve: (_root, _args, ctx) => {
        authorize(ctx.viewer, 'pulse:manage');
        return loadLibrary(ctx.db);
      },
    }),
  );

  const ChoiceInput = builder.inputType('PulseChoiceInput', {
    fields: (t) => ({
      textFr: t.string({ required: true }),
      textEn: t.string({ required: true }),
      favourable: t.boolean({ required: true }),
    }),
  });
  const QuestionInput = builder.inputType('PulseQuestionInput', {
    fields: (t) => ({
      id: t.string({ description: 'A library question to reword or archive; none for a new one.' }),
      dimension: t.field({ type: types.DimensionKey, required: true }),
      scale: t.field({ type: types.Scale, required: true }),
      textFr: t.string({ required: true }),
      textEn: t.string({ required: true }),
      reversed: t.boolean(),
      choices: t.field({ type: [ChoiceInput] }),
      archived: t.boolean(),
    }),
  });

  mutationField('savePulseQuestion', (t) =>
    t.withAuth({ signedIn: true }).field({
      type: types.PulseQuestion,
      errors: {},
      description:
        'Rewords or archives a library question, or adds the organisation’s own. Campaigns keep the wording they were created with.',
      args: { input: t.arg({ type: QuestionInput, required: true }) },
      resolve: async (_root, { input }, ctx) => {
        authorize(ctx.viewer, 'pulse:manage');
        const text = { fr: clean(input.textFr), en: clean(input.textEn) };
        if (!text.fr || !text.en || text.fr.length > 300 || text.en.length > 300)
          throw fail('textFr', 'library.text');
        const builtIn = builtInQuestions.find((q) => q.id === input.id);
        if (builtIn && (builtIn.dimension !== input.dimension || builtIn.scale !== input.scale))
          throw fail('scale', 'library.builtInScale');
        const choices = (input.choices ?? []).map((c) => ({
          text: { fr: clean(c.textFr), en: clean(c.textEn) },
          favourable: c.favourable,
        }));
        if (
          input.scale === 'choice' &&
          (choices.length < 2 || choices.length > 8 || choices.some((c) => !c.text.fr || !c.text.en))
        )
          throw fail('choices', 'library.choices');
        const own = (await loadLibrary(ctx.db)).find((q) => q.id === input.id && !q.builtIn);
        const question: PulseQuestion = builtIn
          ? { ...builtIn, text }
          : {
              id: own?.id ?? `custom.${randomUUID()}`,
              dimension: input.dimension,
              scale: input.scale,
              text,
              ...(input.reversed ? { reversed: true } : {}),
              ...(input.scale === 'choice' ? { choices } : {}),
            };
        const actorId = ctx.viewer.id;
        await ctx.db.transaction((tx) =>
          saveQuestion(tx, actorId, question, input.archived ?? false, new Date()),
        );
        return { ...question, builtIn: !!builtIn, archived: input.archived ?? false };
      },
    }),
  );
}
