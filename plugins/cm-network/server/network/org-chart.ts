import { schema as core, type Db } from '@levain/db';

export type Unit = { id: string; code: string; name: string; kind: string; parentId: string | null };

/** The org chart in memory (a few thousand units at most): paths, subtrees and countries. */
export class OrgChart {
  readonly byId: Map<string, Unit>;
  private readonly children = new Map<string, Unit[]>();

  constructor(units: Unit[]) {
    this.byId = new Map(units.map((u) => [u.id, u]));
    for (const unit of units)
      if (unit.parentId)
        this.children.set(unit.parentId, [...(this.children.get(unit.parentId) ?? []), unit]);
  }

  /** The unit and its ancestors, the unit first. */
  path(id: string): string[] {
    const path: string[] = [];
    for (
      let unit = this.byId.get(id);
      unit && !path.includes(unit.id);
      unit = this.byId.get(unit.parentId ?? '')
    )
      path.push(unit.id);
    return path;
  }

  subtree(id: string): Set<string> {
    const ids = new Set<string>();
    const visit = (unitId: string) => {
      if (ids.has(unitId)) return;
      ids.add(unitId);
      for (const child of this.children.get(unitId) ?? []) visit(child.id);
    };
    visit(id);
    return ids;
  }

  /** The country a unit sits in (itself when it is one), or null above the countries. */
  countryOf(id: string): Unit | null {
    for (const unitId of this.path(id)) {
      const unit = this.byId.get(unitId)!;
      if (unit.kind === 'country') return unit;
    }
    return null;
  }

  ofKind(kind: string): Unit[] {
    return [...this.byId.values()]
      .filter((u) => u.kind === kind)
      .sort((a, b) => a.name.localeCompare(b.name));
  }
}

export async function loadOrgChart(db: Db): Promise<OrgChart> {
  const units = await db
    .select({
      id: core.orgUnits.id,
      code: core.orgUnits.code,
      name: core.orgUnits.name,
      kind: core.orgUnits.kind,
      parentId: core.orgUnits.parentId,
    })
    .from(core.orgUnits);
  return new OrgChart(units);
}
