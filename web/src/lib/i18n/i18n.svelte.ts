import { en, type MessageKey } from './en';
import { fr } from './fr';

export type Locale = 'fr' | 'en';
export const locales: readonly Locale[] = ['fr', 'en'];
export type MessageParams = Record<string, string | number>;
/** Keys that exist as "<key>.one" and "<key>.other". */
export type PluralKey = MessageKey extends infer K ? (K extends `${infer Base}.one` ? Base : never) : never;

const dictionaries = { fr, en } satisfies Record<Locale, Record<MessageKey, string>>;
const STORAGE_KEY = 'levain.locale';

export function isLocale(value: unknown): value is Locale {
  return value === 'fr' || value === 'en';
}

/** Before anyone signs in: the last language chosen on this device, else the browser's. */
function deviceLocale(): Locale {
  const saved = localStorage.getItem(STORAGE_KEY);
  if (isLocale(saved)) return saved;
  return navigator.language.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

/** The UI language. Reading `t()` in a template re-renders it when the language changes. */
class I18n {
  locale = $state<Locale>(deviceLocale());

  constructor() {
    document.documentElement.lang = this.locale;
  }

  use(locale: Locale): void {
    this.locale = locale;
    localStorage.setItem(STORAGE_KEY, locale);
    document.documentElement.lang = locale;
  }

  t = (key: MessageKey, params?: MessageParams): string => {
    const text = dictionaries[this.locale][key];
    if (!params) return text;
    return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
      name in params ? String(params[name]) : whole,
    );
  };

  /**
   * A message with a count: "{key}.one" or "{key}.other" by the language's plural rules (French
   * says "0 réaction", English "0 reactions"); {count} is the formatted number.
   */
  plural = (key: PluralKey, count: number, params?: MessageParams): string => {
    const form = new Intl.PluralRules(this.locale).select(count) === 'one' ? 'one' : 'other';
    return this.t(`${key}.${form}` as MessageKey, { ...params, count: this.number(count) });
  };

  date = (iso: string, options: Intl.DateTimeFormatOptions = { dateStyle: 'medium' }): string =>
    new Intl.DateTimeFormat(this.locale, options).format(new Date(iso));

  number = (value: number): string => new Intl.NumberFormat(this.locale).format(value);
}

export const i18n = new I18n();
export const t = i18n.t;
export type { MessageKey };
