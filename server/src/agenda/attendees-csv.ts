import type { Db } from '@levain/db';
import { stringify } from 'csv-stringify/sync';
import { asc, sql } from 'drizzle-orm';
import type { Locale } from '../i18n/messages';
import { translate } from '../i18n/messages';
import { authorize, type Viewer } from '../permissions';
import { loadEvent } from './access';

/** One export lists at most this many answers (an event's seats are bounded far below it). */
export const MAX_EXPORTED_ANSWERS = 10_000;

const headers = {
  fr: ['nom', 'réponse', 'invité·es', 'liste d’attente', 'enregistré·e à', 'répondu le'],
  en: ['name', 'answer', 'guests', 'waiting list', 'checked in at', 'answered at'],
};

/** A cell starting like a formula is read as text by spreadsheets. */
const cell = (value: string) => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);

/**
 * The answers to an event as CSV, for its organisers (the rule `event:manage`): those going, the
 * waiting list in order, maybe, then declined. "Not found" for an event the viewer may not read.
 */
export async function attendeesCsv(db: Db, viewer: Viewer, eventId: string, locale: Locale): Promise<string> {
  const { access } = await loadEvent(db, viewer, eventId);
  authorize(viewer, 'event:manage', access);
  const rows = await db.query.eventAnswers.findMany({
    where: { eventId },
    columns: { answer: true, guests: true, waitlistedAt: true, checkedInAt: true, answeredAt: true },
    with: { user: { columns: { name: true } } },
    orderBy: (a) => [
      sql`case ${a.answer} when 'going' then 0 when 'maybe' then 1 else 2 end`,
      sql`${a.waitlistedAt} asc nulls first`,
      asc(a.answeredAt),
      asc(a.userId),
    ],
    limit: MAX_EXPORTED_ANSWERS,
  });
  let position = 0;
  const lines = rows.map((row) => [
    cell(row.user.name),
    translate(locale, { key: `event.answer.${row.answer}` }),
    String(row.guests),
    row.waitlistedAt ? String(++position) : '',
    row.checkedInAt?.toISOString() ?? '',
    row.answeredAt.toISOString(),
  ]);
  return `\uFEFF${stringify([headers[locale], ...lines])}`;
}
