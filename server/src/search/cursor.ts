import { ValidationError } from '../errors';

export const searchKinds = ['post', 'comment', 'community', 'person', 'hashtag'] as const;
export type SearchKind = (typeof searchKinds)[number];

/**
 * Results are ordered by (rank, time, kind, id), all descending; a cursor holds the exact values
 * of the last result: the rank as PostgreSQL printed its `real` (which reads back to the same
 * value) and the time to the microsecond.
 */
export type SearchCursor = { rank: string; at: string; kind: SearchKind; id: string };

export function encodeSearchCursor(cursor: SearchCursor): string {
  return Buffer.from(JSON.stringify([cursor.rank, cursor.at, cursor.kind, cursor.id])).toString('base64url');
}

const RANK = /^-?\d+(\.\d+)?(e-?\d+)?$/i;
const TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;

export function decodeSearchCursor(text: string): SearchCursor {
  try {
    const [rank, at, kind, id] = JSON.parse(Buffer.from(text, 'base64url').toString('utf8')) as string[];
    if (
      typeof rank === 'string' &&
      RANK.test(rank) &&
      typeof at === 'string' &&
      TIME.test(at) &&
      searchKinds.includes(kind as SearchKind) &&
      typeof id === 'string' &&
      id.length > 0 &&
      id.length <= 100
    ) {
      return { rank, at, kind: kind as SearchKind, id };
    }
  } catch {
    // Falls through to the error below: a cursor is opaque, the person only needs to start over.
  }
  throw ValidationError.field('after', 'validation.invalidCursor');
}
