import { decodeKeyset as decodePair } from '@levain/server/plugin';
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
  const pair = decodePair(after, ([at, id]) => PG_TIME.test(at) && isUuid(id));
  return pair && { at: pair[0], id: pair[1] };
}
