import { schema as core, type Db } from '@levain/db';
import { asc, eq, sql } from 'drizzle-orm';
import { charterVersionAcknowledgements, charterVersions } from '../../db/schema';
import { audienceWhere } from './audience';
import type { CharterRow } from './model';

type Unit = { id: string; parentId: string | null; name: string; kind: string };
export type Rate = { audience: number; acknowledged: number };
export type UnitRate = Rate & { unit: Unit; depth: number };
export type Rates = Rate & { units: UnitRate[] };

export const rateOf = ({ audience, acknowledged }: Rate) => (audience ? acknowledged / audience : null);

/**
 * How many of a charter's audience acknowledged its current major version, for the organisation
 * and each org unit with the units below it (counts only, never names): two statements.
 */
export async function acknowledgementRates(db: Db, charter: CharterRow): Promise<Rates> {
  const units: Unit[] = await db
    .select({
      id: core.orgUnits.id,
      parentId: core.orgUnits.parentId,
      name: core.orgUnits.name,
      kind: sql<string>`${core.orgUnits.kind}::text`,
    })
    .from(core.orgUnits)
    .where(eq(core.orgUnits.archived, false))
    .orderBy(asc(core.orgUnits.name));
  const counts = await db
    .select({
      unitId: core.users.orgUnitId,
      audience: sql<number>`count(*)::int`,
      acknowledged: sql<number>`(count(*) filter (where exists (
        select 1 from ${charterVersionAcknowledgements} a
        join ${charterVersions} v on v.id = a.version_id
        where a.charter_id = ${charter.id} and a.user_id = users.id
          and v.number >= ${charter.lastMajorNumber ?? Number.MAX_SAFE_INTEGER})))::int`,
    })
    .from(core.users)
    .where(audienceWhere(charter))
    .groupBy(core.users.orgUnitId);

  const byUnit = new Map<string, Rate>(units.map((u) => [u.id, { audience: 0, acknowledged: 0 }]));
  const parentOf = new Map(units.map((u) => [u.id, u.parentId]));
  const total: Rate = { audience: 0, acknowledged: 0 };
  for (const row of counts) {
    total.audience += row.audience;
    total.acknowledged += row.acknowledged;
    const seen = new Set<string>();
    for (let id = row.unitId; id && byUnit.has(id) && !seen.has(id); id = parentOf.get(id) ?? null) {
      seen.add(id);
      byUnit.get(id)!.audience += row.audience;
      byUnit.get(id)!.acknowledged += row.acknowledged;
    }
  }
  const children = new Map<string | null, Unit[]>();
  for (const unit of units) {
    const parent = unit.parentId && byUnit.has(unit.parentId) ? unit.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), unit]);
  }
  const ordered: UnitRate[] = [];
  const visit = (parent: string | null, depth: number) => {
    for (const unit of children.get(parent) ?? []) {
      const rate = byUnit.get(unit.id)!;
      if (rate.audience) ordered.push({ unit, depth, ...rate });
      visit(unit.id, depth + 1);
    }
  };
  visit(null, 0);
  return { ...total, units: ordered };
}
