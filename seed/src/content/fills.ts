import type { Lang } from './types';

/** Countries of Groupe Atlas, for the cities a post names. */
export type CountryCode = 'fr' | 'be' | 'ca' | 'uk';

const months: Record<Lang, string[]> = {
  fr: 'janvier février mars avril mai juin juillet août septembre octobre novembre décembre'.split(' '),
  en: 'January February March April May June July August September October November December'.split(' '),
};

const cities: Record<CountryCode, string[]> = {
  fr: ['Lyon', 'Lille', 'Nantes', 'Bordeaux', 'Marseille', 'Toulouse', 'Strasbourg', 'Rennes'],
  be: ['Liège', 'Gand', 'Namur', 'Anvers', 'Charleroi', 'Louvain-la-Neuve'],
  ca: ['Québec', 'Laval', 'Ottawa', 'Gatineau', 'Sherbrooke', 'Hamilton'],
  uk: ['Manchester', 'Leeds', 'Bristol', 'Birmingham', 'Edinburgh', 'Glasgow'],
};

/** Words a template may ask for, drawn anew for each post. */
const words: Record<Lang, Record<string, string[]>> = {
  fr: {
    weekday: ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi'],
    time: ['9 h 30', '10 h', '11 h', '12 h 30', '14 h', '15 h 30', '16 h 30'],
    // Always "salle …": the templates say "en {room}" and ", {room}".
    room: ['salle Jacquard', 'salle Lumière', 'salle Gutenberg', 'salle Curie', 'salle Hugo'],
    event: [
      'la convention annuelle',
      'le séminaire des managers',
      'la journée portes ouvertes',
      'le forum écoles',
      'le hackathon interne',
      'le salon Viva Technology',
    ],
    client: ['Maisons Verdier', 'Groupe Solvane', 'Transports Ardent', 'Banque Ostral', 'Hôtels Belcour'],
    competitor: ['Norvia', 'Kaleo Group', 'Synapse & Co', 'Vertigo Digital'],
  },
  en: {
    weekday: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'],
    time: ['9:30', '10am', '11am', '12:30', '2pm', '3:30pm', '4:30pm'],
    room: ['the Thames room', 'the Atrium', 'meeting room 3', 'the fourth-floor kitchen'],
    event: [
      'the annual convention',
      'the managers’ offsite',
      'the open day',
      'the internal hackathon',
      'our London Tech Week stand',
    ],
    client: [
      'Harbour & Finch',
      'Northgate Retail',
      'Kestrel Insurance',
      'Brightwater Homes',
      'Albion Logistics',
    ],
    competitor: ['Norvia', 'Kaleo Group', 'Synapse & Co', 'Vertigo Digital'],
  },
};

type Pick = <T>(items: readonly T[]) => T;

const ofMonth = (month: string) => (/^[aeiou]/i.test(month) ? `d’${month}` : `de ${month}`);
/** "le séminaire" → "du séminaire", "la convention" → "de la convention". */
const ofEvent = (event: string) => event.replace(/^le /, 'du ').replace(/^(la |l’)/, 'de $1');

/**
 * The value of each slot for one post: its month and the previous one come from its publication
 * date, numbers and names are drawn. Values are plain words: no Markdown, no hashtag.
 */
export function fillsFor(lang: Lang, country: CountryCode, published: Date, pick: Pick, next: () => number) {
  const month = published.getUTCMonth();
  const values: Record<string, string> = {
    month: months[lang][month]!,
    lastMonth: months[lang][(month + 11) % 12]!,
    // "de mars", "d’avril": French elides before a vowel.
    deMonth: ofMonth(months[lang][month]!),
    deLastMonth: ofMonth(months[lang][(month + 11) % 12]!),
    // For bilingual posts: the English part names the month in English.
    lastMonthEn: months.en[(month + 11) % 12]!,
    city: pick(cities[country]),
    n: String(3 + Math.floor(next() * 10)),
    pct: String(12 + Math.floor(next() * 67)),
  };
  for (const [slot, choices] of Object.entries(words[lang])) values[slot] = pick(choices);
  if (lang === 'fr') values.deEvent = ofEvent(values.event!);
  return values;
}
