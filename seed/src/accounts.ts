import type { Role } from '@levain/server/seeding';
import type { Direction } from './titles';

/**
 * The people a demo visitor signs in as, one per kind of user the documents describe: the
 * platform admin, HR, the chief community manager, a manager who is a part-time CM, and two
 * employees (one French-speaking, one English-speaking).
 */
export type NamedAccount = {
  label: string;
  email: string;
  first: string;
  last: string;
  female: boolean;
  role: Role;
  title: string;
  /** Where they sit: the group itself, or a direction of a country. */
  place: 'group' | { country: 'fr' | 'uk'; direction: Direction; head?: true };
  locale: 'fr' | 'en';
};

export const namedAccounts: NamedAccount[] = [
  {
    label: 'Admin',
    email: 'admin@atlas.example',
    first: 'Camille',
    last: 'Martin',
    female: true,
    role: 'admin',
    title: 'Responsable digital workplace',
    place: 'group',
    locale: 'fr',
  },
  {
    label: 'RH / HR',
    email: 'rh@atlas.example',
    first: 'Sophie',
    last: 'Bernard',
    female: true,
    role: 'hr',
    title: 'Directrice des ressources humaines',
    place: { country: 'fr', direction: 'hr', head: true },
    locale: 'fr',
  },
  {
    label: 'Chief CM',
    email: 'cm@atlas.example',
    first: 'Julien',
    last: 'Moreau',
    female: false,
    role: 'chief_cm',
    title: 'Community manager en chef',
    place: { country: 'fr', direction: 'communication' },
    locale: 'fr',
  },
  {
    label: 'Manager (CM)',
    email: 'manager@atlas.example',
    first: 'Thomas',
    last: 'Petit',
    female: false,
    role: 'member',
    title: 'Responsable marketing',
    place: { country: 'fr', direction: 'marketing', head: true },
    locale: 'fr',
  },
  {
    label: 'Employé·e (fr)',
    email: 'employe@atlas.example',
    first: 'Léa',
    last: 'Dubois',
    female: true,
    role: 'member',
    title: 'Chargée de marketing digital',
    place: { country: 'fr', direction: 'marketing' },
    locale: 'fr',
  },
  {
    label: 'Employee (en)',
    email: 'employee@atlas.example',
    first: 'Olivia',
    last: 'Smith',
    female: true,
    role: 'member',
    title: 'Key Account Manager',
    place: { country: 'uk', direction: 'sales' },
    locale: 'en',
  },
];

/** The group's chief executive, to whom the country directors report. */
export const chiefExecutive = {
  first: 'Isabelle',
  last: 'Fournier',
  female: true,
  title: 'Présidente-directrice générale',
};
