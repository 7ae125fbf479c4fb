import type { DemoCharter } from './types';

/**
 * The network's behaviour charter, from the ORSYS guide: say what the community is for and what
 * will not be tolerated, so that a removal cites a rule instead of feeding a Streisand effect.
 */
export const behaviourCharter: DemoCharter = {
  kind: 'behaviour',
  title: { fr: 'Charte de comportement du réseau', en: 'Network behaviour charter' },
  versions: [
    {
      daysAgo: 420,
      major: true,
      summary: { fr: 'Première version.', en: 'First version.' },
      articles: [
        {
          number: 1,
          title: {
            fr: 'Ce réseau est là pour travailler ensemble',
            en: 'This network is for working together',
          },
          body: {
            fr: 'Les communautés servent à partager des informations utiles, poser des questions et s’entraider. Chaque communauté rappelle son objectif dans sa description ; restez dans le sujet.',
            en: 'Communities are for sharing useful information, asking questions and helping each other. Each community states its purpose in its description: stay on topic.',
          },
          acceptable: {
            fr: 'Partager un retour d’expérience sur un projet\nDemander de l’aide à la communauté concernée',
            en: 'Sharing lessons learnt on a project\nAsking the right community for help',
          },
          unacceptable: {
            fr: 'Relancer dix fois la même annonce hors sujet',
            en: 'Posting the same off-topic announcement ten times',
          },
        },
        {
          number: 2,
          title: { fr: 'Cordialité', en: 'Courtesy' },
          body: {
            fr: 'On échange avec respect, même en désaccord. Les termes insultants ou grossiers sont supprimés.',
            en: 'We disagree with respect. Insulting or coarse words are removed.',
          },
          acceptable: {
            fr: '« Je ne partage pas cet avis, voici pourquoi… »',
            en: '“I don’t agree, and here is why…”',
          },
          unacceptable: { fr: 'Insulter ou ridiculiser un collègue', en: 'Insulting or mocking a colleague' },
        },
        {
          number: 3,
          title: { fr: 'Pas de harcèlement', en: 'No harassment' },
          body: {
            fr: 'Aucun propos ne justifie ni n’encourage le harcèlement, en ligne ou hors ligne. Les messages concernés sont supprimés et signalés aux RH.',
            en: 'Nothing here justifies or encourages harassment, online or offline. Such messages are removed and reported to HR.',
          },
          acceptable: {
            fr: 'Signaler un message qui vise une personne',
            en: 'Reporting a message that targets a person',
          },
          unacceptable: {
            fr: 'Relayer un « mème » qui appelle à s’en prendre à quelqu’un',
            en: 'Sharing a meme that calls for going after someone',
          },
        },
        {
          number: 4,
          title: { fr: 'Confidentialité', en: 'Confidentiality' },
          body: {
            fr: 'Les informations confidentielles (clients, résultats non publiés, données personnelles) restent dans les communautés secrètes prévues pour elles.',
            en: 'Confidential information (clients, unpublished results, personal data) stays in the secret communities meant for it.',
          },
          acceptable: {
            fr: 'Discuter d’un appel d’offres dans la communauté secrète du projet',
            en: 'Discussing a tender in the project’s secret community',
          },
          unacceptable: {
            fr: 'Publier le tableau des salaires dans une communauté publique',
            en: 'Posting the salary grid in a public community',
          },
        },
        {
          number: 5,
          title: { fr: 'Pas de promotion', en: 'No promotion' },
          body: {
            fr: 'On ne fait pas la promotion d’organisations, de produits ou de causes extérieures à l’entreprise.',
            en: 'No promotion of organisations, products or causes outside the company.',
          },
          acceptable: {
            fr: 'Annoncer le tournoi solidaire de l’entreprise',
            en: 'Announcing the company’s charity run',
          },
          unacceptable: { fr: 'Vendre ses produits personnels', en: 'Selling your own products' },
        },
      ],
    },
    {
      daysAgo: 60,
      major: false,
      summary: {
        fr: 'L’article 2 dit comment la modération répond : en citant la charte.',
        en: 'Article 2 says how moderation answers: by citing the charter.',
      },
      changes: {
        2: {
          body: {
            fr: 'On échange avec respect, même en désaccord. Les termes insultants ou grossiers sont supprimés ; la modération cite alors l’article de la charte qui s’applique, pour que chacun comprenne pourquoi.',
            en: 'We disagree with respect. Insulting or coarse words are removed; moderators then cite the article that applies, so everyone understands why.',
          },
        },
      },
    },
  ],
  /** Share of each country that accepted the current major version. */
  rates: { fr: 0.88, be: 0.74, ca: 0.61, uk: 0.47 },
  // Olivia took part before the charter existed: her home page asks her gently to read it.
  accepted: ['employe@atlas.example'],
  declined: ['employee@atlas.example'],
};
