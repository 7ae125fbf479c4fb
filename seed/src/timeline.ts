import type { Random } from '@levain/server/seeding';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/** The demo's conversations cover the last three months. */
export const HISTORY_DAYS = 90;

/**
 * When things happened in the demo: posts mostly on weekdays during office hours in their
 * author's time zone (a few in the evening: the right to disconnect has something to talk about),
 * answers some minutes to days later, never in the future.
 */
export class Timeline {
  private offsets = new Map<string, number>();

  constructor(
    private readonly random: Random,
    readonly now: number,
  ) {}

  /** Hours ahead of UTC in a time zone, at the seed's "now". */
  private offsetHours(timeZone: string): number {
    let offset = this.offsets.get(timeZone);
    if (offset === undefined) {
      const name = new Intl.DateTimeFormat('en-GB', { timeZone, timeZoneName: 'shortOffset' })
        .formatToParts(new Date(this.now))
        .find((part) => part.type === 'timeZoneName')!.value;
      const [, sign, hours, minutes] = /GMT([+-])?(\d+)?(?::(\d+))?/.exec(name) ?? [];
      offset = (sign === '-' ? -1 : 1) * (Number(hours ?? 0) + Number(minutes ?? 0) / 60);
      this.offsets.set(timeZone, offset);
    }
    return offset;
  }

  /**
   * A moment of a working day `daysAgo` days back (about), in the author's time zone, always
   * within the last HISTORY_DAYS days whatever the day the seed runs.
   */
  workingMoment(daysAgo: number, timeZone: string): number {
    const offset = this.offsetHours(timeZone) * HOUR;
    const today = Math.floor((this.now + offset) / DAY);
    const firstDay = today - (HISTORY_DAYS - 1);
    let day = Math.max(firstDay, today - Math.floor(daysAgo));
    const weekday = new Date(day * DAY).getUTCDay();
    // Weekends are quiet: most of their posts move to a weekday of the days before, or to the
    // Monday after when the days before fall outside the history.
    if ((weekday === 0 || weekday === 6) && this.random.chance(0.85)) {
      const before = day - (weekday === 0 ? 2 : 1) - Math.floor(this.random.next() * 5);
      day = before >= firstDay ? before : day + (weekday === 6 ? 2 : 1);
    }
    const evening = this.random.chance(0.06);
    const localHour = evening ? 19.5 + this.random.next() * 3 : 8.25 + this.random.next() * 10.25;
    let moment = day * DAY + localHour * HOUR - offset;
    while (moment > this.now - 5 * MINUTE) moment -= DAY;
    return moment;
  }

  /** A post's time: any day of the history. */
  publication(timeZone: string): number {
    return this.workingMoment(this.random.next() * HISTORY_DAYS, timeZone);
  }

  /**
   * Some time after `from` (typically minutes to hours, sometimes days), before now; at least a
   * millisecond after it, so that `precise` keeps an answer after what it answers.
   */
  after(from: number, typicalMinutes = 90): number {
    const delay = -Math.log(1 - this.random.next()) * typicalMinutes * MINUTE;
    return Math.max(from + 1, Math.min(from + MINUTE + delay, this.now - MINUTE));
  }

  /** A timestamp with microseconds, as the posts and comments columns keep it. */
  precise(ms: number): string {
    const micros = String(Math.floor(this.random.next() * 1000)).padStart(3, '0');
    return `${new Date(ms).toISOString().slice(0, 23)}${micros}Z`;
  }
}
