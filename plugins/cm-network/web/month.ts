/** Months as the board and the reports take them ("YYYY-MM", UTC). */
const monthKey = (year: number, index: number) =>
  new Date(Date.UTC(year, index, 1)).toISOString().slice(0, 7);

/** The current month: the latest a month field accepts. */
export const currentMonth = (now = new Date()) => monthKey(now.getUTCFullYear(), now.getUTCMonth());

/** The month the page opens on: `?month=` when valid, else the last complete month (the one CMs report on). */
export function initialMonth(now = new Date()): string {
  const asked = new URLSearchParams(location.search).get('month');
  return asked && /^\d{4}-\d{2}$/.test(asked) ? asked : monthKey(now.getUTCFullYear(), now.getUTCMonth() - 1);
}
