/** The languages a post may be marked in, as the server lists them (ISO 639-1). */
export const postLanguages = ['fr', 'en', 'de', 'es', 'it', 'nl', 'pt'] as const;

/** "français", "English": a language's name in the UI language, from the browser. */
export function languageName(code: string, locale: string): string {
  return new Intl.DisplayNames([locale], { type: 'language' }).of(code) ?? code;
}
