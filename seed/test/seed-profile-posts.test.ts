import { seededRandom } from '@levain/server/seeding';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Cast } from '../src/cast';
import { planProfilePosts } from '../src/occasional-posts';
import { demoPeople } from '../src/people';
import { PostPlanner } from '../src/post-plan';
import { Timeline } from '../src/timeline';

/** Any day from 2020 to 2040, and any seed: the demo is planned the same way whatever the day. */
const anyNow = fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2040, 0, 1) });

describe('posts on people’s own profiles in the demo', () => {
  it('never repeat one text on one profile, whatever the day the demo is seeded', () => {
    fc.assert(
      fc.property(anyNow, fc.integer(), (now, seed) => {
        const random = seededRandom(seed);
        const cast = new Cast(demoPeople(random), random);
        const planner = new PostPlanner(cast, new Timeline(random, now), random, []);
        planProfilePosts(planner);
        const said = planner.posts.map((p) => `${p.authorId} ${p.writing.template}`);
        expect(said.length).toBeGreaterThan(10);
        expect(new Set(said).size).toBe(said.length);
      }),
      { numRuns: 60 },
    );
  });
});
