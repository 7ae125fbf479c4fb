import { ValidationError } from '@levain/server/plugin';

export type ShareRules = {
  /** The organisation's forbidden words, lower case. */
  forbiddenWords: readonly string[];
  /** The disclosure line the social-media charter requires, in the share's language. */
  disclosure: string;
  /** The item's hashtags, each to be kept. */
  hashtags: readonly string[];
};

const words = (text: string) => new Set(text.toLocaleLowerCase('fr').match(/[\p{L}\p{N}'’-]+/gu) ?? []);

/**
 * The charter pre-check of a personalised share text: no forbidden word, the disclosure line and
 * the item's hashtags kept. Throws a `ValidationError` on `text` naming what to fix.
 */
export function precheckShare(text: string, rules: ShareRules) {
  const used = words(text);
  const forbidden = rules.forbiddenWords.find((word) => used.has(word));
  if (forbidden) throw ValidationError.field('text', 'charter:validation.forbiddenWord', { word: forbidden });
  if (rules.disclosure && !text.includes(rules.disclosure))
    throw ValidationError.field('text', 'charter:validation.disclosureMissing', {
      disclosure: rules.disclosure,
    });
  const lower = text.toLocaleLowerCase('fr');
  const dropped = rules.hashtags.find((tag) => !lower.includes(`#${tag.toLocaleLowerCase('fr')}`));
  if (dropped)
    throw ValidationError.field('text', 'charter:validation.hashtagMissing', { hashtag: `#${dropped}` });
}
