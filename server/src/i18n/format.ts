import { IntlMessageFormat } from 'intl-messageformat';

export type MessageParams = Record<string, string | number>;

const cache = new Map<string, IntlMessageFormat>();

/** Names of the plain `{name}` arguments at the top of a message (type 1 in the ICU AST). */
const plainArguments = (format: IntlMessageFormat) =>
  new Set(format.getAst().flatMap((element) => (element.type === 1 ? [element.value] : [])));

/**
 * Fills an ICU message ("{actors} {actorCount, plural, one {a réagi} other {ont réagi}}") in a
 * language, for the server's messages, mails, notifications and notices. A plain `{name}` prints its
 * value as given (a year is not "2,026") and an absent one prints nothing.
 */
export function formatMessage(locale: string, message: string, params: MessageParams = {}): string {
  const key = `${locale}\u0000${message}`;
  let format = cache.get(key);
  if (!format) {
    format = new IntlMessageFormat(message, locale, undefined, { ignoreTag: true });
    cache.set(key, format);
  }
  const values: Record<string, string | number> = { ...params };
  for (const name of plainArguments(format)) values[name] = String(params[name] ?? '');
  return String(format.format(values));
}
