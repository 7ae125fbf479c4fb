/**
 * What pulse questions measure. Engagement and eNPS; the six dimensions of psychosocial risk of
 * the French Gollac report (2011); quality of working life (QVT); hyperconnection and the right to
 * disconnect; and whether the actions taken after the last survey changed anything.
 */
export const dimensionKeys = [
  'engagement',
  'enps',
  'workIntensity',
  'emotionalDemands',
  'autonomy',
  'socialRelations',
  'valueConflicts',
  'jobInsecurity',
  'qualityOfWorkLife',
  'hyperconnection',
  'followUp',
] as const;
export type DimensionKey = (typeof dimensionKeys)[number];

export const families = [
  'engagement',
  'psychosocialRisk',
  'qualityOfWorkLife',
  'disconnection',
  'actions',
] as const;
export type Family = (typeof families)[number];

type Localised = { fr: string; en: string };
export type Dimension = { key: DimensionKey; family: Family; name: Localised; description: Localised };

/** The six Gollac dimensions, from which the workload-risk index is computed. */
export const gollacDimensions: readonly DimensionKey[] = [
  'workIntensity',
  'emotionalDemands',
  'autonomy',
  'socialRelations',
  'valueConflicts',
  'jobInsecurity',
];

const dimension = (
  key: DimensionKey,
  family: Family,
  name: Localised,
  description: Localised,
): Dimension => ({
  key,
  family,
  name,
  description,
});

export const dimensions: Record<DimensionKey, Dimension> = {
  engagement: dimension(
    'engagement',
    'engagement',
    { fr: 'Engagement', en: 'Engagement' },
    {
      fr: 'Satisfaction, fierté, motivation, envie de rester.',
      en: 'Satisfaction, pride, motivation, intent to stay.',
    },
  ),
  enps: dimension(
    'enps',
    'engagement',
    { fr: 'eNPS', en: 'eNPS' },
    {
      fr: 'Recommandation de l’employeur : % de promoteurs (9–10) moins % de détracteurs (0–6).',
      en: 'Employer recommendation: % promoters (9–10) minus % detractors (0–6).',
    },
  ),
  workIntensity: dimension(
    'workIntensity',
    'psychosocialRisk',
    { fr: 'Intensité et temps de travail', en: 'Work intensity and time' },
    { fr: 'Charge, pression temporelle, horaires.', en: 'Workload, time pressure, hours.' },
  ),
  emotionalDemands: dimension(
    'emotionalDemands',
    'psychosocialRisk',
    { fr: 'Exigences émotionnelles', en: 'Emotional demands' },
    { fr: 'Tensions, émotions à contenir.', en: 'Tension, emotions to hold back.' },
  ),
  autonomy: dimension(
    'autonomy',
    'psychosocialRisk',
    { fr: 'Autonomie', en: 'Autonomy' },
    { fr: 'Marges de manœuvre, développement des compétences.', en: 'Room to decide, developing skills.' },
  ),
  socialRelations: dimension(
    'socialRelations',
    'psychosocialRisk',
    { fr: 'Rapports sociaux et soutien', en: 'Social relations and support' },
    {
      fr: 'Entraide entre collègues, soutien et reconnaissance du management.',
      en: 'Help from colleagues, support and recognition from managers.',
    },
  ),
  valueConflicts: dimension(
    'valueConflicts',
    'psychosocialRisk',
    { fr: 'Conflits de valeurs', en: 'Value conflicts' },
    {
      fr: 'Qualité empêchée, tâches désapprouvées.',
      en: 'Quality work prevented, tasks one disapproves of.',
    },
  ),
  jobInsecurity: dimension(
    'jobInsecurity',
    'psychosocialRisk',
    { fr: 'Insécurité de la situation de travail', en: 'Job insecurity' },
    { fr: 'Crainte pour l’emploi, changements subis.', en: 'Fear for one’s job, changes imposed.' },
  ),
  qualityOfWorkLife: dimension(
    'qualityOfWorkLife',
    'qualityOfWorkLife',
    { fr: 'Qualité de vie au travail', en: 'Quality of working life' },
    {
      fr: 'Équilibre des temps, conditions de travail, reconnaissance.',
      en: 'Work–life balance, working conditions, recognition.',
    },
  ),
  hyperconnection: dimension(
    'hyperconnection',
    'disconnection',
    { fr: 'Hyperconnexion et droit à la déconnexion', en: 'Hyperconnection and the right to disconnect' },
    { fr: 'Messages hors horaires, travail le week-end.', en: 'Messages after hours, weekend work.' },
  ),
  followUp: dimension(
    'followUp',
    'actions',
    { fr: 'Suivi des actions', en: 'Follow-up of actions' },
    { fr: 'Ce qui a changé depuis la dernière enquête.', en: 'What changed since the last survey.' },
  ),
};
