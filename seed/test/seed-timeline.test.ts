import { seededRandom } from '@levain/server/seeding';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HISTORY_DAYS, Timeline } from '../src/timeline';

const DAY = 86_400_000;
const zones = ['Europe/Paris', 'Europe/London', 'America/New_York', 'Asia/Tokyo', 'Pacific/Auckland'];
/** Any day from 2020 to 2040: the demo must look the same whatever day it is seeded. */
const anyNow = fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2040, 0, 1) });

describe('the demo timeline, whatever the day the seed runs', () => {
  it('puts every post within the history and never in the future', () => {
    fc.assert(
      fc.property(anyNow, fc.integer(), fc.constantFrom(...zones), (now, seed, zone) => {
        const timeline = new Timeline(seededRandom(seed), now);
        for (let i = 0; i < 200; i++) {
          const moment = timeline.publication(zone);
          expect(moment).toBeLessThanOrEqual(now);
          expect(now - moment).toBeLessThan((HISTORY_DAYS + 1) * DAY);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('reproduces the Thursday 3 December 2026 that failed: weekend posts at the edge stay inside', () => {
    const now = Date.UTC(2026, 11, 3, 8, 0);
    const timeline = new Timeline(seededRandom(1), now);
    for (let daysAgo = HISTORY_DAYS - 3; daysAgo < HISTORY_DAYS; daysAgo += 0.25) {
      for (let i = 0; i < 20; i++) {
        expect(now - timeline.workingMoment(daysAgo, 'Europe/Paris')).toBeLessThan((HISTORY_DAYS + 1) * DAY);
      }
    }
  });

  it('keeps answers after what they answer, to the microsecond, even when clamped to now', () => {
    fc.assert(
      fc.property(anyNow, fc.integer(), fc.integer({ min: 60_000, max: 3 * DAY }), (now, seed, age) => {
        const timeline = new Timeline(seededRandom(seed), now);
        const from = now - age;
        const answer = timeline.after(from);
        expect(answer).toBeLessThan(now);
        expect(timeline.precise(answer) > timeline.precise(from)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
