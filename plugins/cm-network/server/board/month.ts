import { ValidationError } from '@levain/server/plugin';

export type Month = { key: string; from: Date; to: Date };

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

const monthAt = (year: number, monthIndex: number): Month => {
  const from = new Date(Date.UTC(year, monthIndex, 1));
  const to = new Date(Date.UTC(year, monthIndex + 1, 1));
  return { key: from.toISOString().slice(0, 7), from, to };
};

/** The month containing a moment (months are UTC calendar months). */
export const monthOf = (at: Date): Month => monthAt(at.getUTCFullYear(), at.getUTCMonth());

export const previousMonth = (month: Month): Month =>
  monthAt(month.from.getUTCFullYear(), month.from.getUTCMonth() - 1);

/** "YYYY-MM", not after the current month; otherwise a ValidationError naming the field. */
export function parseMonth(text: string, now: Date, field = 'month'): Month {
  const match = MONTH.exec(text);
  if (!match) throw ValidationError.field(field, 'cm-network:validation.monthFormat');
  const month = monthAt(Number(match[1]), Number(match[2]) - 1);
  if (month.from > now) throw ValidationError.field(field, 'cm-network:validation.monthInFuture');
  return month;
}
