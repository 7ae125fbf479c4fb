import { type Db, queryRows, schema, type Tx } from '@levain/db';
import { inArray, type SQL, sql } from 'drizzle-orm';
import { ValidationError } from '../errors';

/** The given org units and every unit below them. */
export function orgUnitSubtree(orgUnitIds: string[]): SQL {
  const roots = sql.join(
    orgUnitIds.map((id) => sql`${id}::uuid`),
    sql`, `,
  );
  return sql`(with recursive tree as (
      select id from org_units where id in (${roots})
      union select o.id from org_units o join tree on o.parent_id = tree.id
    ) select id from tree)`;
}

/** Ids of the active people of these org units, sub-units included. */
export async function activePeopleIn(tx: Tx | Db, orgUnitIds: string[]): Promise<string[]> {
  if (!orgUnitIds.length) return [];
  const rows = await queryRows<{ id: string }>(
    tx,
    sql`select id from users where status = 'active' and org_unit_id in ${orgUnitSubtree(orgUnitIds)}`,
  );
  return rows.map((row) => row.id);
}

/** Refuses ids that name no org unit, naming the field the person filled. */
export async function assertOrgUnitsExist(tx: Tx | Db, orgUnitIds: string[], field: string): Promise<void> {
  if (!orgUnitIds.length) return;
  const found = await tx
    .select({ id: schema.orgUnits.id })
    .from(schema.orgUnits)
    .where(inArray(schema.orgUnits.id, orgUnitIds));
  if (found.length < new Set(orgUnitIds).size)
    throw ValidationError.field(field, 'validation.orgUnitNotFound');
}

/** A community cannot sit under itself or under one of its own sub-communities. */
export async function assertNoParentCycle(tx: Tx | Db, communityId: string, parentId: string): Promise<void> {
  const [row] = await queryRows<{ cycle: boolean }>(
    tx,
    sql`with recursive ancestors as (
        select id, parent_id from communities where id = ${parentId}
        union select c.id, c.parent_id from communities c join ancestors a on c.id = a.parent_id
      ) select exists (select 1 from ancestors where id = ${communityId}) as cycle`,
  );
  if (row?.cycle) throw ValidationError.field('parentId', 'validation.communityCycle');
}
