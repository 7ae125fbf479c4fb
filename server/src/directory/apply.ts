import type { Tx } from '@levain/db';
import { sql } from 'drizzle-orm';
import type { DirectoryPlan, PlannedOrgUnit, PlannedPerson } from './plan';

/**
 * The rows travel as one JSON parameter expanded by jsonb_to_recordset: one statement whatever
 * the number of lines, and no limit on bind parameters. (`::text` first: a parameter typed
 * jsonb would be JSON-encoded again by some drivers.)
 */
const recordset = (rows: unknown[]) => sql`jsonb_to_recordset(${JSON.stringify(rows)}::text::jsonb)`;

const orgUnitColumns = sql.raw('(id uuid, code text, name text, kind text, parent_id uuid)');
const personColumns = sql.raw(
  '(id uuid, email text, name text, title text, org_unit_id uuid, locale text, time_zone text, manager_id uuid)',
);

async function upsertOrgUnits(tx: Tx, units: PlannedOrgUnit[]): Promise<void> {
  if (!units.length) return;
  await tx.execute(sql`
    insert into org_units (id, code, name, kind, parent_id)
    select id, code, name, kind::org_unit_kind, parent_id from ${recordset(units)} as v${orgUnitColumns}
    on conflict (code) do update
      set name = excluded.name, kind = excluded.kind, parent_id = excluded.parent_id`);
}

async function insertPeople(tx: Tx, people: PlannedPerson[]): Promise<void> {
  if (!people.length) return;
  // New people get the member role only; they sign in by SSO or through an invitation (no password).
  await tx.execute(sql`
    with created as (
      insert into users (id, email, name, title, org_unit_id, locale, time_zone, manager_id)
      select id, email, name, title, org_unit_id, locale, time_zone, manager_id
      from ${recordset(people)} as v${personColumns}
      returning id
    )
    insert into user_roles (user_id, role) select id, 'member' from created`);
}

async function updatePeople(tx: Tx, people: PlannedPerson[]): Promise<void> {
  if (!people.length) return;
  await tx.execute(sql`
    update users as u
    set name = v.name, title = v.title, org_unit_id = v.org_unit_id, locale = v.locale,
        time_zone = v.time_zone, manager_id = v.manager_id, updated_at = now()
    from ${recordset(people)} as v${personColumns}
    where u.id = v.id`);
}

/**
 * Writes a checked plan inside the caller's transaction: org units, then new people, then
 * changes to existing people. Managers need no separate pass: every id is known before writing
 * and PostgreSQL checks a statement's foreign keys when the statement ends, so a manager or a
 * parent unit defined further down the file is fine.
 */
export async function applyDirectoryPlan(tx: Tx, plan: DirectoryPlan): Promise<void> {
  await upsertOrgUnits(tx, [...plan.newOrgUnits, ...plan.changedOrgUnits]);
  await insertPeople(tx, plan.newPeople);
  await updatePeople(tx, plan.changedPeople);
}
