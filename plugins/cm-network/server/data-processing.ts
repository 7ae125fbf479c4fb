import type { DataProcessingActivity } from '@levain/server/plugin';

/** The CM network's lines of the record of processing activities (GDPR article 30). */
export const dataProcessing: DataProcessingActivity[] = [
  {
    id: 'cm-network:roles',
    name: { fr: 'Réseau des community managers', en: 'Community managers’ network' },
    purpose: {
      fr: 'Savoir qui anime quelle partie de l’organisation et suivre le tableau de bord mensuel.',
      en: 'Know who animates which part of the organisation and follow the monthly board.',
    },
    legalBasis: 'contract',
    dataSubjects: { fr: 'CM et managers qui animent', en: 'CMs and managers who animate' },
    dataCategories: [
      { fr: 'Poste de CM, part du temps, historique', en: 'CM position, share of time, history' },
    ],
    retention: { fr: 'Durée du contrat ; historique conservé', en: 'The length of employment; history kept' },
    recipients: { fr: 'CM en chef et administrateurs', en: 'Chief CM and administrators' },
  },
  {
    id: 'cm-network:incidents',
    name: { fr: 'Cellule de crise', en: 'Crisis cell' },
    purpose: {
      fr: 'Conduire une crise : membres de la cellule, publications retenues, chronologie et retour d’expérience.',
      en: 'Run a crisis: the cell’s members, held posts, timeline and post-mortem.',
    },
    legalBasis: 'legitimate-interests',
    dataSubjects: {
      fr: 'Membres de la cellule, auteurs des publications retenues',
      en: 'Cell members, authors of held posts',
    },
    dataCategories: [{ fr: 'Rôle dans la cellule, actions datées', en: 'Role in the cell, dated actions' }],
    retention: {
      fr: 'Tant que l’incident est conservé, pour son retour d’expérience',
      en: 'As long as the incident is kept, for its post-mortem',
    },
    recipients: { fr: 'Membres de la cellule', en: 'Cell members' },
  },
];
