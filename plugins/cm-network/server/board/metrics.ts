import type { CommunityActivity } from '@levain/server/plugin';

/** Whether more is better (members, reach), less is better (time to act on a report), or neither. */
export type Better = 'higher' | 'lower' | null;

export type MetricDefinition = {
  key: MetricKey;
  better: Better;
  unit: 'count' | 'percent' | 'minutes';
  /** Bounds a target must stay within. */
  range: { min: number; max: number };
  value(facts: CommunityActivity): number | null;
};

const count = { unit: 'count' as const, range: { min: 0, max: 10_000_000 } };

/**
 * The board's metrics, in the order it shows them. Engagement rate: interactions (comments,
 * reactions and poll votes) per hundred impressions in the month (each post's distinct readers,
 * added up over posts), one decimal: how often a post seen leads to an interaction. Per distinct
 * reader of the month it would count every interaction of an active person against one reading,
 * and pass 1,000 % in any lively network.
 */
export const metrics = [
  { key: 'members', better: 'higher', ...count, value: (f) => f.members },
  { key: 'newMembers', better: 'higher', ...count, value: (f) => f.newMembers },
  { key: 'activeMembers', better: 'higher', ...count, value: (f) => f.activeMembers },
  { key: 'posts', better: 'higher', ...count, value: (f) => f.posts },
  { key: 'comments', better: 'higher', ...count, value: (f) => f.comments },
  { key: 'reactions', better: 'higher', ...count, value: (f) => f.reactions },
  { key: 'reach', better: 'higher', ...count, value: (f) => f.reach },
  {
    key: 'engagementRate',
    better: 'higher',
    unit: 'percent',
    range: { min: 0, max: 1000 },
    value: (f) =>
      f.impressions === 0
        ? null
        : Math.round((1000 * (f.comments + f.reactions + f.votes)) / f.impressions) / 10,
  },
  { key: 'reports', better: null, ...count, value: (f) => f.reports },
  {
    key: 'medianMinutesToFirstAction',
    better: 'lower',
    unit: 'minutes',
    range: { min: 1, max: 43_200 },
    value: (f) => (f.medianMinutesToFirstAction === null ? null : Math.round(f.medianMinutesToFirstAction)),
  },
] as const satisfies readonly (Omit<MetricDefinition, 'key'> & { key: string })[];

export type MetricKey = (typeof metrics)[number]['key'];
export const metricKeys = metrics.map((m) => m.key) as MetricKey[];
export const metricByKey = new Map<string, MetricDefinition>(
  metrics.map((m) => [m.key, m as MetricDefinition]),
);

export type Status = 'RED' | 'AMBER' | 'GREEN' | 'NONE';

/** How far below (or above, when less is better) a target is still amber rather than red. */
export const AMBER_MARGIN = 0.2;

/** Green on target; amber within 20 % of it; red beyond; none without a target, a value or a direction. */
export function statusOf(
  metric: Pick<MetricDefinition, 'better'>,
  value: number | null,
  target: number | null,
): Status {
  if (value === null || target === null || metric.better === null) return 'NONE';
  if (metric.better === 'higher') {
    if (value >= target) return 'GREEN';
    return value >= target * (1 - AMBER_MARGIN) ? 'AMBER' : 'RED';
  }
  if (value <= target) return 'GREEN';
  return value <= target * (1 + AMBER_MARGIN) ? 'AMBER' : 'RED';
}

const severity: Record<Status, number> = { NONE: 0, GREEN: 1, AMBER: 2, RED: 3 };

/** The health of a line of the board: its worst status. */
export const worstStatus = (statuses: Status[]): Status =>
  statuses.reduce<Status>((worst, s) => (severity[s] > severity[worst] ? s : worst), 'NONE');
