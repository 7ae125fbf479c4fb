const DAY_MS = 86_400_000;

export type Cadence = 'once' | 'weekly' | 'biweekly' | 'monthly';
export type CampaignTiming = { opensAt: Date; closesAt: Date; cadence: Cadence; windowDays: number | null };
export type PeriodTiming = { index: number; opensAt: Date; closesAt: Date };

/** When the `index`-th pulse of a campaign opens (monthly: the same day of each month). */
function startOf(timing: CampaignTiming, index: number): Date {
  const { opensAt, cadence } = timing;
  if (cadence === 'monthly') {
    const start = new Date(opensAt);
    start.setUTCMonth(start.getUTCMonth() + index);
    return start;
  }
  const step = cadence === 'weekly' ? 7 : cadence === 'biweekly' ? 14 : 0;
  return new Date(opensAt.getTime() + index * step * DAY_MS);
}

/**
 * The `index`-th pulse: it stays open `windowDays` (or until the next one), never past the end of
 * the campaign. Null past the last pulse.
 */
export function periodAt(timing: CampaignTiming, index: number): PeriodTiming | null {
  if (index < 0 || (timing.cadence === 'once' && index > 0)) return null;
  const opensAt = startOf(timing, index);
  if (opensAt >= timing.closesAt) return null;
  const next = timing.cadence === 'once' ? timing.closesAt : startOf(timing, index + 1);
  const windowEnd = timing.windowDays ? new Date(opensAt.getTime() + timing.windowDays * DAY_MS) : next;
  const end = Math.min(windowEnd.getTime(), next.getTime(), timing.closesAt.getTime());
  return { index, opensAt, closesAt: new Date(end) };
}

/** Every pulse of a campaign that has opened by `now`, oldest first. */
export function periodsOpenedBy(timing: CampaignTiming, now: Date): PeriodTiming[] {
  const periods: PeriodTiming[] = [];
  for (let index = 0; ; index += 1) {
    const period = periodAt(timing, index);
    if (!period || period.opensAt > now) return periods;
    periods.push(period);
  }
}

/** How many pulses the campaign has in all (a year of bi-weekly pulses: 26 or 27). */
export function periodCount(timing: CampaignTiming): number {
  let index = 0;
  while (periodAt(timing, index)) index += 1;
  return index;
}
