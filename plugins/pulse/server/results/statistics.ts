import { isFavourable, type PulseQuestion, valueRange } from '../library/questions';

/** Answers per value of one question in one group: index 0 is the scale's lowest value. */
export type Histogram = readonly number[];

const Z95 = 1.959964;
const total = (h: Histogram) => h.reduce((sum, n) => sum + n, 0);
const round1 = (x: number) => Math.round(x * 10) / 10;

export function mean(question: PulseQuestion, h: Histogram): number | null {
  const n = total(h);
  if (!n) return null;
  const [min] = valueRange(question);
  return h.reduce((sum, count, i) => sum + count * (min + i), 0) / n;
}

/** Answers counted as favourable (see isFavourable), from a histogram. */
export function favourableCount(question: PulseQuestion, h: Histogram): number {
  const [min] = valueRange(question);
  return h.reduce((sum, count, i) => sum + (isFavourable(question, min + i) ? count : 0), 0);
}

export type Estimate = { value: number; low: number; high: number; n: number };

/** A share in percent with its 95 % Wilson interval (sound for small groups and shares near 0 or 100). */
export function share(successes: number, n: number): Estimate | null {
  if (!n) return null;
  const p = successes / n;
  const z2 = Z95 * Z95;
  const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
  const half = (Z95 * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / (1 + z2 / n);
  return {
    value: round1(p * 100),
    low: round1((centre - half) * 100),
    high: round1((centre + half) * 100),
    n,
  };
}

/** eNPS: % promoters (9–10) − % detractors (0–6), with a 95 % normal interval on the difference. */
export function enps(h: Histogram): Estimate | null {
  const n = total(h);
  if (!n) return null;
  const promoters = (h[9] ?? 0) + (h[10] ?? 0);
  const detractors = h.slice(0, 7).reduce((sum, c) => sum + c, 0);
  const pp = promoters / n;
  const pd = detractors / n;
  const score = pp - pd;
  const half = Z95 * Math.sqrt(Math.max(0, pp + pd - score * score) / n);
  return {
    value: Math.round(score * 100),
    low: Math.max(-100, Math.round((score - half) * 100)),
    high: Math.min(100, Math.round((score + half) * 100)),
    n,
  };
}

/** The mean with a 95 % interval (t ≈ normal; shown for groups of five or more only). */
export function meanEstimate(question: PulseQuestion, h: Histogram): Estimate | null {
  const n = total(h);
  const m = mean(question, h);
  if (m === null) return null;
  const [min] = valueRange(question);
  const variance = n > 1 ? h.reduce((sum, count, i) => sum + count * (min + i - m) ** 2, 0) / (n - 1) : 0;
  const half = Z95 * Math.sqrt(variance / n);
  return {
    value: Math.round(m * 100) / 100,
    low: Math.round((m - half) * 100) / 100,
    high: Math.round((m + half) * 100) / 100,
    n,
  };
}

/**
 * A dimension's score in one group: eNPS for the eNPS dimension, else the share of favourable
 * answers over all its questions asked.
 */
export function dimensionScore(
  questions: ReadonlyArray<{ question: PulseQuestion; histogram: Histogram }>,
): Estimate | null {
  const nps = questions.find((q) => q.question.scale === 'nps');
  if (nps) return enps(nps.histogram);
  let favourable = 0;
  let answers = 0;
  for (const { question, histogram } of questions) {
    favourable += favourableCount(question, histogram);
    answers += total(histogram);
  }
  const estimate = share(favourable, answers);
  // The interval is over answers, not people: each person answered every question asked.
  return estimate && { ...estimate, n: questions.length ? total(questions[0]!.histogram) : 0 };
}

/**
 * Workload-risk index, 0 (no risk) to 100: the mean share of unfavourable answers over the Gollac
 * dimensions known for the group; null with fewer than four of the six.
 */
export function riskIndex(gollacScores: ReadonlyArray<number | null>): number | null {
  const known = gollacScores.filter((s): s is number => s !== null);
  if (known.length < 4) return null;
  return Math.round(known.reduce((sum, s) => sum + (100 - s), 0) / known.length);
}

/** Pearson correlation from running sums; null when either side does not vary. */
export type PairSums = { n: number; x: number; y: number; xx: number; yy: number; xy: number };
export function correlation(s: PairSums): number | null {
  const vx = s.n * s.xx - s.x * s.x;
  const vy = s.n * s.yy - s.y * s.y;
  if (s.n < 3 || vx <= 0 || vy <= 0) return null;
  return Math.round(((s.n * s.xy - s.x * s.y) / Math.sqrt(vx * vy)) * 100) / 100;
}

export { total as histogramTotal };
