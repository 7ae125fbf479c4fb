import { type PulseQuestion, valueRange } from './questions';

const agreement = {
  fr: [
    'Pas du tout d’accord',
    'Plutôt pas d’accord',
    'Ni d’accord ni pas d’accord',
    'Plutôt d’accord',
    'Tout à fait d’accord',
  ],
  en: ['Strongly disagree', 'Disagree', 'Neither agree nor disagree', 'Agree', 'Strongly agree'],
};

/** What each answer value of a question says, in a language (1 → "Strongly disagree", 7 → "7"). */
export function answerLabels(question: PulseQuestion, locale: 'fr' | 'en'): string[] {
  if (question.scale === 'likert') return agreement[locale];
  if (question.scale === 'choice') return (question.choices ?? []).map((c) => c.text[locale]);
  const [min, max] = valueRange(question);
  return Array.from({ length: max - min + 1 }, (_, i) => String(min + i));
}
