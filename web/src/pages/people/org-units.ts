import { query } from '../../lib/graphql/api';
import { graphql } from '../../lib/graphql/graphql';

const OrgUnits = graphql(`
  query OrgUnits { orgUnits { id name kind parent { id } } }
`);

export type OrgUnitOption = { id: string; name: string; depth: number };

/** The organisation chart flattened depth-first, so a select can show it as an indented tree. */
export async function orgUnitTree(): Promise<OrgUnitOption[]> {
  const { orgUnits } = await query(OrgUnits, {});
  const children = new Map<string | null, typeof orgUnits>();
  const ids = new Set(orgUnits.map((unit) => unit.id));
  for (const unit of orgUnits) {
    // A parent outside the list (not visible to this viewer) makes the unit a root.
    const parent = unit.parent && ids.has(unit.parent.id) ? unit.parent.id : null;
    children.set(parent, [...(children.get(parent) ?? []), unit]);
  }
  const tree: OrgUnitOption[] = [];
  const visit = (parent: string | null, depth: number) => {
    for (const unit of children.get(parent) ?? []) {
      tree.push({ id: unit.id, name: unit.name, depth });
      visit(unit.id, depth + 1);
    }
  };
  visit(null, 0);
  return tree;
}

/** Non-breaking spaces, because browsers collapse ordinary ones inside <option>. */
export function indent(option: OrgUnitOption): string {
  return `${'\u00a0\u00a0\u00a0'.repeat(option.depth)}${option.name}`;
}
