import { defineStrings } from '@levain/web/plugin';

/** The words of the charter statistics: rates chart, citations by article, transparency report. */
export const statisticsStrings = defineStrings({
  fr: {
    chart:
      'Taux d’acceptation en pourcentage, {count, plural, one {# unité} other {# unités}} (détail dans le tableau)',
    byArticle: 'Modération par article',
    byArticleIntro:
      'Combien de signalements et de décisions citent chaque article, et combien d’appels ont été acceptés (toutes versions).',
    article: 'Article',
    reports: 'Signalements',
    violations: 'Infractions confirmées',
    appealsUpheld: 'Appels acceptés',
    gone: 'Article {number} (supprimé depuis)',
    noCitation: 'Aucun article cité pour l’instant.',
    transparency: 'Rapport de transparence',
    transparencyIntro:
      'Ce que la modération a fait dans le trimestre, pour toute l’organisation : des nombres, jamais de noms.',
    year: 'Année',
    quarter: 'Trimestre',
    quarterName: 'T{quarter}',
    hides: 'Masquages',
    removals: 'Retraits',
    warnings: 'Avertissements',
    appeals: 'Appels',
    appealsRejected: 'Appels rejetés',
    failed: 'Les statistiques n’ont pas pu être chargées.',
  },
  en: {
    chart: 'Acceptance rate in percent, {count, plural, one {# unit} other {# units}} (details in the table)',
    byArticle: 'Moderation by article',
    byArticleIntro:
      'How many reports and decisions cite each article, and how many appeals were upheld (all versions).',
    article: 'Article',
    reports: 'Reports',
    violations: 'Confirmed violations',
    appealsUpheld: 'Appeals upheld',
    gone: 'Article {number} (since removed)',
    noCitation: 'No article cited yet.',
    transparency: 'Transparency report',
    transparencyIntro:
      'What moderation did in the quarter, for the whole organisation: numbers, never names.',
    year: 'Year',
    quarter: 'Quarter',
    quarterName: 'Q{quarter}',
    hides: 'Hides',
    removals: 'Removals',
    warnings: 'Warnings',
    appeals: 'Appeals',
    appealsRejected: 'Appeals rejected',
    failed: 'The statistics could not be loaded.',
  },
});
