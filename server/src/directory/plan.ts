import { randomUUID } from 'node:crypto';
import type { ParsedDirectory } from './parse';
import type { DirectorySnapshot, OrgUnitKind } from './snapshot';
import type { OrgUnitDefinition } from './validate';

export type PlannedOrgUnit = {
  id: string;
  code: string;
  name: string;
  kind: OrgUnitKind;
  parent_id: string | null;
};

/** snake_case like the columns: rows go to PostgreSQL as one JSON document (see apply.ts). */
export type PlannedPerson = {
  id: string;
  email: string;
  name: string;
  title: string | null;
  org_unit_id: string | null;
  locale: string;
  time_zone: string;
  manager_id: string | null;
};

/** Only what changes: re-importing the same file writes nothing and counts nothing as updated. */
export type DirectoryPlan = {
  newOrgUnits: PlannedOrgUnit[];
  changedOrgUnits: PlannedOrgUnit[];
  newPeople: PlannedPerson[];
  changedPeople: PlannedPerson[];
};

const DEFAULT_TIME_ZONE = 'Europe/Paris';

/**
 * Turns a valid file into the rows to write. Ids of new org units and people are chosen here,
 * so a line can name a parent or a manager that appears further down the file.
 */
export function planDirectory(
  parsed: ParsedDirectory,
  snapshot: DirectorySnapshot,
  definitions: ReadonlyMap<string, OrgUnitDefinition>,
): DirectoryPlan {
  const idOfCode = new Map<string, string>(
    [...snapshot.orgUnitsByCode].map(([code, unit]) => [code, unit.id]),
  );
  for (const code of definitions.keys()) if (!idOfCode.has(code)) idOfCode.set(code, randomUUID());

  const plan: DirectoryPlan = { newOrgUnits: [], changedOrgUnits: [], newPeople: [], changedPeople: [] };
  for (const [code, definition] of definitions) {
    const existing = snapshot.orgUnitsByCode.get(code);
    // A unit is never detached by omission: its parent changes only when the file names another.
    const parentId = definition.parent ? idOfCode.get(definition.parent)! : (existing?.parentId ?? null);
    const unit: PlannedOrgUnit = {
      id: idOfCode.get(code)!,
      code,
      name: definition.name || existing!.name,
      kind: definition.kind || existing!.kind,
      parent_id: parentId,
    };
    if (!existing) plan.newOrgUnits.push(unit);
    else if (
      unit.name !== existing.name ||
      unit.kind !== existing.kind ||
      unit.parent_id !== existing.parentId
    )
      plan.changedOrgUnits.push(unit);
  }

  const idOfEmail = new Map<string, string>();
  for (const row of parsed.rows) {
    const email = row.cells.email.toLowerCase();
    idOfEmail.set(email, snapshot.peopleByEmail.get(email)?.id ?? randomUUID());
  }
  const personId = (email: string) => idOfEmail.get(email) ?? snapshot.peopleByEmail.get(email)!.id;

  const { columns } = parsed;
  for (const { cells } of parsed.rows) {
    const email = cells.email.toLowerCase();
    const existing = snapshot.peopleByEmail.get(email);
    // A column absent from the header leaves that field as it is; an empty cell of a present column clears it.
    const person: PlannedPerson = {
      id: idOfEmail.get(email)!,
      email: existing?.email ?? email,
      name: cells.name,
      title: columns.has('title') ? cells.title || null : (existing?.title ?? null),
      org_unit_id: columns.has('org_unit')
        ? cells.org_unit
          ? idOfCode.get(cells.org_unit)!
          : null
        : (existing?.orgUnitId ?? null),
      locale: cells.locale || existing?.locale || snapshot.defaultLocale,
      time_zone: cells.time_zone || existing?.timeZone || DEFAULT_TIME_ZONE,
      manager_id: columns.has('manager_email')
        ? cells.manager_email
          ? personId(cells.manager_email.toLowerCase())
          : null
        : (existing?.managerId ?? null),
    };
    if (!existing) plan.newPeople.push(person);
    else if (
      person.name !== existing.name ||
      person.title !== existing.title ||
      person.org_unit_id !== existing.orgUnitId ||
      person.locale !== existing.locale ||
      person.time_zone !== existing.timeZone ||
      person.manager_id !== existing.managerId
    )
      plan.changedPeople.push(person);
  }
  return plan;
}
