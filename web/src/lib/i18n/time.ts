import { i18n } from './i18n.svelte';

const steps: [Intl.RelativeTimeFormatUnit, number][] = [
  ['day', 86_400],
  ['hour', 3_600],
  ['minute', 60],
];

/**
 * "il y a 5 min", "dans 2 h": recent and coming times read as a distance, older ones as a date
 * (a week-old post is easier to place by its day).
 */
export function relativeTime(iso: string, now = Date.now()): string {
  const seconds = (new Date(iso).getTime() - now) / 1000;
  const distance = Math.abs(seconds);
  if (distance < 45) return i18n.t('time.justNow');
  if (distance >= 7 * 86_400) {
    return i18n.date(iso, { day: 'numeric', month: 'short', year: 'numeric' });
  }
  const format = new Intl.RelativeTimeFormat(i18n.locale, { numeric: 'auto', style: 'short' });
  for (const [unit, size] of steps) {
    if (distance >= size) return format.format(Math.round(seconds / size), unit);
  }
  return format.format(Math.round(seconds / 60), 'minute');
}

/** The full date and time, for the tooltip and the datetime attribute's readers. */
export function fullTime(iso: string): string {
  return i18n.date(iso, { dateStyle: 'full', timeStyle: 'short' });
}
