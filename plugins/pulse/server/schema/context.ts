import type { schema as core } from '@levain/db';
import type { Context } from '@levain/server/plugin';
import { NotAllowedError, NotFoundError } from '@levain/server/plugin';
import { loadOrgChart, type OrgChart, type Unit } from '../org-chart';
import { type ReadableUnits, readableUnits } from '../permissions';

const charts = new WeakMap<object, Promise<OrgChart>>();
const scopes = new WeakMap<object, Promise<ReadableUnits | null>>();

/** The org chart, read once per request however many fields need it. */
export function chartOf(ctx: Context): Promise<OrgChart> {
  let chart = charts.get(ctx);
  if (!chart) {
    chart = loadOrgChart(ctx.db);
    charts.set(ctx, chart);
  }
  return chart;
}

/** The units whose results the viewer may read (HR: all; a manager: their unit and below), once per request. */
export function scopeOf(ctx: Context): Promise<ReadableUnits | null> {
  let scope = scopes.get(ctx);
  if (!scope) {
    scope = ctx.viewer ? readableUnits(ctx.db, ctx.viewer, () => chartOf(ctx)) : Promise.resolve(null);
    scopes.set(ctx, scope);
  }
  return scope;
}

/** The readable units, or NotAllowedError for people who may read no results (employees). */
export async function requireScope(ctx: Context): Promise<ReadableUnits> {
  const scope = await scopeOf(ctx);
  if (!scope) throw new NotAllowedError();
  return scope;
}

/** Where a viewer's results start: the organisation for HR, their own unit for a manager. */
export function defaultUnit(
  chart: OrgChart,
  scope: Pick<ReadableUnits, 'has'>,
  viewerUnitId: string | null,
): string | null {
  const root = chart.roots.find((r) => scope.has(r.id));
  if (root) return root.id;
  return viewerUnitId && scope.has(viewerUnitId) ? viewerUnitId : null;
}

/**
 * The unit a results query is about: the one asked for, or the top of the viewer's scope. An
 * unknown (or archived) unit is not found; one outside the viewer's scope is not theirs to read.
 */
export async function unitToRead(ctx: Context, asked: string | null | undefined): Promise<string> {
  const scope = await requireScope(ctx);
  const chart = await chartOf(ctx);
  const unitId = asked ?? defaultUnit(chart, scope, ctx.viewer?.orgUnitId ?? null);
  if (!unitId || !chart.byId.has(unitId)) throw new NotFoundError();
  if (!scope.has(unitId)) throw new NotAllowedError();
  return unitId;
}

/**
 * A chart unit as the core's OrgUnit type. The chart holds what results need; the drizzle plugin
 * loads by id whatever else a query asks of an OrgUnit (results.test.ts asks for more).
 */
export const asOrgUnit = (unit: Unit) => unit as typeof core.orgUnits.$inferSelect;
export const asOrgUnits = (units: readonly Unit[]) => units.map(asOrgUnit);
