import { ValidationError } from '@levain/server/plugin';
import { isUuid } from './ids';

/** The most rows one page of a list answers. */
export const MAX_PAGE = 50;

/** A keyset position in a list sorted newest first: the row's time (as PostgreSQL wrote it) and id. */
export type Keyset = { at: string; id: string };

/** `first` bounded to 1–50 (20 when not asked). */
export const pageSize = (first: number | null | undefined) => Math.min(Math.max(first ?? 20, 1), MAX_PAGE);

/** A timestamptz as PostgreSQL writes it in text: `2026-12-03 19:58:03.123456+00`. */
const PG_TIME = /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(\.\d{1,6})?[+-]\d\d(:\d\d)?$/;

/** Decodes `after`; anything but a time and an id this list gave is a `ValidationError` on `after`. */
export function decodeKeyset(after: string | null | undefined): Keyset | null {
  if (!after) return null;
  let value: unknown = null;
  try {
    value = JSON.parse(Buffer.from(after, 'base64url').toString('utf8'));
  } catch {}
  if (
    !Array.isArray(value) ||
    value.length !== 2 ||
    typeof value[0] !== 'string' ||
    !PG_TIME.test(value[0]) ||
    typeof value[1] !== 'string' ||
    !isUuid(value[1])
  )
    throw ValidationError.field('after', 'validation.invalidCursor');
  return { at: value[0], id: value[1] };
}

/** A Relay connection of a page loaded with one row more than asked. */
export function connectionOf<T>(rows: T[], first: number, key: (row: T) => Keyset, after?: string | null) {
  const shown = rows.slice(0, first);
  const cursors = shown.map((row) => {
    const { at, id } = key(row);
    return Buffer.from(JSON.stringify([at, id])).toString('base64url');
  });
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
