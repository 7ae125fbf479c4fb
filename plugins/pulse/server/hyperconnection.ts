import type { PluginServices } from '@levain/server/plugin';
import type { OrgChart, Unit } from './org-chart';
import { decideRelease, groupKey, type HiddenReason } from './results/release';

/** The signal is shown for groups of at least this many active people, never per person. */
export const HYPERCONNECTION_MINIMUM = 10;
/** A person counts as hyperconnected when at least this share of their activity is out of hours. */
export const OUT_OF_HOURS_SHARE = 0.25;
const WINDOW_DAYS = 28;
const DAY_MS = 86_400_000;
/** Windows are fixed four-week blocks starting on Mondays (5 January 1970 was one). */
const EPOCH_MONDAY = Date.UTC(1970, 0, 5);

/**
 * The last complete four-week window before `now`. Windows never overlap: two windows compared
 * hold different activity, so nothing is learnt by subtracting one from the other.
 */
export function lastCompleteWindow(now: Date): { from: Date; to: Date } {
  const span = WINDOW_DAYS * DAY_MS;
  const end = EPOCH_MONDAY + Math.floor((now.getTime() - EPOCH_MONDAY) / span) * span;
  return { from: new Date(end - span), to: new Date(end) };
}

export type HyperconnectionLevel = 'ALMOST_NONE' | 'SOME' | 'ALMOST_ALL';
export type HyperconnectionGroup = {
  unit: Unit;
  peopleCount: number | null;
  /** Percent of people, rounded to 5; null when hidden or at an extreme (see level). */
  share: number | null;
  level: HyperconnectionLevel | null;
  hiddenReason: HiddenReason | null;
};

function describe(
  unit: Unit,
  count: number,
  flagged: number,
  hiddenReason: HiddenReason | null,
): HyperconnectionGroup {
  if (hiddenReason) return { unit, peopleCount: null, share: null, level: null, hiddenReason };
  const percent = (flagged / count) * 100;
  // The extremes would say "everyone" or "nobody" about a group: they are named, not counted.
  if (percent < 10)
    return { unit, peopleCount: count, share: null, level: 'ALMOST_NONE', hiddenReason: null };
  if (percent > 90) return { unit, peopleCount: count, share: null, level: 'ALMOST_ALL', hiddenReason: null };
  return { unit, peopleCount: count, share: Math.round(percent / 5) * 5, level: 'SOME', hiddenReason: null };
}

/**
 * The share of people of a unit (and of each unit just below it) whose posts, comments and
 * reactions fall outside their working hours or on rest days, from platform metadata only, over
 * the last complete four-week window. Groups are shown under the same differencing rules as
 * survey results, with a minimum of ten active people.
 */
export async function hyperconnectionOf(
  services: Pick<PluginServices, 'activity'>,
  chart: OrgChart,
  unitId: string,
  now: Date,
) {
  const window = lastCompleteWindow(now);
  const facts = await services.activity.workingHours(window);
  const members = facts.map((fact) => ({
    path: chart.pathOf(fact.orgUnitId),
    segments: { tenure: 'lt1' as const, manager: false },
    flagged: fact.outsideWorkingHours / fact.activities >= OUT_OF_HOURS_SHARE,
  }));
  const verdicts = decideRelease(chart.units, members, HYPERCONNECTION_MINIMUM, [{}]);
  const groupOf = (unit: Unit) => {
    const inside = members.filter((m) => m.path.includes(unit.id));
    const verdict = verdicts.get(groupKey(unit.id, ''));
    return describe(
      unit,
      inside.length,
      inside.filter((m) => m.flagged).length,
      verdict ? verdict.hiddenReason : 'TOO_FEW_ANSWERS',
    );
  };
  const unit = chart.byId.get(unitId)!;
  const children = chart.childrenOf(unitId).toSorted((a, b) => a.name.localeCompare(b.name));
  return { ...window, group: groupOf(unit), children: children.map(groupOf) };
}
