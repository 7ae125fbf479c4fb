import type { PluginSchema } from '@levain/server/plugin';
import { type Dimension, dimensionKeys, dimensions, families } from '../library/dimensions';
import type { LibraryQuestion } from '../library/library';
import { type PulseQuestion, valueRange } from '../library/questions';
import type { Estimate } from '../results/statistics';

/** The types every part of the pulse schema shares: dimensions, questions, estimates, hidden reasons. */
export function sharedTypes({ builder }: PluginSchema) {
  const DimensionKey = builder.enumType('PulseDimensionKey', { values: dimensionKeys });
  const Family = builder.enumType('PulseDimensionFamily', { values: families });
  const PulseDimension = builder.objectRef<Dimension>('PulseDimension').implement({
    description:
      'What questions measure: engagement, eNPS, the six Gollac dimensions of psychosocial risk, quality of working life, hyperconnection, follow-up.',
    fields: (t) => ({
      key: t.field({ type: DimensionKey, resolve: (d) => d.key }),
      family: t.field({ type: Family, resolve: (d) => d.family }),
      name: t.string({ resolve: (d, _a, ctx) => d.name[ctx.locale] }),
      description: t.string({ resolve: (d, _a, ctx) => d.description[ctx.locale] }),
    }),
  });
  const Scale = builder.enumType('PulseQuestionScale', {
    description: 'likert: 1–5, favourable 4–5 (1–2 when reversed); nps: 0–10; choice: one of the choices.',
    values: ['likert', 'nps', 'choice'] as const,
  });
  const PulseQuestionRef = builder.objectRef<
    PulseQuestion & Partial<Pick<LibraryQuestion, 'builtIn' | 'archived'>>
  >('PulseQuestion');
  PulseQuestionRef.implement({
    fields: (t) => ({
      id: t.exposeID('id'),
      text: t.string({
        description: 'In the viewer’s language.',
        resolve: (q, _a, ctx) => q.text[ctx.locale],
      }),
      textFr: t.string({ resolve: (q) => q.text.fr }),
      textEn: t.string({ resolve: (q) => q.text.en }),
      dimension: t.field({ type: PulseDimension, resolve: (q) => dimensions[q.dimension] }),
      scale: t.field({ type: Scale, resolve: (q) => q.scale }),
      min: t.int({ resolve: (q) => valueRange(q)[0] }),
      max: t.int({ resolve: (q) => valueRange(q)[1] }),
      reversed: t.boolean({ resolve: (q) => !!q.reversed }),
      choices: t.stringList({ resolve: (q, _a, ctx) => (q.choices ?? []).map((c) => c.text[ctx.locale]) }),
      builtIn: t.boolean({ resolve: (q) => q.builtIn ?? true }),
      archived: t.boolean({ resolve: (q) => q.archived ?? false }),
    }),
  });
  const HiddenReason = builder.enumType('PulseHiddenReason', {
    description:
      'TOO_FEW_ANSWERS: fewer people answered than the minimum. COMPLEMENT: showing it would let someone subtract it from a larger group and isolate fewer people than the minimum.',
    values: ['TOO_FEW_ANSWERS', 'COMPLEMENT'] as const,
  });
  const PulseEstimate = builder.objectRef<Estimate>('PulseEstimate').implement({
    description: 'A score with its 95 % confidence interval and the number of answers it rests on.',
    fields: (t) => ({
      value: t.exposeFloat('value'),
      low: t.exposeFloat('low'),
      high: t.exposeFloat('high'),
      n: t.exposeInt('n'),
    }),
  });
  return {
    DimensionKey,
    PulseDimension,
    PulseQuestion: PulseQuestionRef,
    HiddenReason,
    PulseEstimate,
    Scale,
  };
}

export type SharedTypes = ReturnType<typeof sharedTypes>;
