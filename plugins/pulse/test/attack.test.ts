import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import type { PulseQuestion } from '../server/library/questions';
import { aggregatePeriod, type Submission } from '../server/results/aggregate';
import { allFilters, filterKey, matches } from '../server/results/segments';
import { attackRuns, type GeneratedOrg, generatedOrg } from './attack/generators';
import { Span } from './attack/span';

const questions: PulseQuestion[] = [
  { id: 'enps', dimension: 'enps', scale: 'nps', text: { fr: 'eNPS', en: 'eNPS' } },
  { id: 'workload', dimension: 'workIntensity', scale: 'likert', text: { fr: 'Charge', en: 'Workload' } },
  {
    id: 'weekend',
    dimension: 'hyperconnection',
    scale: 'choice',
    text: { fr: 'Week-end', en: 'Weekend' },
    choices: ['a', 'b', 'c', 'd'].map((x, i) => ({ text: { fr: x, en: x }, favourable: i < 2 })),
  },
];

function submissionsOf(org: GeneratedOrg): Submission[] {
  const parentOf = new Map(org.units.map((u) => [u.id, u.parentId]));
  const pathOf = (id: string): string[] => {
    const parent = parentOf.get(id);
    return parent ? [...pathOf(parent), id] : [id];
  };
  return org.people.map((p) => ({
    path: pathOf(org.units[p.unitIndex]!.id),
    segments: { tenure: p.tenure, manager: p.manager },
    answers: new Map([
      ['workload', p.answers[0]],
      ['enps', p.answers[1]],
      ['weekend', p.answers[2]],
    ]),
  }));
}

const tally = { trees: 0, people: 0, groupsQueried: 0, groupsShown: 0, combinationsChecked: 0 };
afterAll(() => {
  console.log(
    `pulse attack (engine): ${tally.trees} org trees, ${tally.people} respondents, ${tally.groupsQueried} group queries (every unit × every filter), ${tally.groupsShown} shown, ${tally.combinationsChecked} people checked against every linear combination`,
  );
});

describe('the results engine under attack', () => {
  it('never lets any combination of shown groups isolate one person, nor show a group under the minimum', () => {
    fc.assert(
      fc.property(generatedOrg, (org) => {
        const submissions = submissionsOf(org);
        const results = aggregatePeriod(org.units, questions, submissions, {
          minimum: org.minimum,
          commentMinimum: Math.max(org.minimum, 10),
          driverMinimum: 20,
        });
        tally.trees += 1;
        tally.people += submissions.length;
        tally.groupsQueried += results.length;
        const span = new Span(submissions.length);
        const comments = new Span(submissions.length);
        for (const result of results) {
          // What the attacker knows: everyone's unit and segments, so each group's exact members.
          const filter = allFilters.find((f) => filterKey(f) === result.filterKey)!;
          const members = submissions.flatMap((s, i) =>
            s.path.includes(result.unitId) && matches(filter, s.segments) ? [i] : [],
          );
          if (result.hiddenReason) {
            expect(result.responseCount).toBeNull();
            expect(result.histograms).toBeNull();
            expect(result.drivers).toBeNull();
            continue;
          }
          tally.groupsShown += 1;
          expect(members.length).toBeGreaterThanOrEqual(org.minimum);
          expect(result.responseCount).toBe(members.length);
          for (const q of questions)
            expect(result.histograms![q.id]!.reduce((a, b) => a + b, 0)).toBe(members.length);
          if (result.drivers) expect(members.length).toBeGreaterThanOrEqual(20);
          span.add(members);
          if (result.commentsVisible) {
            expect(members.length).toBeGreaterThanOrEqual(10);
            comments.add(members);
          }
        }
        tally.combinationsChecked += submissions.length;
        expect(span.isolated()).toEqual([]);
        expect(comments.isolated()).toEqual([]);
      }),
      {
        numRuns: attackRuns(300),
        seed: process.env.PULSE_ATTACK_SEED ? Number(process.env.PULSE_ATTACK_SEED) : undefined,
      },
    );
  });
});
