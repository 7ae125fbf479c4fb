import fc from 'fast-check';
import { tenureBands } from '../../server/results/segments';

export type GeneratedUnit = { id: string; parentId: string | null };
export type GeneratedPerson = {
  unitIndex: number;
  tenure: (typeof tenureBands)[number];
  manager: boolean;
  /** Likert 1–5, eNPS 0–10, a choice 0–3. */
  answers: [number, number, number];
  comment: boolean;
};
export type GeneratedOrg = { units: GeneratedUnit[]; people: GeneratedPerson[]; minimum: number };

/** Org trees of 1 to ~40 units, up to four levels deep, each unit with 0–4 children. */
const tree = fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 1, maxLength: 12 }).chain((fanOut) => {
  const units: GeneratedUnit[] = [{ id: 'u0', parentId: null }];
  let next = 1;
  const grow = (parent: string, depth: number, cursor: { i: number }) => {
    const children = depth >= 3 ? 0 : (fanOut[cursor.i++ % fanOut.length] ?? 0);
    for (let c = 0; c < children; c += 1) {
      const id = `u${next++}`;
      units.push({ id, parentId: parent });
      grow(id, depth + 1, cursor);
    }
  };
  grow('u0', 0, { i: 0 });
  return fc.constant(units);
});

/** People sit in any unit (teams, and directions with people of their own), with any answers. */
export const generatedOrg: fc.Arbitrary<GeneratedOrg> = tree.chain((units) =>
  fc.record({
    units: fc.constant(units),
    minimum: fc.integer({ min: 3, max: 10 }),
    people: fc.array(
      fc.record({
        unitIndex: fc.integer({ min: 0, max: units.length - 1 }),
        tenure: fc.constantFrom(...tenureBands),
        manager: fc.boolean(),
        answers: fc.tuple(
          fc.integer({ min: 1, max: 5 }),
          fc.integer({ min: 0, max: 10 }),
          fc.integer({ min: 0, max: 3 }),
        ),
        comment: fc.boolean(),
      }),
      { maxLength: 80, size: 'max' },
    ),
  }),
);

/** Runs of the property tests: a few seconds by default, PULSE_ATTACK_RUNS for a longer hunt. */
export const attackRuns = (fallback: number) => Number(process.env.PULSE_ATTACK_RUNS ?? fallback);
