import { ValidationError } from '../errors';

/** A keyset position: a sort key and an id, as two strings (opaque to clients once encoded). */
export type KeysetPair = readonly [string, string];

export const encodeKeyset = (pair: KeysetPair) => Buffer.from(JSON.stringify(pair)).toString('base64url');

/**
 * Decodes `after`. Anything but two strings this list could have given (`valid`, e.g. a time and a
 * uuid) is a `ValidationError` on `after`, never a crash or a query on garbage.
 */
export function decodeKeyset(
  after: string | null | undefined,
  valid: (pair: KeysetPair) => boolean = () => true,
): [string, string] | null {
  if (!after) return null;
  let value: unknown = null;
  try {
    value = JSON.parse(Buffer.from(after, 'base64url').toString('utf8'));
  } catch {}
  const pair = Array.isArray(value) && value.length === 2 ? value : [];
  const [key, id] = pair;
  if (typeof key !== 'string' || typeof id !== 'string' || !valid([key, id]))
    throw ValidationError.field('after', 'validation.invalidCursor');
  return [key, id];
}

/** A Relay connection of a page loaded with one more row than asked (`first + 1`). */
export function connectionOf<T>(
  rows: T[],
  first: number,
  key: (row: T) => KeysetPair,
  after?: string | null,
) {
  const shown = rows.slice(0, first);
  const cursors = shown.map((row) => encodeKeyset(key(row)));
  return {
    edges: shown.map((node, i) => ({ node, cursor: cursors[i]! })),
    pageInfo: {
      hasNextPage: rows.length > first,
      hasPreviousPage: !!after,
      startCursor: cursors[0] ?? null,
      endCursor: cursors.at(-1) ?? null,
    },
  };
}
