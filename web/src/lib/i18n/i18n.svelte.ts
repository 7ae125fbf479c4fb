import type { MessageKey } from './en';
import { formatMessage, type MessageParams } from './format';

export type Locale = 'fr' | 'en';
export const locales: readonly Locale[] = ['fr', 'en'];
export type { MessageParams };
/** Keys that exist as "<key>.one" and "<key>.other". */
export type PluralKey = MessageKey extends infer K ? (K extends `${infer Base}.one` ? Base : never) : never;

type Messages = Record<MessageKey, string>;

/** Each language is its own chunk: a visit downloads only the texts it shows. */
const dictionaries: Record<Locale, () => Promise<Messages>> = {
  fr: () => import('./fr').then((module) => module.fr),
  en: () => import('./en').then((module) => module.en),
};
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
  private loaded: Partial<Record<Locale, Messages>> = {};
  private wanted = this.locale;
  /** The device's language has arrived: the app mounts after it, so every text has a value. */
  readonly ready: Promise<void> = this.fetch(this.locale);

  constructor() {
    document.documentElement.lang = this.locale;
  }

  /** Switches once the language's texts are here, so a page never shows two languages at once. */
  async use(locale: Locale): Promise<void> {
    this.wanted = locale;
    await this.fetch(locale);
    // Someone may have chosen another language while this one was loading.
    if (this.wanted !== locale) return;
    this.locale = locale;
    localStorage.setItem(STORAGE_KEY, locale);
    document.documentElement.lang = locale;
  }

  private async fetch(locale: Locale): Promise<void> {
    this.loaded[locale] ??= await dictionaries[locale]();
  }

  t = (key: MessageKey, params?: MessageParams): string => {
    const text = this.loaded[this.locale]?.[key] ?? key;
    return params ? formatMessage(this.locale, text, params) : text;
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
