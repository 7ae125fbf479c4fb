import { randomUUID } from 'node:crypto';
import { schema, type Tx } from '@levain/db';
import { COMPANY_CODE, countries, directionCode } from './countries';
import type { Direction } from './titles';

type NewOrgUnit = typeof schema.orgUnits.$inferInsert;

/** Groupe Atlas → 4 countries → 4 directions each → a few teams; returns each unit's id by code. */
export async function seedOrgChart(tx: Tx): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  const units: NewOrgUnit[] = [];
  const add = (code: string, name: string, kind: NewOrgUnit['kind'], parentCode: string | null) => {
    ids.set(code, randomUUID());
    units.push({ id: ids.get(code), code, name, kind, parentId: parentCode ? ids.get(parentCode)! : null });
  };
  add(COMPANY_CODE, 'Groupe Atlas', 'company', null);
  for (const country of countries) {
    add(country.code, country.name, 'country', COMPANY_CODE);
    for (const [direction, { name }] of Object.entries(country.directions) as Array<
      [Direction, { name: string }]
    >)
      add(directionCode(country, direction), name, 'direction', country.code);
    for (const team of country.teams)
      add(team.code, team.name, 'team', directionCode(country, team.direction));
  }
  // One statement: PostgreSQL checks the parent foreign keys when it ends.
  await tx.insert(schema.orgUnits).values(units);
  return ids;
}
