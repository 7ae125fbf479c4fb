import type { Status } from '../api';

/** Metric names, statuses and units, shared by the map, the board and the targets page. */
export const metricStrings = {
  fr: {
    metrics: {
      members: 'Membres',
      newMembers: 'Nouveaux membres',
      activeMembers: 'Membres actifs',
      posts: 'Publications',
      comments: 'Commentaires',
      reactions: 'Réactions',
      reach: 'Portée (lecteurs distincts)',
      engagementRate: 'Taux d’engagement',
      reports: 'Signalements',
      medianMinutesToFirstAction: 'Délai médian de modération',
    } as Record<string, string>,
    status: {
      RED: 'Rouge : loin de l’objectif',
      AMBER: 'Orange : proche de l’objectif',
      GREEN: 'Vert : objectif atteint',
      NONE: 'Sans objectif',
    } satisfies Record<Status, string>,
    short: { RED: 'Rouge', AMBER: 'Orange', GREEN: 'Vert', NONE: '—' } satisfies Record<Status, string>,
    engagementDefinition:
      'Taux d’engagement : commentaires, réactions et votes du mois pour 100 impressions (chaque publication comptée une fois par lecteur distinct). Portée : personnes distinctes ayant lu au moins une publication dans le mois. Membres actifs : ont publié, commenté, réagi ou voté dans le mois.',
    statusDefinition: 'Vert : objectif atteint ; orange : à moins de 20 % de l’objectif ; rouge : au-delà.',
  },
  en: {
    metrics: {
      members: 'Members',
      newMembers: 'New members',
      activeMembers: 'Active members',
      posts: 'Posts',
      comments: 'Comments',
      reactions: 'Reactions',
      reach: 'Reach (distinct readers)',
      engagementRate: 'Engagement rate',
      reports: 'Reports',
      medianMinutesToFirstAction: 'Median time to moderation',
    } as Record<string, string>,
    status: {
      RED: 'Red: far from target',
      AMBER: 'Amber: close to target',
      GREEN: 'Green: on target',
      NONE: 'No target',
    } satisfies Record<Status, string>,
    short: { RED: 'Red', AMBER: 'Amber', GREEN: 'Green', NONE: '—' } satisfies Record<Status, string>,
    engagementDefinition:
      'Engagement rate: the month’s comments, reactions and votes per 100 impressions (each post counted once per distinct reader). Reach: distinct people who read at least one post in the month. Active members: posted, commented, reacted or voted in the month.',
    statusDefinition: 'Green: on target; amber: within 20 % of the target; red: beyond.',
  },
};
export type MetricText = (typeof metricStrings)['fr'];

/** A metric's value as people read it: a rate with its % sign, a delay in minutes. */
export function formatMetric(locale: 'fr' | 'en', key: string, value: number | null, signed = false): string {
  if (value === null) return '—';
  const number = new Intl.NumberFormat(locale, {
    maximumFractionDigits: 1,
    signDisplay: signed ? 'exceptZero' : 'auto',
  }).format(value);
  if (key === 'engagementRate') return `${number} %`;
  if (key === 'medianMinutesToFirstAction') return `${number} min`;
  return number;
}

/** "2026-11" as "novembre 2026" / "November 2026". */
export const monthName = (locale: 'fr' | 'en', month: string) =>
  new Date(`${month}-01T00:00:00Z`).toLocaleDateString(locale, {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
