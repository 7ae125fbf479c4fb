import type { DemoCharter } from './types';

/**
 * The charter "Marketing digital – veille" adopted on top of the behaviour charter (its owner,
 * Thomas Petit, wrote it): what the team shares about competitors and campaigns not yet launched.
 */
export const marketingCommunityCharter: DemoCharter = {
  kind: 'community',
  community: 'Marketing digital – veille',
  title: { fr: 'Charte de la veille marketing', en: 'Marketing watch charter' },
  versions: [
    {
      daysAgo: 120,
      major: true,
      summary: { fr: 'Première version.', en: 'First version.' },
      articles: [
        {
          number: 1,
          title: { fr: 'Citer ses sources', en: 'Quote your sources' },
          body: {
            fr: 'Chaque veille partagée donne le lien de sa source et sa date. Une capture sans source n’est pas une veille.',
            en: 'Every watch item links to its source and gives its date. A screenshot without a source is not watch.',
          },
          acceptable: {
            fr: 'Un lien vers l’article et deux lignes de résumé',
            en: 'A link to the article and a two-line summary',
          },
          unacceptable: { fr: 'Une capture d’écran anonyme', en: 'An anonymous screenshot' },
        },
        {
          number: 2,
          title: { fr: 'Les campagnes restent ici', en: 'Campaigns stay here' },
          body: {
            fr: 'Une campagne qui n’est pas lancée ne sort pas de la communauté, ni en capture ni en message privé à l’extérieur.',
            en: 'A campaign not yet launched does not leave the community, neither as a screenshot nor in a private message outside.',
          },
          acceptable: { fr: 'Commenter la maquette ici', en: 'Commenting on the mock-up here' },
          unacceptable: {
            fr: 'La montrer à une agence non retenue',
            en: 'Showing it to an agency not hired',
          },
        },
      ],
    },
    {
      daysAgo: 30,
      major: false,
      summary: {
        fr: 'Article 3 ajouté : parler des concurrents avec respect.',
        en: 'Article 3 added: speaking of competitors with respect.',
      },
      added: [
        {
          number: 3,
          title: { fr: 'Respect des concurrents', en: 'Respect for competitors' },
          body: {
            fr: 'On analyse les campagnes des concurrents, on ne moque ni leurs équipes ni leurs clients.',
            en: 'We analyse competitors’ campaigns; we mock neither their teams nor their customers.',
          },
          acceptable: { fr: 'Ce qui marche chez eux et pourquoi', en: 'What works for them and why' },
          unacceptable: {
            fr: 'Un mème sur leur community manager',
            en: 'A meme about their community manager',
          },
        },
      ],
    },
  ],
  rates: {},
  rate: 0.6,
  accepted: ['manager@atlas.example', 'employe@atlas.example'],
};
