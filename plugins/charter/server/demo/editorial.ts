import type { DemoCharter } from './types';

/** The editorial charter of official accounts (ORSYS guide): tone, hashtags, emoji, humour. */
export const editorialCharter: DemoCharter = {
  kind: 'editorial',
  title: { fr: 'Charte éditoriale des comptes officiels', en: 'Official accounts editorial charter' },
  versions: [
    {
      daysAgo: 300,
      major: true,
      summary: { fr: 'Première version.', en: 'First version.' },
      articles: [
        {
          number: 1,
          title: { fr: 'C’est l’entreprise qui parle', en: 'The company speaks' },
          body: {
            fr: 'Ce n’est pas le community manager qui s’exprime mais l’entreprise : les réponses ne diffèrent pas selon la personne qui les écrit. Elles sont professionnelles, transparentes et exactes.',
            en: 'It is the company speaking, not the community manager: answers do not depend on who writes them. They are professional, transparent and exact.',
          },
          acceptable: { fr: 'Vouvoyer, signer du prénom', en: 'A courteous tone, signed with a first name' },
          unacceptable: {
            fr: 'Une réponse qui laisse place à l’interprétation',
            en: 'An answer open to interpretation',
          },
        },
        {
          number: 2,
          title: { fr: 'Hashtags et émoticônes', en: 'Hashtags and emoji' },
          body: {
            fr: 'Deux hashtags au plus, ceux de la campagne en cours ; une émoticône au plus, jamais dans une réponse à une réclamation.',
            en: 'At most two hashtags, those of the current campaign; at most one emoji, never in an answer to a complaint.',
          },
          acceptable: { fr: '#GroupeAtlas #Recrutement', en: '#GroupeAtlas #Hiring' },
          unacceptable: { fr: 'Un « :) » sous une plainte', en: 'A “:)” under a complaint' },
        },
        {
          number: 3,
          title: { fr: 'En crise, on valide', en: 'In a crisis, answers are approved' },
          body: {
            fr: 'En situation de crise, la réponse est validée par les décideurs avant publication ; le CM l’adapte au réseau.',
            en: 'In a crisis, the answer is approved by the decision makers before it is posted; the CM adapts it to the network.',
          },
          acceptable: {
            fr: 'Soumettre le projet de réponse au CM en chef',
            en: 'Sending the draft answer to the chief CM',
          },
          unacceptable: { fr: 'Répondre seul à un bad buzz', en: 'Answering a bad buzz alone' },
        },
      ],
    },
  ],
  rates: { fr: 1, be: 1, ca: 1, uk: 1 },
};
