import { schema as core, type Db } from '@levain/db';
import { can, hasRole, type PermissionRule, type Viewer } from '@levain/server/plugin';
import { and, eq, sql } from 'drizzle-orm';
import type { OrgChart } from './org-chart';

/** A group of results a viewer asks about: the unit's path, and whether the viewer manages people. */
export type TeamResource = { path: readonly string[]; managesPeople: boolean };

const isHr: PermissionRule = (viewer) => hasRole(viewer, 'hr');
/**
 * A manager reads their own unit and the units below it; HR reads the whole organisation. Asked
 * without a unit (the places a viewer may open), only HR's answer is known without asking whether
 * the viewer manages anyone.
 */
const readsTeam = (viewer: Viewer, team?: TeamResource) =>
  can(viewer, 'pulse:read-results') ||
  (!!team?.managesPeople && !!viewer.orgUnitId && team.path.includes(viewer.orgUnitId));

export const pulsePermissions = {
  /** Everyone answers the pulses addressed to them and sees what was done ("you said, we did"). */
  'pulse:take-part': () => true,
  'pulse:manage': isHr,
  'pulse:read-results': isHr,
  'pulse:read-team-results': readsTeam as PermissionRule,
  /** Whoever may read a unit's results may commit to actions there ("you said, we did"). */
  'pulse:plan-actions': readsTeam as PermissionRule,
} satisfies Record<string, PermissionRule>;

export async function managesPeople(db: Db, viewer: Viewer): Promise<boolean> {
  const [row] = await db
    .select({ one: sql<number>`1` })
    .from(core.users)
    .where(and(eq(core.users.managerId, viewer.id), eq(core.users.status, 'active')))
    .limit(1);
  return !!row;
}

/** The units whose results a viewer may read: every one (HR), or a unit and those below it. */
export type ReadableUnits = {
  everyone: boolean;
  has(unitId: string): boolean;
  /** The units, when not everyone's. */
  ids: ReadonlySet<string> | null;
};

/**
 * The list side of the same rule: the units whose results the viewer may read (null: none). Every
 * list of results (heatmap rows, alerts, action plans, exports) keeps only these units.
 */
export async function readableUnits(
  db: Db,
  viewer: Viewer,
  chart: () => Promise<OrgChart>,
): Promise<ReadableUnits | null> {
  if (can(viewer, 'pulse:read-results')) return { everyone: true, has: () => true, ids: null };
  if (!viewer.orgUnitId || !(await managesPeople(db, viewer))) return null;
  const ids = (await chart()).subtree(viewer.orgUnitId);
  return { everyone: false, has: (id) => ids.has(id), ids };
}
