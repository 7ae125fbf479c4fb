import type { PulseQuestion } from '../db/schema';

/** The standard climate questions (engagement, QVT, right to disconnect) each new campaign starts with. */
export const standardQuestions: PulseQuestion[] = [
  {
    id: 'engagement',
    text: {
      fr: 'Je me sens engagé·e dans mon travail.',
      en: 'I feel engaged in my work.',
    },
  },
  {
    id: 'workload',
    text: {
      fr: 'Ma charge de travail est soutenable.',
      en: 'My workload is sustainable.',
    },
  },
  {
    id: 'disconnect',
    text: {
      fr: 'Je peux me déconnecter en dehors de mes horaires de travail.',
      en: 'I can disconnect outside my working hours.',
    },
  },
];
