import type { DimensionKey } from '../library/dimensions';
import type { PulseQuestion } from '../library/questions';

/**
 * The questions of one pulse. A short pulse asks at most `size` questions: the eNPS question (if
 * the campaign has one) every time, so engagement can be followed and drivers computed, and the
 * other slots rotate over the dimensions, one question each, then over each dimension's questions.
 * Every dimension is asked within `cycleLength` consecutive pulses. Everyone gets the same pulse,
 * so every question of a pulse is answered by the same people (groups stay as large as they can).
 */
export function rotate(questions: readonly PulseQuestion[], size: number, index: number): PulseQuestion[] {
  const anchor = questions.find((q) => q.scale === 'nps');
  const byDimension = new Map<DimensionKey, PulseQuestion[]>();
  for (const question of questions) {
    if (question === anchor) continue;
    byDimension.set(question.dimension, [...(byDimension.get(question.dimension) ?? []), question]);
  }
  const groups = [...byDimension.values()];
  const slots = Math.max(0, size - (anchor ? 1 : 0));
  const picked = new Set<PulseQuestion>(anchor ? [anchor] : []);
  for (let offset = 0; groups.length && offset < slots; offset += 1) {
    const position = index * slots + offset;
    const group = groups[position % groups.length]!;
    picked.add(group[Math.floor(position / groups.length) % group.length]!);
  }
  return [...picked];
}

/** Pulses needed for every dimension to be asked once. */
export function cycleLength(questions: readonly PulseQuestion[], size: number): number {
  const anchor = questions.some((q) => q.scale === 'nps');
  const dimensionsCount = new Set(questions.filter((q) => q.scale !== 'nps').map((q) => q.dimension)).size;
  const slots = Math.max(1, size - (anchor ? 1 : 0));
  return Math.max(1, Math.ceil(dimensionsCount / slots));
}
