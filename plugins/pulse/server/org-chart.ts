import { schema as core, type Db, type Tx } from '@levain/db';
import { asc, eq } from 'drizzle-orm';

/**
 * What results need of a unit. Fields returning the core's OrgUnit load the rest of what is asked
 * (the drizzle plugin selects by id), so a chart of 1,700 units stays a few milliseconds to read.
 */
export type Unit = Pick<typeof core.orgUnits.$inferSelect, 'id' | 'parentId' | 'name' | 'code' | 'kind'>;

const byName = new Intl.Collator('fr');

/** The organisation chart as the results engine sees it: units, their parents and their paths. */
export class OrgChart {
  readonly byId: ReadonlyMap<string, Unit>;
  private readonly children = new Map<string, Unit[]>();

  constructor(readonly units: readonly Unit[]) {
    this.byId = new Map(units.map((u) => [u.id, u]));
    for (const unit of units) {
      if (!unit.parentId) continue;
      const siblings = this.children.get(unit.parentId);
      if (siblings) siblings.push(unit);
      else this.children.set(unit.parentId, [unit]);
    }
  }

  get roots(): Unit[] {
    return this.units.filter((u) => !u.parentId || !this.byId.has(u.parentId));
  }

  /**
   * The units from the top of the chart down to `unitId`. A person without a unit counts at the
   * top (the company), so their answers still count in the organisation's results.
   */
  pathOf(unitId: string | null): string[] {
    const path: string[] = [];
    for (
      let id = unitId;
      id && this.byId.has(id) && path.length <= this.units.length;
      id = this.byId.get(id)!.parentId
    )
      path.unshift(id);
    if (path.length) return path;
    const roots = this.roots;
    return roots.length === 1 ? [roots[0]!.id] : [];
  }

  /** A unit and every unit below it. */
  subtree(unitId: string): Set<string> {
    const ids = new Set<string>();
    const visit = (id: string) => {
      if (ids.has(id)) return;
      ids.add(id);
      for (const child of this.children.get(id) ?? []) visit(child.id);
    };
    if (this.byId.has(unitId)) visit(unitId);
    return ids;
  }

  childrenOf(unitId: string): readonly Unit[] {
    return this.children.get(unitId) ?? [];
  }

  depthOf(unitId: string): number {
    return this.pathOf(unitId).length - 1;
  }

  /**
   * Units in the order of a tree: each parent followed by its children, by name. Only branches
   * holding units of `within` are walked (a heatmap shows a few dozen of 1,700 units).
   */
  ordered(within?: ReadonlySet<string>): Unit[] {
    const out: Unit[] = [];
    const wanted = within && new Set([...within].flatMap((id) => this.pathOf(id)));
    const visit = (unit: Unit) => {
      if (wanted && !wanted.has(unit.id)) return;
      if (!within || within.has(unit.id)) out.push(unit);
      for (const child of (this.children.get(unit.id) ?? []).toSorted((a, b) =>
        byName.compare(a.name, b.name),
      ))
        visit(child);
    };
    for (const root of this.roots) visit(root);
    return out;
  }
}

/** The chart of units still in use (archived units stay in old answers' paths, not in new results). */
export async function loadOrgChart(db: Db | Tx): Promise<OrgChart> {
  const o = core.orgUnits;
  const units = await db
    .select({ id: o.id, parentId: o.parentId, name: o.name, code: o.code, kind: o.kind })
    .from(o)
    .where(eq(o.archived, false))
    .orderBy(asc(o.name));
  return new OrgChart(units);
}
