import type { DimensionKey } from '../library/dimensions';

/** The direction whose workload drifts into risk over the demo's year: Commercial France. */
export const DRIFTING_UNIT = 'fr-sales';
/** How hard each dimension is hit there (value conflicts: pushed to sell what clients do not need). */
const drifting: Partial<Record<DimensionKey, number>> = {
  workIntensity: 1,
  emotionalDemands: 1,
  valueConflicts: 0.6,
  hyperconnection: 1,
  qualityOfWorkLife: 0.8,
};

/**
 * How a unit's situation moves a dimension at a pulse (0 at the first pulse, 1 at the last): sales
 * in France slide through the year as targets rise, and recover a little once the action plan
 * starts (the last few pulses); the United Kingdom's quality of working life improves after the
 * spring move to hybrid work.
 */
export function drift(unitCodes: readonly string[], dimension: DimensionKey, progress: number): number {
  const weight = drifting[dimension];
  if (unitCodes.includes(DRIFTING_UNIT) && weight) {
    const slide = -2 * weight * Math.min(progress, 0.85);
    return progress > 0.9 ? slide + 0.2 : slide;
  }
  if (unitCodes.includes('uk') && dimension === 'qualityOfWorkLife') return 0.6 * progress;
  if (dimension === 'jobInsecurity' && progress > 0.4 && progress < 0.6) return -0.5;
  return 0;
}
