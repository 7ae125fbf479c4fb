import type { schema } from '@levain/db';
import type { namePools } from './names';
import type { Direction, Titles } from './titles';

type WorkingHours = schema.WorkingHours;
const week = [1, 2, 3, 4, 5];
const hours = (start: string, end: string, days = week): WorkingHours => ({ days, start, end });

export type Team = {
  code: string;
  name: string;
  direction: Direction;
  size: number;
  lead: Titles;
  staff?: Titles;
};

/** One office of Groupe Atlas: CM 1 – Pays 1 … CM 4 – Pays 4, as the source slides draw the CM network. */
export type Country = {
  code: 'fr' | 'be' | 'ca' | 'uk';
  name: string;
  timeZone: string;
  /** Where people's names come from, with the share of each. */
  pools: Array<{ pool: keyof typeof namePools; share: number }>;
  /** UK titles are English; in Canada each person's title follows their language. */
  englishTitles: boolean;
  director: { first: string; last: string; female: boolean; title: string };
  directions: Record<Direction, { name: string; size: number }>;
  teams: Team[];
  hours: WorkingHours[];
};

const frenchHours = [
  ...Array(6).fill(hours('09:00', '18:00')),
  hours('08:30', '17:30'),
  hours('08:30', '17:30'),
  hours('09:00', '17:00', [1, 2, 4, 5]),
  hours('10:00', '19:00'),
];

const frenchDirections = (country: string, sizes: [number, number, number, number]) => ({
  communication: { name: `Communication ${country}`, size: sizes[0] },
  marketing: { name: `Marketing ${country}`, size: sizes[1] },
  hr: { name: `Ressources humaines ${country}`, size: sizes[2] },
  sales: { name: `Commercial ${country}`, size: sizes[3] },
});

const lead = (fr: string, en = fr): Titles => ({ fr, en });

/** Sizes count everyone in a direction (head, team leads, teams): 198 people plus two at group level. */
export const countries: Country[] = [
  {
    code: 'fr',
    name: 'France',
    timeZone: 'Europe/Paris',
    pools: [{ pool: 'france', share: 1 }],
    englishTitles: false,
    director: { first: 'Philippe', last: 'Girard', female: false, title: 'Directeur général France' },
    directions: frenchDirections('France', [20, 20, 14, 21]),
    teams: [
      {
        code: 'fr-communication-interne',
        name: 'Communication interne',
        direction: 'communication',
        size: 6,
        lead: lead('Responsable communication interne'),
        staff: {
          fr: ['Chargé de communication interne', 'Chargée de communication interne'],
          en: 'Internal Communications Officer',
        },
      },
      {
        code: 'fr-communication-presse',
        name: 'Relations presse',
        direction: 'communication',
        size: 4,
        lead: lead('Responsable relations presse'),
        staff: { fr: ['Chargé de relations presse', 'Chargée de relations presse'], en: 'Press Officer' },
      },
      {
        code: 'fr-marketing-digital',
        name: 'Marketing digital',
        direction: 'marketing',
        size: 7,
        lead: lead('Responsable marketing digital'),
      },
      {
        code: 'fr-hr-recrutement',
        name: 'Recrutement',
        direction: 'hr',
        size: 5,
        lead: lead('Responsable recrutement'),
        staff: { fr: ['Chargé de recrutement', 'Chargée de recrutement'], en: 'Recruiter' },
      },
      {
        code: 'fr-sales-grands-comptes',
        name: 'Grands comptes',
        direction: 'sales',
        size: 6,
        lead: lead('Responsable grands comptes'),
        staff: { fr: 'Key account manager', en: 'Key Account Manager' },
      },
      {
        code: 'fr-sales-regions',
        name: 'Ventes régions',
        direction: 'sales',
        size: 7,
        lead: lead('Responsable des ventes régions'),
      },
    ],
    hours: frenchHours,
  },
  {
    code: 'be',
    name: 'Belgique',
    timeZone: 'Europe/Brussels',
    pools: [{ pool: 'belgium', share: 1 }],
    englishTitles: false,
    director: { first: 'Anne', last: 'Peeters', female: true, title: 'Directrice générale Belgique' },
    directions: frenchDirections('Belgique', [8, 9, 7, 11]),
    teams: [
      {
        code: 'be-sales-benelux',
        name: 'Ventes Benelux',
        direction: 'sales',
        size: 5,
        lead: lead('Responsable des ventes Benelux'),
      },
    ],
    hours: frenchHours,
  },
  {
    code: 'ca',
    name: 'Canada',
    timeZone: 'America/Toronto',
    pools: [
      { pool: 'quebec', share: 0.5 },
      { pool: 'englishCanada', share: 0.5 },
    ],
    englishTitles: false,
    director: { first: 'Marc-André', last: 'Tremblay', female: false, title: 'Directeur général Canada' },
    directions: frenchDirections('Canada', [10, 11, 8, 14]),
    teams: [
      {
        code: 'ca-marketing-numerique',
        name: 'Marketing numérique',
        direction: 'marketing',
        size: 5,
        lead: lead('Responsable marketing numérique', 'Digital Marketing Lead'),
      },
      {
        code: 'ca-sales-ontario',
        name: 'Ventes Ontario',
        direction: 'sales',
        size: 5,
        lead: lead('Responsable des ventes Ontario', 'Ontario Sales Lead'),
      },
      {
        code: 'ca-sales-quebec',
        name: 'Ventes Québec',
        direction: 'sales',
        size: 5,
        lead: lead('Responsable des ventes Québec', 'Quebec Sales Lead'),
      },
    ],
    hours: [
      hours('08:30', '16:30'),
      hours('09:00', '17:00'),
      hours('09:00', '17:00'),
      hours('08:00', '16:00'),
    ],
  },
  {
    code: 'uk',
    name: 'United Kingdom',
    timeZone: 'Europe/London',
    pools: [
      { pool: 'britain', share: 0.85 },
      { pool: 'france', share: 0.15 },
    ],
    englishTitles: true,
    director: { first: 'James', last: 'Whitfield', female: false, title: 'Managing Director UK' },
    directions: {
      communication: { name: 'Communication UK', size: 9 },
      marketing: { name: 'Marketing UK', size: 10 },
      hr: { name: 'HR UK', size: 8 },
      sales: { name: 'Sales UK', size: 14 },
    },
    teams: [
      {
        code: 'uk-communication-internal',
        name: 'Internal Communications',
        direction: 'communication',
        size: 4,
        lead: lead('Internal Communications Lead'),
        staff: { fr: 'Internal Communications Officer', en: 'Internal Communications Officer' },
      },
      {
        code: 'uk-sales-key-accounts',
        name: 'Key Accounts',
        direction: 'sales',
        size: 6,
        lead: lead('Head of Key Accounts'),
        staff: { fr: 'Key Account Manager', en: 'Key Account Manager' },
      },
    ],
    hours: [
      hours('09:00', '17:30'),
      hours('09:00', '17:30'),
      hours('08:00', '16:30'),
      hours('09:00', '17:30', [1, 2, 3, 4]),
    ],
  },
];

export const COMPANY_CODE = 'atlas';
export const directionCode = (country: Country, direction: Direction) => `${country.code}-${direction}`;
