import type { ModerationRule } from '../moderation/rules';
import { builder } from './builder';

/** A rule a moderator cited, quoted as it was worded when the decision was taken. */
export const ModerationCitation = builder.objectRef<ModerationRule>('ModerationCitation').implement({
  description:
    'A rule cited by a moderation decision (a charter article: its number and title, then its text), as worded when it was cited.',
  fields: (t) => ({
    id: t.exposeString('id', { description: 'The rule id, e.g. "charter:…".' }),
    label: t.string({ resolve: (c, _args, ctx) => c.label[ctx.locale] }),
    text: t.string({ nullable: true, resolve: (c, _args, ctx) => c.description?.[ctx.locale] ?? null }),
  }),
});
