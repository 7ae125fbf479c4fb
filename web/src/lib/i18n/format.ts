import { IntlMessageFormat } from 'intl-messageformat';

export type MessageParams = Record<string, string | number>;

const compiled = new Map<string, IntlMessageFormat>();

/**
 * An ICU message ("{count, plural, one {# vote} other {# votes}}", "Hello {name}") in a language.
 * Markup-like text stays text; a simple `{name}` prints its value as given (a year is not "2,026").
 */
export function formatMessage(locale: string, message: string, params: MessageParams = {}): string {
  const cacheKey = `${locale}\u0000${message}`;
  let format = compiled.get(cacheKey);
  if (!format) {
    format = new IntlMessageFormat(message, locale, undefined, { ignoreTag: true });
    compiled.set(cacheKey, format);
  }
  const values = Object.fromEntries(
    Object.entries(params).map(([name, value]) => [
      name,
      simpleArgument(format, name) ? String(value) : value,
    ]),
  );
  return String(format.format(values));
}

/** Whether `name` appears only as a plain `{name}` (type 1 in the ICU AST), never in a plural or number. */
function simpleArgument(format: IntlMessageFormat, name: string): boolean {
  return !format
    .getAst()
    .some((element) => 'value' in element && element.value === name && element.type !== 1);
}
