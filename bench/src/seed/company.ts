import { randomUUID } from 'node:crypto';
import type { schema } from '@levain/db';
import {
  COMPANY_CODE,
  type Country,
  chiefExecutive,
  countries,
  type Direction,
  directionCode,
  drawName,
  headTitles,
  type Identity,
  namedAccounts,
  pickPool,
  staffTitles,
  type Team,
  type Titles,
  titleFor,
} from '@levain/seed';
import { type Random, seededRandom } from '@levain/server/seeding';

export type OrgUnit = {
  id: string;
  code: string;
  name: string;
  kind: 'company' | 'country' | 'direction' | 'team';
  parentCode: string | null;
};

/** 0 the group's leadership, 1 a country director, 2 a direction head, 3 a team lead, 4 everyone else. */
export type Rank = 0 | 1 | 2 | 3 | 4;
type Role = (typeof schema.roleName.enumValues)[number];

export type Person = {
  n: number;
  id: string;
  email: string;
  name: string;
  firstName: string;
  title: string;
  locale: 'fr' | 'en';
  timeZone: string;
  workingHours: schema.WorkingHours;
  managerN: number | null;
  roles: Role[];
  rank: Rank;
  /** The units the person sits in, from the team up (absent at group level). */
  teamCode: string | null;
  directionCode: string | null;
  countryCode: string | null;
};

export type Company = { units: OrgUnit[]; people: Person[] };

const TEAM_SIZE = 12;
const countryShare: Record<Country['code'], number> = { fr: 0.5, be: 0.15, ca: 0.2, uk: 0.15 };
const directionShare: Record<Direction, number> = {
  communication: 0.2,
  marketing: 0.2,
  hr: 0.15,
  sales: 0.45,
};
const teamLead: Titles = { fr: 'Responsable d’équipe', en: 'Team Lead' };
/** The group's leadership: the chief executive, then the admin, HR and the chief CM of the demo. */
const leadership = [
  { ...chiefExecutive, role: 'member' as Role, locale: 'fr' as const },
  ...namedAccounts.filter((a) => a.role !== 'member'),
];

/** Teams of a direction: the demo's first, then numbered ones until everyone has a team. */
function teamsOf(country: Country, direction: Direction, name: string, people: number): Team[] {
  const count = Math.max(1, Math.round(people / TEAM_SIZE));
  const known = country.teams.filter((t) => t.direction === direction);
  const word = country.code === 'uk' ? 'Team' : 'équipe';
  return Array.from({ length: count }, (_, k) => {
    const size = Math.floor(people / count) + (k < people % count ? 1 : 0);
    const team = known[k];
    if (team) return { ...team, size };
    return {
      code: `${directionCode(country, direction)}-${k + 1}`,
      name: `${name} – ${word} ${k + 1}`,
      direction,
      size,
      lead: teamLead,
    };
  });
}

/**
 * Groupe Atlas at bench size: the demo's four countries and four directions, teams of about twelve,
 * each person reporting to their team lead, the lead to the direction head, the head to the country
 * director and the director to the chief executive. The same seed gives the same company.
 */
export function planCompany(size: number): Company {
  const random = seededRandom(size);
  const units: OrgUnit[] = [];
  const people: Person[] = [];
  const unit = (code: string, name: string, kind: OrgUnit['kind'], parentCode: string | null) =>
    units.push({ id: randomUUID(), code, name, kind, parentCode });
  const add = (fields: Omit<Person, 'n' | 'id' | 'email'>) => {
    const n = people.length + 1;
    people.push({ n, id: randomUUID(), email: `person${n}@bench.example`, ...fields });
    return n;
  };

  unit(COMPANY_CODE, 'Groupe Atlas', 'company', null);
  const ceo = people.length + 1;
  for (const account of leadership)
    add({
      name: `${account.first} ${account.last}`,
      firstName: account.first,
      title: account.title,
      locale: account.locale,
      timeZone: 'Europe/Paris',
      workingHours: { days: [1, 2, 3, 4, 5], start: '08:30', end: '18:30' },
      managerN: people.length ? ceo : null,
      roles: account.role === 'member' ? ['member'] : ['member', account.role],
      rank: 0,
      teamCode: null,
      directionCode: null,
      countryCode: null,
    });

  const sizes = directionSizes(size - leadership.length - countries.length * 5);
  for (const country of countries) {
    unit(country.code, country.name, 'country', COMPANY_CODE);
    const inCountry = { timeZone: country.timeZone, countryCode: country.code };
    const person = (
      rank: Rank,
      title: (who: Identity) => string,
      managerN: number,
      teamCode: string | null,
      dirCode: string,
    ) => {
      const who = draw(random, country);
      return add({
        ...inCountry,
        name: `${who.first} ${who.last}`,
        firstName: who.first,
        title: title(who),
        locale: who.locale,
        workingHours: random.pick(country.hours),
        managerN,
        roles: ['member'],
        rank,
        teamCode,
        directionCode: dirCode,
      });
    };
    const director = add({
      ...inCountry,
      name: `${country.director.first} ${country.director.last}`,
      firstName: country.director.first,
      title: country.director.title,
      locale: country.code === 'uk' ? 'en' : 'fr',
      workingHours: country.hours[0]!,
      managerN: ceo,
      roles: ['member'],
      rank: 1,
      teamCode: null,
      directionCode: null,
    });
    for (const [direction, { name }] of Object.entries(country.directions) as Array<
      [Direction, { name: string }]
    >) {
      const dirCode = directionCode(country, direction);
      unit(dirCode, name, 'direction', country.code);
      const english = (who: Identity) => country.englishTitles || who.locale === 'en';
      const titled = (titles: Titles) => (who: Identity) =>
        english(who) ? titles.en : titleFor(titles.fr, who.female);
      const head = person(2, titled(headTitles[direction]), director, null, dirCode);
      for (const team of teamsOf(country, direction, name, sizes.get(dirCode)!)) {
        unit(team.code, team.name, 'team', dirCode);
        const lead = person(3, titled(team.lead), head, team.code, dirCode);
        const staffTitle = (who: Identity) =>
          team.staff
            ? titled(team.staff)(who)
            : english(who)
              ? random.pick(staffTitles[direction].en)
              : titleFor(random.pick(staffTitles[direction].fr), who.female);
        for (let i = 1; i < team.size; i++) person(4, staffTitle, lead, team.code, dirCode);
      }
    }
  }
  return { units, people };
}

/** People of each direction (teams included, head apart), adding up to `staff` exactly (largest remainders). */
function directionSizes(staff: number): Map<string, number> {
  const shares = countries.flatMap((country) =>
    (Object.keys(directionShare) as Direction[]).map((direction) => {
      const exact = staff * countryShare[country.code] * directionShare[direction];
      return { code: directionCode(country, direction), size: Math.floor(exact), rest: exact % 1 };
    }),
  );
  let missing = staff - shares.reduce((n, s) => n + s.size, 0);
  for (const share of [...shares].sort((a, b) => b.rest - a.rest)) if (missing-- > 0) share.size++;
  return new Map(shares.map((s) => [s.code, s.size]));
}

/** A name people in the country's office would recognise (the demo's pools and shares). */
const draw = (random: Random, country: Country): Identity =>
  drawName(random, pickPool(random, country.pools));
