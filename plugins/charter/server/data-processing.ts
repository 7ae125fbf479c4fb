import type { DataProcessingActivity } from '@levain/server/plugin';

/** The charters' lines of the record of processing activities (GDPR article 30). */
export const dataProcessing: DataProcessingActivity[] = [
  {
    id: 'charter:acknowledgements',
    name: { fr: 'Prises de connaissance des chartes', en: 'Charter acknowledgements' },
    purpose: {
      fr: 'Prouver que chaque personne a pris connaissance de la version des chartes en vigueur avant de publier.',
      en: 'Prove that each person read the charters’ current version before posting.',
    },
    legalBasis: 'legitimate-interests',
    dataSubjects: { fr: 'Salariés', en: 'Employees' },
    dataCategories: [
      { fr: 'Version lue et date', en: 'Version read and when' },
      { fr: 'Recours contre une décision de modération', en: 'Appeals of a moderation decision' },
    ],
    retention: { fr: 'Durée du contrat', en: 'The length of employment' },
    recipients: {
      fr: 'CM en chef, modérateurs, administrateurs',
      en: 'Chief CM, moderators, administrators',
    },
  },
  {
    id: 'charter:ambassadors',
    name: { fr: 'Ambassadeurs et partages', en: 'Ambassadors and shares' },
    purpose: {
      fr: 'Animer le réseau des ambassadeurs et compter les clics des contenus partagés à l’extérieur.',
      en: 'Run the ambassadors’ network and count clicks on content shared outside.',
    },
    legalBasis: 'consent',
    dataSubjects: { fr: 'Ambassadeurs volontaires', en: 'Volunteer ambassadors' },
    dataCategories: [
      {
        fr: 'Nomination, certification, questions reçues',
        en: 'Nomination, certification, questions received',
      },
      {
        fr: 'Textes partagés et nombre de clics (jamais qui a cliqué)',
        en: 'Shared texts and click counts (never who clicked)',
      },
    ],
    retention: { fr: 'Tant que la personne est ambassadrice', en: 'While the person is an ambassador' },
    recipients: { fr: 'CM en chef et administrateurs', en: 'Chief CM and administrators' },
  },
];
