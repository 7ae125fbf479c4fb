import type { DataProcessingActivity } from '@levain/server/plugin';

/** The pulse surveys' lines of the record of processing activities (GDPR article 30). */
export const dataProcessing: DataProcessingActivity[] = [
  {
    id: 'pulse:answers',
    name: { fr: 'Baromètres social et climat', en: 'Climate-social pulse surveys' },
    purpose: {
      fr: 'Mesurer l’engagement, les risques psychosociaux et la qualité de vie au travail pour agir, en résultats anonymes par groupe.',
      en: 'Measure engagement, psychosocial risks and quality of working life to act on them, as anonymous group results.',
    },
    legalBasis: 'legitimate-interests',
    dataSubjects: { fr: 'Salariés interrogés', en: 'Employees surveyed' },
    dataCategories: [
      {
        fr: 'Réponses sans lien avec la personne (entité, période, question, valeur)',
        en: 'Answers kept apart from the person (org unit, period, question, value)',
      },
      {
        fr: 'Qui a répondu à quelle vague (pour les relances)',
        en: 'Who answered which pulse (for reminders)',
      },
      { fr: 'Commentaires libres, séparés des scores', en: 'Free-text comments, apart from the scores' },
    ],
    retention: {
      fr: 'Réponses : durée de la campagne puis agrégats seulement ; relances : jusqu’à la clôture.',
      en: 'Answers: the campaign’s length, then aggregates only; reminders: until the pulse closes.',
    },
    recipients: {
      fr: 'RH et managers, uniquement par groupes au-dessus du seuil d’anonymat',
      en: 'HR and managers, only for groups above the anonymity threshold',
    },
  },
];
