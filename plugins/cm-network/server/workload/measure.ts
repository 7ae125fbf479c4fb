import type { schema as core } from '@levain/db';
import type { AnimatorWork, PluginServices } from '@levain/server/plugin';
import type { Month } from '../board/month';
import type { Position } from '../network/positions';
import { communitiesUnder, type NetworkView } from '../network/request';

type UserRow = typeof core.users.$inferSelect;

/**
 * Minutes one piece of CM work takes, on average: what turns counts into a share of time. A
 * moderation decision 10, an answer 15, a post as animator 30, a validation 5.
 */
export const MINUTES_PER = { moderationActions: 10, answers: 15, posts: 30, validations: 5 } as const;

/** CM work "clearly exceeds" the declared share beyond 1.5 times it and 5 points more. */
export const EXCESS_FACTOR = 1.5;
export const EXCESS_POINTS = 5;
/** "Mostly outside working hours": more than half of at least 5 pieces of work. */
export const OUTSIDE_SHARE = 0.5;
export const OUTSIDE_MINIMUM = 5;

export type WorkloadAlert = 'EXCEEDS_SHARE' | 'OUTSIDE_HOURS';

/** A part-time CM's month: their declared share against the CM work measured in their communities. */
export type WorkloadLine = Omit<AnimatorWork, 'userId'> & {
  person: UserRow;
  positions: Position[];
  declaredSharePercent: number;
  activities: number;
  estimatedMinutes: number;
  workingMinutes: number;
  measuredSharePercent: number;
  outsideSharePercent: number | null;
  alerts: WorkloadAlert[];
};

/** Minutes a person works in a month by their working hours (days of the week, start and end of day). */
export function workingMinutesIn(month: Month, hours: UserRow['workingHours']): number {
  const minutes = (hhmm: string) => {
    const [h, m] = hhmm.split(':').map(Number);
    return h! * 60 + m!;
  };
  const perDay = Math.max(0, minutes(hours.end) - minutes(hours.start));
  let total = 0;
  for (let day = new Date(month.from); day < month.to; day = new Date(day.getTime() + 86_400_000))
    if (hours.days.includes(day.getUTCDay() || 7)) total += perDay;
  return total;
}

const round1 = (value: number) => Math.round(value * 10) / 10;

/** The alerts a month's measure raises. */
export function alertsOf(
  line: Pick<
    WorkloadLine,
    'declaredSharePercent' | 'measuredSharePercent' | 'activities' | 'outsideWorkingHours'
  >,
): WorkloadAlert[] {
  const alerts: WorkloadAlert[] = [];
  const { declaredSharePercent: declared, measuredSharePercent: measured } = line;
  if (measured > declared * EXCESS_FACTOR && measured - declared >= EXCESS_POINTS)
    alerts.push('EXCEEDS_SHARE');
  if (line.activities >= OUTSIDE_MINIMUM && line.outsideWorkingHours > line.activities * OUTSIDE_SHARE)
    alerts.push('OUTSIDE_HOURS');
  return alerts;
}

/**
 * The workload of every part-time CM among these positions for a month, in one statement for all:
 * a person holding several part-time positions is one line (shares added up, communities joined).
 */
export async function measureWorkload(
  services: PluginServices,
  view: Pick<NetworkView, 'chart' | 'communities'>,
  positions: Position[],
  month: Month,
): Promise<WorkloadLine[]> {
  const byPerson = new Map<string, Position[]>();
  for (const p of positions)
    if (p.timeBasis === 'part_time' && p.holder)
      byPerson.set(p.holder.userId, [...(byPerson.get(p.holder.userId) ?? []), p]);
  const people = [...byPerson.entries()].map(([userId, held]) => ({
    userId,
    communityIds: [...new Set(held.flatMap((p) => communitiesUnder(view, p.orgUnitId).map((c) => c.id)))],
  }));
  const work = await services.activity.animatorWork(month, people);
  return [...byPerson.values()]
    .map((held): WorkloadLine => {
      const person = held[0]!.holder!.user;
      const facts = work.find((w) => w.userId === person.id) ?? {
        moderationActions: 0,
        answers: 0,
        posts: 0,
        validations: 0,
        outsideWorkingHours: 0,
      };
      const { moderationActions, answers, posts, validations, outsideWorkingHours } = facts;
      const activities = moderationActions + answers + posts + validations;
      const estimatedMinutes =
        moderationActions * MINUTES_PER.moderationActions +
        answers * MINUTES_PER.answers +
        posts * MINUTES_PER.posts +
        validations * MINUTES_PER.validations;
      const workingMinutes = workingMinutesIn(month, person.workingHours);
      const declaredSharePercent = held.reduce((sum, p) => sum + p.shareOfTimePercent, 0);
      const measuredSharePercent = workingMinutes ? round1((100 * estimatedMinutes) / workingMinutes) : 0;
      const line = { declaredSharePercent, measuredSharePercent, activities, outsideWorkingHours };
      return {
        ...line,
        person,
        positions: held,
        moderationActions,
        answers,
        posts,
        validations,
        estimatedMinutes,
        workingMinutes,
        outsideSharePercent: activities ? round1((100 * outsideWorkingHours) / activities) : null,
        alerts: alertsOf(line),
      };
    })
    .sort((a, b) => a.person.name.localeCompare(b.person.name));
}
