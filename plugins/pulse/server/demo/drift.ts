import type { DimensionKey } from '../library/dimensions';

/** The direction whose workload drifts into risk over the demo's year: Commercial France. */
export const DRIFTING_UNIT = 'fr-sales';
const drifting: DimensionKey[] = [
  'workIntensity',
  'emotionalDemands',
  'hyperconnection',
  'qualityOfWorkLife',
];

/**
 * How a unit's situation moves a dimension at a pulse (0 at the first pulse, 1 at the last): sales
 * in France slide through the year as targets rise, and recover a little once the action plan
 * starts (the last few pulses); the United Kingdom's quality of working life improves after the
 * spring move to hybrid work.
 */
export function drift(unitCodes: readonly string[], dimension: DimensionKey, progress: number): number {
  if (unitCodes.includes(DRIFTING_UNIT) && drifting.includes(dimension)) {
    const slide = -2 * Math.min(progress, 0.85);
    return progress > 0.9 ? slide + 0.4 : slide;
  }
  if (unitCodes.includes('uk') && dimension === 'qualityOfWorkLife') return 0.6 * progress;
  if (dimension === 'jobInsecurity' && progress > 0.4 && progress < 0.6) return -0.5;
  return 0;
}
