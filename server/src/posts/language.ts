import { franc } from 'franc-min';
import { z } from 'zod';
import { message } from '../schema/validation';

/** The languages a post may be marked in (ISO 639-1), and franc's codes for them (ISO 639-3). */
const francCodes = { fra: 'fr', eng: 'en', deu: 'de', spa: 'es', ita: 'it', nld: 'nl', por: 'pt' } as const;
export const postLanguages = Object.values(francCodes);
export type PostLanguage = (typeof postLanguages)[number];

export const postLanguage = z.enum(postLanguages, message('validation.language'));

/** Below this many letters a guess is noise: the author's language is a better one. */
const MIN_LETTERS = 24;

/** The words of a body a reader reads: no mention links, addresses, hashtags nor Markdown signs. */
function prose(markdown: string): string {
  return markdown
    .replace(/@\[[^\]]*\]\(user:[^)]*\)/g, ' ')
    .replace(/\]\([^)]*\)/g, ' ')
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/[#@!][\p{L}\p{N}_-]+/gu, ' ')
    .replace(/[*_`>#[\]()~|-]+/g, ' ');
}

/**
 * The language a body is written in, detected with franc (trigram statistics) among the languages
 * posts may have; the author's own language when the text is too short or unclear.
 */
export function detectLanguage(markdown: string, authorLocale: string): PostLanguage | null {
  const text = prose(markdown);
  const fallback = (postLanguages as readonly string[]).includes(authorLocale)
    ? (authorLocale as PostLanguage)
    : null;
  if ((text.match(/\p{L}/gu)?.length ?? 0) < MIN_LETTERS) return fallback;
  const code = franc(text, { only: Object.keys(francCodes), minLength: 1 });
  return francCodes[code as keyof typeof francCodes] ?? fallback;
}
