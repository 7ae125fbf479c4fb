import { type CommunityFacts, type Context, can, type PluginServices } from '@levain/server/plugin';
import { cmSettings } from '../../db/schema';
import { measure } from '../board/board';
import type { Status } from '../board/metrics';
import { type Month, monthOf, previousMonth } from '../board/month';
import { loadTargets } from '../board/targets';
import type { Unit } from './org-chart';
import type { Position } from './positions';
import { communitiesUnder, type NetworkView } from './request';

export type MapDirection = { key: string; name: string };
export type MapCell = {
  country: Unit;
  direction: MapDirection;
  unit: Unit;
  positions: Position[];
  status: Status;
};
export type NetworkMap = {
  month: Month;
  countries: Unit[];
  directions: MapDirection[];
  cells: MapCell[];
  positionsWithoutCm: Position[];
  communitiesWithoutAnimator: CommunityFacts[];
  /** Whether the chief CM named the CM academy (a learning path); without it, nothing to check. */
  academyAvailable: boolean;
  /** CMs of these positions who have not started the academy. */
  cmsWithoutAcademy: NonNullable<Position['holder']>['user'][];
};

/** The holders of these positions who have not started the academy, or null when no academy is named. */
async function withoutAcademy(ctx: Context, services: PluginServices, positions: Position[]) {
  const [settings] = await ctx.db.select({ pathId: cmSettings.academyPathId }).from(cmSettings);
  if (!settings?.pathId) return null;
  const holders = new Map(positions.flatMap((p) => (p.holder ? [[p.holder.user.id, p.holder.user]] : [])));
  const progress = await services.learning.progress(settings.pathId, [...holders.keys()]);
  return progress
    .filter((p) => !p.started)
    .map((p) => holders.get(p.userId)!)
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** Directions match across countries by their code without the country's ("fr-marketing", "uk-marketing"). */
const directionKey = (country: Unit, unit: Unit) =>
  unit.code.startsWith(`${country.code}-`) ? unit.code.slice(country.code.length + 1) : unit.code;

/**
 * A direction's name without its country's ("Marketing France", "Marketing UK": "Marketing"), so a
 * column header does not carry the first country's name.
 */
export function directionName(country: Unit, unit: Unit): string {
  const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const countryWords = new RegExp(
    `(^|[\\s–-])(${literal(country.name)}|${literal(country.code)})(?=$|[\\s–-])`,
    'i',
  );
  const name = unit.name
    .replace(countryWords, ' ')
    .replace(/[\s–-]+$|^[\s–-]+/g, '')
    .trim();
  return name || unit.name;
}

/**
 * Countries × directions, each cell with its CMs and the health of its last complete month (the
 * worst status of its board line), and the gaps: vacant positions, communities nobody animates.
 * A CM sees the part under their positions; the chief CM the whole network.
 */
export async function buildMap(
  ctx: Context,
  services: PluginServices,
  view: NetworkView,
  positions: Position[],
): Promise<NetworkMap> {
  const { chart } = view;
  const readable = (unitIds: string[]) => can(ctx.viewer, 'cm-network:read-board', view.access(unitIds));
  const countries = chart
    .ofKind('country')
    .filter((c) => readable([c.id]) || [...chart.subtree(c.id)].some((id) => view.heldUnitIds.includes(id)));
  const cells: Omit<MapCell, 'status'>[] = [];
  const directions = new Map<string, MapDirection>();
  for (const country of countries)
    for (const unit of chart
      .ofKind('direction')
      .filter((d) => d.parentId === country.id && readable([d.id]))) {
      const direction = directions.get(directionKey(country, unit)) ?? {
        key: directionKey(country, unit),
        name: directionName(country, unit),
      };
      directions.set(direction.key, direction);
      cells.push({ country, direction, unit, positions: positions.filter((p) => p.orgUnitId === unit.id) });
    }
  const month = previousMonth(monthOf(new Date()));
  const lines = await measure(
    services,
    await loadTargets(ctx.db),
    month,
    cells.map((cell) => ({
      scope: 'ORG_UNIT' as const,
      id: cell.unit.id,
      orgUnitId: cell.unit.id,
      positionId: null,
      communityId: null,
      communityName: null,
      orgUnit: cell.unit,
      holder: null,
      countryId: cell.country.id,
      communityIds: communitiesUnder(view, cell.unit.id).map((c) => c.id),
    })),
  );
  const academy = await withoutAcademy(ctx, services, positions);
  return {
    month,
    academyAvailable: academy !== null,
    cmsWithoutAcademy: academy ?? [],
    countries: countries.filter((c) => cells.some((cell) => cell.country.id === c.id)),
    directions: [...directions.values()].sort((a, b) => a.key.localeCompare(b.key)),
    cells: cells.map((cell, i) => ({ ...cell, status: lines[i]!.status })),
    positionsWithoutCm: positions.filter((p) => !p.holder && readable([p.orgUnitId])),
    communitiesWithoutAnimator: view.communities.filter(
      (c) =>
        c.animatorIds.length === 0 &&
        view.visibleCommunityIds.has(c.id) &&
        (readable(c.orgUnitIds) || readable([])),
    ),
  };
}
