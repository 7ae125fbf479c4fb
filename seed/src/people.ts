import { randomUUID } from 'node:crypto';
import { schema, type Tx } from '@levain/db';
import type { Random, Role } from '@levain/server/seeding';
import { chiefExecutive, type NamedAccount, namedAccounts } from './accounts';
import { COMPANY_CODE, type Country, countries, directionCode, type Team } from './countries';
import { drawName, emailLocalPart, type Identity, pickPool } from './names';
import { type Direction, headTitles, staffTitles, type Titles, titleFor } from './titles';

export type DemoPerson = {
  id: string;
  email: string;
  name: string;
  title: string;
  orgUnitCode: string;
  locale: 'fr' | 'en';
  timeZone: string;
  workingHours: schema.WorkingHours;
  managerId: string | null;
  roles: Role[];
};

type PersonFields = Omit<DemoPerson, 'id' | 'email' | 'name' | 'locale' | 'roles'>;
const DOMAIN = 'atlas.example';
const groupHours: schema.WorkingHours = { days: [1, 2, 3, 4, 5], start: '08:30', end: '18:30' };

/**
 * The ~200 people of Groupe Atlas. Each direction has a head reporting to the country
 * director, who reports to the chief executive; teams have a lead reporting to the head.
 */
export function demoPeople(random: Random): DemoPerson[] {
  const people: DemoPerson[] = [];
  const names = new Set([chiefExecutive, ...namedAccounts].map((p) => `${p.first} ${p.last}`));
  const emails = new Set(namedAccounts.map((a) => a.email));

  const uniqueEmail = (who: Identity) => {
    const local = emailLocalPart(who.first, who.last);
    let address = `${local}@${DOMAIN}`;
    for (let n = 2; emails.has(address); n++) address = `${local}${n}@${DOMAIN}`;
    emails.add(address);
    return address;
  };
  const add = (who: Identity, fields: PersonFields, email = uniqueEmail(who)) => {
    const name = `${who.first} ${who.last}`;
    const person: DemoPerson = {
      id: randomUUID(),
      email,
      name,
      locale: who.locale,
      roles: ['member'],
      ...fields,
    };
    people.push(person);
    return person;
  };
  const addNamed = (account: NamedAccount, fields: Omit<PersonFields, 'title'>) => {
    const person = add(account, { ...fields, title: account.title }, account.email);
    if (account.role !== 'member') person.roles.push(account.role);
    return person;
  };

  const draw = (country: Country): Identity => {
    const pool = pickPool(random, country.pools);
    for (;;) {
      const identity = drawName(random, pool);
      const name = `${identity.first} ${identity.last}`;
      if (!names.has(name)) {
        names.add(name);
        return identity;
      }
    }
  };
  const english = (country: Country, who: Identity) => country.englishTitles || who.locale === 'en';
  const titled = (country: Country, who: Identity, titles: Titles) =>
    english(country, who) ? titles.en : titleFor(titles.fr, who.female);
  const staffTitle = (country: Country, who: Identity, direction: Direction) =>
    english(country, who)
      ? random.pick(staffTitles[direction].en)
      : titleFor(random.pick(staffTitles[direction].fr), who.female);
  const inCountry = (country: Country, orgUnitCode: string, managerId: string) => ({
    orgUnitCode,
    managerId,
    timeZone: country.timeZone,
    workingHours: random.pick(country.hours),
  });

  /** Someone new in a unit, with a given title or one usual in their direction. */
  const addStaff = (country: Country, unit: string, managerId: string, job: Titles | Direction) => {
    const who = draw(country);
    const title = typeof job === 'string' ? staffTitle(country, who, job) : titled(country, who, job);
    return add(who, { title, ...inCountry(country, unit, managerId) });
  };
  const addTeam = (country: Country, team: Team, headId: string) => {
    const lead = addStaff(country, team.code, headId, team.lead);
    for (let i = 1; i < team.size; i++) addStaff(country, team.code, lead.id, team.staff ?? team.direction);
  };
  const ceo = add(
    { ...chiefExecutive, locale: 'fr' },
    {
      title: chiefExecutive.title,
      orgUnitCode: COMPANY_CODE,
      managerId: null,
      timeZone: 'Europe/Paris',
      workingHours: groupHours,
    },
  );
  for (const account of namedAccounts.filter((a) => a.place === 'group'))
    addNamed(account, {
      orgUnitCode: COMPANY_CODE,
      managerId: ceo.id,
      timeZone: 'Europe/Paris',
      workingHours: groupHours,
    });

  for (const country of countries) {
    const { director } = country;
    const directorIdentity = {
      ...director,
      locale: country.code === 'uk' ? ('en' as const) : ('fr' as const),
    };
    const countryHead = add(directorIdentity, {
      title: director.title,
      ...inCountry(country, country.code, ceo.id),
    });
    for (const [direction, { size }] of Object.entries(country.directions) as Array<
      [Direction, { size: number }]
    >) {
      const unit = directionCode(country, direction);
      const named = namedAccounts.filter(
        (a) => a.place !== 'group' && a.place.country === country.code && a.place.direction === direction,
      );
      const namedHead = named.find((a) => a.place !== 'group' && a.place.head);
      const head = namedHead
        ? addNamed(namedHead, inCountry(country, unit, countryHead.id))
        : addStaff(country, unit, countryHead.id, headTitles[direction]);
      const teams = country.teams.filter((t) => t.direction === direction);
      for (const team of teams) addTeam(country, team, head.id);
      for (const account of named.filter((a) => a !== namedHead))
        addNamed(account, inCountry(country, unit, head.id));
      const others = size - 1 - teams.reduce((n, t) => n + t.size, 0) - (named.length - (namedHead ? 1 : 0));
      for (let i = 0; i < others; i++) addStaff(country, unit, head.id, direction);
    }
  }
  return people;
}

/** Two statements for everyone: people (managers among them: foreign keys are checked at the end), then roles. */
export async function insertDemoPeople(
  tx: Tx,
  people: DemoPerson[],
  orgUnitIds: ReadonlyMap<string, string>,
  passwordHash: string,
): Promise<void> {
  await tx.insert(schema.users).values(
    people.map(({ roles: _roles, orgUnitCode, ...person }) => ({
      ...person,
      orgUnitId: orgUnitIds.get(orgUnitCode)!,
      passwordHash,
    })),
  );
  await tx
    .insert(schema.userRoles)
    .values(people.flatMap((person) => person.roles.map((role) => ({ userId: person.id, role }))));
}
