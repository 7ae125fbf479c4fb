import { formatMessage } from '../i18n/format';
import type { Locale } from '../i18n/messages';
import { isWorkingTime, localParts, nextWorkingStart, type WorkingHours } from './working-hours';

const texts = {
  fr: {
    today: "aujourd'hui à {time}",
    tomorrow: 'demain à {time}',
    later: '{day} à {time}',
    notice: "{name} n'est pas dans ses horaires de travail : sa journée commence {when} (votre heure).",
  },
  en: {
    today: 'today at {time}',
    tomorrow: 'tomorrow at {time}',
    later: 'on {day} at {time}',
    notice: '{name} is outside their working hours: their day starts {when} (your time).',
  },
} satisfies Record<Locale, Record<string, string>>;

const dayNumber = (instant: Date, timeZone: string) => {
  const p = localParts(instant, timeZone);
  return Date.UTC(p.year, p.month - 1, p.day) / 86_400_000;
};

export type Colleague = { name: string; timeZone: string; workingHours: WorkingHours };

/**
 * For a colleague outside their working hours at `now`: when their day starts, and a gentle
 * sentence saying so in the viewer's language and time zone. Null while they are working.
 */
export function outOfHoursNotice(
  colleague: Colleague,
  now: Date,
  viewer: { locale: Locale; timeZone: string },
): { startsAt: Date; message: string } | null {
  if (isWorkingTime(now, colleague.timeZone, colleague.workingHours)) return null;
  const startsAt = nextWorkingStart(now, colleague.timeZone, colleague.workingHours);
  const { locale, timeZone } = viewer;
  const time = new Intl.DateTimeFormat(locale, { timeZone, hour: '2-digit', minute: '2-digit' }).format(
    startsAt,
  );
  const day = new Intl.DateTimeFormat(locale, { timeZone, weekday: 'long' }).format(startsAt);
  const days = dayNumber(startsAt, timeZone) - dayNumber(now, timeZone);
  const when = formatMessage(
    locale,
    texts[locale][days === 0 ? 'today' : days === 1 ? 'tomorrow' : 'later'],
    { time, day },
  );
  return { startsAt, message: formatMessage(locale, texts[locale].notice, { name: colleague.name, when }) };
}
