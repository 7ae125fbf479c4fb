import {
  authorize,
  type CommunityActivity,
  type Context,
  NotFoundError,
  type PluginServices,
} from '@levain/server/plugin';
import type { Unit } from '../network/org-chart';
import type { Position } from '../network/positions';
import { communitiesUnder, type NetworkView } from '../network/request';
import { metrics, type Status, statusOf, worstStatus } from './metrics';
import { type Month, previousMonth } from './month';
import { loadTargets, type Targets } from './targets';

export type BoardScope = 'NETWORK' | 'ORG_UNIT' | 'POSITION' | 'COMMUNITY';

export type MetricLine = {
  key: string;
  value: number | null;
  previous: number | null;
  change: number | null;
  target: number | null;
  status: Status;
};

/** One line of the board: a scope (the network, a unit, a CM's position, a community) and its metrics. */
export type BoardLine = {
  scope: BoardScope;
  id: string | null;
  orgUnitId: string | null;
  positionId: string | null;
  communityId: string | null;
  communityName: string | null;
  /** The line's org unit and, for a CM's position, its holder: what the board shows as its name. */
  orgUnit: Unit | null;
  holder: NonNullable<Position['holder']>['user'] | null;
  metrics: MetricLine[];
  status: Status;
};

export type Board = { month: Month; scope: BoardScope; total: BoardLine; rows: BoardLine[] };

type LineSpec = Omit<BoardLine, 'metrics' | 'status'> & { communityIds: string[]; countryId: string | null };

/** Lines with their metrics for a month and the one before: two statements for every line together. */
export async function measure(
  services: PluginServices,
  targets: Targets,
  month: Month,
  specs: LineSpec[],
): Promise<BoardLine[]> {
  const groups = specs.map((s, i) => ({ key: String(i), communityIds: s.communityIds }));
  const before = previousMonth(month);
  const [current, previous] = await Promise.all([
    services.activity.communities(month, groups),
    services.activity.communities(before, groups),
  ]);
  const byKey = (rows: CommunityActivity[]) => new Map(rows.map((r) => [r.key, r]));
  const now = byKey(current);
  const then = byKey(previous);
  return specs.map(({ communityIds: _ids, countryId, ...spec }, i) => {
    const lines = metrics.map((metric): MetricLine => {
      const value = metric.value(now.get(String(i))!);
      const was = metric.value(then.get(String(i))!);
      const target = metric.better === null ? null : targets.of(metric.key, countryId);
      return {
        key: metric.key,
        value,
        previous: was,
        change: value === null || was === null ? null : Math.round((value - was) * 10) / 10,
        target,
        status: statusOf(metric, value, target),
      };
    });
    return { ...spec, metrics: lines, status: worstStatus(lines.map((l) => l.status)) };
  });
}

const none = {
  id: null,
  orgUnitId: null,
  positionId: null,
  communityId: null,
  communityName: null,
  orgUnit: null,
  holder: null,
};

/**
 * The board of a scope for a month: its total line and the lines it breaks into (the network: its
 * CMs' positions; a unit or a position: its communities). Community lines appear only for
 * communities the viewer may know exist; the totals count every community, as facts.
 */
export async function buildBoard(
  ctx: Context,
  services: PluginServices,
  view: NetworkView,
  positions: Position[],
  request: { month: Month; scope: BoardScope; scopeId: string | null },
): Promise<Board> {
  const { chart } = view;
  const countryIdOf = (unitId: string | null) => (unitId ? (chart.countryOf(unitId)?.id ?? null) : null);
  const communityLine = (c: { id: string; name: string; orgUnitIds: string[] }): LineSpec => ({
    ...none,
    scope: 'COMMUNITY',
    id: c.id,
    communityId: c.id,
    communityName: c.name,
    orgUnitId: c.orgUnitIds[0] ?? null,
    orgUnit: chart.byId.get(c.orgUnitIds[0] ?? '') ?? null,
    countryId: countryIdOf(c.orgUnitIds[0] ?? null),
    communityIds: [c.id],
  });
  const visibleLines = (list: typeof view.communities) =>
    list.filter((c) => view.visibleCommunityIds.has(c.id)).map(communityLine);
  const positionLine = (p: Position): LineSpec => ({
    ...none,
    scope: 'POSITION',
    id: p.id,
    positionId: p.id,
    orgUnitId: p.orgUnitId,
    orgUnit: chart.byId.get(p.orgUnitId) ?? null,
    holder: p.holder?.user ?? null,
    countryId: countryIdOf(p.orgUnitId),
    communityIds: communitiesUnder(view, p.orgUnitId).map((c) => c.id),
  });

  const { scope, scopeId } = request;
  let total: LineSpec;
  let rows: LineSpec[];
  if (scope === 'NETWORK') {
    authorize(ctx.viewer, 'cm-network:read-board', view.access([]));
    total = { ...none, scope, countryId: null, communityIds: view.communities.map((c) => c.id) };
    rows = positions.map(positionLine);
  } else if (scope === 'ORG_UNIT') {
    if (!scopeId || !chart.byId.has(scopeId)) throw new NotFoundError();
    authorize(ctx.viewer, 'cm-network:read-board', view.access([scopeId]));
    const under = communitiesUnder(view, scopeId);
    total = {
      ...none,
      scope,
      id: scopeId,
      orgUnitId: scopeId,
      orgUnit: chart.byId.get(scopeId) ?? null,
      countryId: countryIdOf(scopeId),
      communityIds: under.map((c) => c.id),
    };
    rows = visibleLines(under);
  } else if (scope === 'POSITION') {
    const position = positions.find((p) => p.id === scopeId);
    if (!position) throw new NotFoundError();
    authorize(ctx.viewer, 'cm-network:read-board', view.access([position.orgUnitId]));
    total = positionLine(position);
    rows = visibleLines(communitiesUnder(view, position.orgUnitId));
  } else {
    const community = view.communities.find((c) => c.id === scopeId);
    if (!community || !view.visibleCommunityIds.has(community.id)) throw new NotFoundError();
    authorize(ctx.viewer, 'cm-network:read-board', view.access(community.orgUnitIds));
    total = communityLine(community);
    rows = [];
  }
  const [totalLine, ...lines] = await measure(services, await loadTargets(ctx.db), request.month, [
    total,
    ...rows,
  ]);
  return { month: request.month, scope, total: totalLine!, rows: lines };
}
