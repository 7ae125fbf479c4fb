import { ValidationError } from '@levain/server/plugin';

/** A keyset cursor of two strings (a sort key and an id), opaque to clients. */
export const encodePair = (pair: readonly [string, string]) =>
  Buffer.from(JSON.stringify(pair)).toString('base64url');

/** Decodes `after`; anything else than two strings is a `ValidationError` on `after`. */
export function decodePair(after: string | null | undefined): [string, string] | null {
  if (!after) return null;
  let value: unknown = null;
  try {
    value = JSON.parse(Buffer.from(after, 'base64url').toString('utf8'));
  } catch {}
  if (!Array.isArray(value) || value.length !== 2 || !value.every((v) => typeof v === 'string'))
    throw ValidationError.field('after', 'validation.invalidCursor');
  return [String(value[0]), String(value[1])];
}

/** A Relay connection of a page loaded with one more row than asked. */
export function connectionOf<T>(
  rows: T[],
  first: number,
  key: (row: T) => [string, string],
  after?: string | null,
) {
  const shown = rows.slice(0, first);
  const cursors = shown.map((row) => encodePair(key(row)));
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
