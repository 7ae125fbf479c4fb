import { i18n } from '../../lib/i18n/i18n.svelte';

/** A calendar day (YYYY-MM-DD) in words; read at noon UTC so no time zone moves it to another day. */
export function dayLabel(day: string): string {
  return i18n.date(`${day}T12:00:00Z`, { dateStyle: 'medium', timeZone: 'UTC' });
}
