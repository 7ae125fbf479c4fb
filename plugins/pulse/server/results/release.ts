import { allFilters, filterDepth, filterKey, type GroupFilter, matches, type Segments } from './segments';

export type HiddenReason = 'TOO_FEW_ANSWERS' | 'COMPLEMENT';
export type OrgTree = ReadonlyArray<{ id: string; parentId: string | null }>;
/** One respondent: the org units from the company down to theirs, and their segments. */
export type Member = { path: readonly string[]; segments: Segments };
export type Verdict = { unitId: string; filterKey: string; count: number; hiddenReason: HiddenReason | null };

export const groupKey = (unitId: string, key: string) => `${unitId}|${key}`;

/** Depth of each unit below the root(s): parents are judged before their children. */
export function unitDepths(units: OrgTree): Map<string, number> {
  const parentOf = new Map(units.map((u) => [u.id, u.parentId]));
  const depths = new Map<string, number>();
  const depthOf = (id: string, seen = 0): number => {
    const known = depths.get(id);
    if (known !== undefined) return known;
    const parent = parentOf.get(id);
    // A parent outside the tree, or a cycle the chart would never allow, ends the climb.
    const depth = parent && parentOf.has(parent) && seen < units.length ? depthOf(parent, seen + 1) + 1 : 0;
    depths.set(id, depth);
    return depth;
  };
  for (const unit of units) depthOf(unit.id);
  return depths;
}

/**
 * Which groups (org unit × filter) may be shown, decided once for a whole set of respondents so
 * that no combination of shown groups isolates anyone. Every statistic shown is a sum over a
 * group's members (counts per answer, sums of squares and products), so what an attacker can
 * compute from any number of queries is a sum over some combination of shown groups. Those
 * combinations are constant on the cells of the partition the shown groups draw (people who belong
 * to exactly the same shown groups). A group is shown only if it has at least `minimum` members
 * and every cell it splits keeps at least `minimum` people on each side; otherwise it is hidden
 * (COMPLEMENT when it is large enough on its own). So every cell, and every union of cells an
 * attacker can reach, holds at least `minimum` people: one person's answer is never isolated, by
 * differencing a team from its parent, a filter from its group or two overlapping cross-cuts.
 *
 * Groups are judged plain units first (the company, then countries, then directions, then teams,
 * largest sibling first, so the smallest siblings are the ones hidden), then one-filter cuts, then
 * two-filter cuts: the decision depends on who answered and where, never on what they answered
 * nor on the order of queries.
 */
export function decideRelease(
  units: OrgTree,
  members: readonly Member[],
  minimum: number,
  filters: readonly GroupFilter[] = allFilters,
): Map<string, Verdict> {
  const depths = unitDepths(units);
  const membersOf = new Map<string, number[]>(units.map((u) => [u.id, []]));
  // Someone whose units are all gone from the chart is in no group: nothing shown can include them.
  const inChart = new Array<boolean>(members.length).fill(false);
  members.forEach((member, index) => {
    for (const unitId of new Set(member.path)) {
      const list = membersOf.get(unitId);
      if (!list) continue;
      list.push(index);
      inChart[index] = true;
    }
  });

  const candidates = units.flatMap((unit) =>
    filters.map((filter) => {
      const inside = membersOf.get(unit.id)!.filter((i) => matches(filter, members[i]!.segments));
      return { unitId: unit.id, filter, key: filterKey(filter), inside };
    }),
  );
  candidates.sort(
    (a, b) =>
      filterDepth(a.filter) - filterDepth(b.filter) ||
      depths.get(a.unitId)! - depths.get(b.unitId)! ||
      b.inside.length - a.inside.length ||
      (a.unitId < b.unitId ? -1 : a.unitId > b.unitId ? 1 : 0) ||
      (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );

  // Everyone starts in one cell: nothing is known until a group is shown.
  const cellOf = new Int32Array(members.length);
  const cellSize = [inChart.filter(Boolean).length];
  const verdicts = new Map<string, Verdict>();
  for (const { unitId, key, inside } of candidates) {
    const verdict: Verdict = { unitId, filterKey: key, count: inside.length, hiddenReason: null };
    verdicts.set(groupKey(unitId, key), verdict);
    if (inside.length < minimum) {
      verdict.hiddenReason = 'TOO_FEW_ANSWERS';
      continue;
    }
    const split = new Map<number, number>();
    for (const i of inside) split.set(cellOf[i]!, (split.get(cellOf[i]!) ?? 0) + 1);
    const unsafe = [...split].some(([cell, n]) => {
      const rest = cellSize[cell]! - n;
      return rest > 0 && (n < minimum || rest < minimum);
    });
    if (unsafe) {
      verdict.hiddenReason = 'COMPLEMENT';
      continue;
    }
    const renamed = new Map<number, number>();
    for (const [cell, n] of split) {
      if (n === cellSize[cell]) continue;
      renamed.set(cell, cellSize.length);
      cellSize.push(n);
      cellSize[cell] = cellSize[cell]! - n;
    }
    for (const i of inside) {
      const next = renamed.get(cellOf[i]!);
      if (next !== undefined) cellOf[i] = next;
    }
  }
  return verdicts;
}
