import { bucketCount, type PulseQuestion, valueRange } from '../library/questions';
import { decideRelease, groupKey, type HiddenReason, type OrgTree } from './release';
import { allFilters, filterKey, matches, type Segments } from './segments';
import { correlation, type PairSums } from './statistics';

/** One person's answers to one pulse, without anything that says who they are. */
export type Submission = {
  path: readonly string[];
  segments: Segments;
  answers: ReadonlyMap<string, number>;
};

/** What may be shown of one group (org unit × filter) for one period: counts only when shown. */
export type GroupResult = {
  unitId: string;
  filterKey: string;
  responseCount: number | null;
  hiddenReason: HiddenReason | null;
  /** Question id → answers per value (index 0 = the scale's lowest value). */
  histograms: Record<string, number[]> | null;
  /** Question id → correlation with the engagement outcome, for groups of `driverMinimum` or more. */
  drivers: Record<string, number | null> | null;
  /** Whether free-text comments may be shown (plain groups reaching the comment minimum). */
  commentsVisible: boolean;
};

export type Thresholds = { minimum: number; commentMinimum: number; driverMinimum: number };

/** The engagement outcome drivers are correlated with: the eNPS question, else an engagement item. */
export function outcomeQuestion(questions: readonly PulseQuestion[]): PulseQuestion | null {
  return (
    questions.find((q) => q.scale === 'nps') ?? questions.find((q) => q.dimension === 'engagement') ?? null
  );
}

type Accumulator = { histograms: Record<string, number[]>; pairs: Record<string, PairSums> | null };

/**
 * Everything any query may show about one period, computed once when it closes: which groups are
 * shown (decideRelease), their answer histograms and, for large groups, driver correlations.
 */
export function aggregatePeriod(
  units: OrgTree,
  questions: readonly PulseQuestion[],
  submissions: readonly Submission[],
  thresholds: Thresholds,
): GroupResult[] {
  const verdicts = decideRelease(units, submissions, thresholds.minimum);
  const commentVerdicts = decideRelease(units, submissions, thresholds.commentMinimum, [{}]);
  const outcome = outcomeQuestion(questions);
  const accumulators = new Map<string, Accumulator>();
  for (const [key, verdict] of verdicts) {
    if (verdict.hiddenReason) continue;
    const histograms = Object.fromEntries(
      questions.map((q) => [q.id, new Array<number>(bucketCount(q)).fill(0)]),
    );
    const wantsDrivers = outcome && verdict.count >= thresholds.driverMinimum;
    accumulators.set(key, {
      histograms,
      pairs: wantsDrivers
        ? Object.fromEntries(
            questions
              .filter((q) => q !== outcome)
              .map((q) => [q.id, { n: 0, x: 0, y: 0, xx: 0, yy: 0, xy: 0 }]),
          )
        : null,
    });
  }
  const keysOf = new Map<string, string[]>();
  const filtersFor = (segments: Segments) => {
    const id = `${segments.tenure}/${segments.manager}`;
    let keys = keysOf.get(id);
    if (!keys) {
      keys = allFilters.filter((f) => matches(f, segments)).map(filterKey);
      keysOf.set(id, keys);
    }
    return keys;
  };
  for (const submission of submissions) {
    const y = outcome ? submission.answers.get(outcome.id) : undefined;
    for (const unitId of new Set(submission.path))
      for (const key of filtersFor(submission.segments)) {
        const accumulator = accumulators.get(groupKey(unitId, key));
        if (!accumulator) continue;
        for (const question of questions) {
          const value = submission.answers.get(question.id);
          if (value === undefined) continue;
          accumulator.histograms[question.id]![value - valueRange(question)[0]]! += 1;
          const pair = accumulator.pairs?.[question.id];
          if (pair && y !== undefined) {
            pair.n += 1;
            pair.x += value;
            pair.y += y;
            pair.xx += value * value;
            pair.yy += y * y;
            pair.xy += value * y;
          }
        }
      }
  }
  return [...verdicts].map(([key, verdict]) => {
    const accumulator = accumulators.get(key);
    return {
      unitId: verdict.unitId,
      filterKey: verdict.filterKey,
      responseCount: verdict.hiddenReason ? null : verdict.count,
      hiddenReason: verdict.hiddenReason,
      histograms: accumulator?.histograms ?? null,
      drivers: accumulator?.pairs
        ? Object.fromEntries(Object.entries(accumulator.pairs).map(([id, sums]) => [id, correlation(sums)]))
        : null,
      commentsVisible:
        verdict.filterKey === '' && commentVerdicts.get(groupKey(verdict.unitId, ''))?.hiddenReason === null,
    };
  });
}
