import type { Random } from '@levain/server/plugin';
import type { DimensionKey } from '../library/dimensions';
import { type PulseQuestion, valueRange } from '../library/questions';

/** A standard normal draw (Box–Muller) from the seed's generator. */
export function normal(random: Random): number {
  const u = 1 - random.next();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.next());
}

/** How each dimension is felt across Groupe Atlas, before teams and people differ. */
const dimensionMood: Record<DimensionKey, number> = {
  engagement: 0.4,
  enps: 0.3,
  workIntensity: -0.1,
  emotionalDemands: 0,
  autonomy: 0.5,
  socialRelations: 0.6,
  valueConflicts: 0.3,
  jobInsecurity: 0.2,
  qualityOfWorkLife: 0.3,
  hyperconnection: -0.2,
  followUp: 0,
};

/**
 * One answer: the person's general mood, the dimension's, their direction's situation at that
 * pulse (`drift`), and noise, turned into a value of the question's scale (reversed questions
 * are answered the other way round).
 */
export function answer(random: Random, question: PulseQuestion, mood: number, drift: number): number {
  const z = mood + dimensionMood[question.dimension] + drift + normal(random) * 0.7;
  const [min, max] = valueRange(question);
  const clamp = (v: number) => Math.max(min, Math.min(max, Math.round(v)));
  if (question.scale === 'nps') return clamp(7.2 + 1.8 * z);
  if (question.scale === 'choice')
    return z > -0.3 ? (random.chance(0.7) ? 0 : 1) : random.chance(0.6) ? 2 : 3;
  const favourable = clamp(3.4 + z);
  return question.reversed ? 6 - favourable : favourable;
}
