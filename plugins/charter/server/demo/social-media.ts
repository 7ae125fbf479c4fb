import type { DemoCharter } from './types';

/**
 * How employees speak about Groupe Atlas outside, from the ORSYS guide's cases: Kookai (an
 * employee's personal quarrel becomes the brand's crisis) and Transavia (a CM who confuses the
 * official account with his own, and a joke that needed two apologies).
 */
export const socialMediaCharter: DemoCharter = {
  kind: 'social_media',
  title: { fr: 'Charte réseaux sociaux de Groupe Atlas', en: 'Groupe Atlas social-media charter' },
  versions: [
    {
      daysAgo: 540,
      major: true,
      summary: { fr: 'Première version.', en: 'First version.' },
      articles: [
        {
          number: 1,
          title: { fr: 'Vous parlez en votre nom', en: 'You speak for yourself' },
          body: {
            fr: 'Sur vos comptes personnels, précisez que vos propos n’engagent que vous. Seuls les comptes officiels parlent au nom de l’entreprise.',
            en: 'On your personal accounts, make clear that your views are your own. Only official accounts speak for the company.',
          },
          acceptable: {
            fr: '« Fière de notre nouvelle agence de Lyon ! (avis personnel) »',
            en: '“Proud of our new Lyon office! (my own views)”',
          },
          unacceptable: {
            fr: 'Annoncer un résultat trimestriel avant le communiqué officiel',
            en: 'Announcing quarterly results before the official release',
          },
        },
        {
          number: 2,
          title: { fr: 'Transparence', en: 'Disclosure' },
          body: {
            fr: 'Quand vous parlez de nos offres, dites que vous travaillez chez Groupe Atlas (#salarié).',
            en: 'When you talk about our offers, say you work at Groupe Atlas (#employee).',
          },
          acceptable: {
            fr: 'Partager une offre d’emploi avec la mention #salarié',
            en: 'Sharing a job offer tagged #employee',
          },
          unacceptable: {
            fr: 'Vanter nos produits sous un pseudonyme',
            en: 'Praising our products under a pseudonym',
          },
        },
        {
          number: 3,
          title: { fr: 'Ne pas nourrir une crise', en: 'Do not feed a crisis' },
          body: {
            fr: 'Face à une polémique visant l’entreprise, ne répondez pas à titre personnel : signalez-la au CM en chef. Dans le cas Kookai (2011), des réponses isolées ont transformé un conflit interne en boycott.',
            en: 'When a controversy targets the company, do not answer personally: tell the chief CM. In the Kookai case (2011), scattered answers turned an internal dispute into a boycott.',
          },
          acceptable: {
            fr: 'Transmettre le lien de la polémique au CM en chef',
            en: 'Sending the controversy’s link to the chief CM',
          },
          unacceptable: {
            fr: 'Débattre sous la publication d’un client mécontent',
            en: 'Arguing under an angry customer’s post',
          },
        },
      ],
    },
    {
      daysAgo: 30,
      major: true,
      summary: {
        fr: 'Nouvel article 4 sur l’humour, après le cas Transavia ; l’article 1 couvre les comptes que vous administrez.',
        en: 'New article 4 on humour, after the Transavia case; article 1 covers the accounts you run.',
      },
      changes: {
        1: {
          body: {
            fr: 'Sur vos comptes personnels, précisez que vos propos n’engagent que vous. Seuls les comptes officiels parlent au nom de l’entreprise ; si vous en administrez un, ne le confondez jamais avec le vôtre.',
            en: 'On your personal accounts, make clear that your views are your own. Only official accounts speak for the company; if you run one, never confuse it with your own.',
          },
        },
      },
      added: [
        {
          number: 4,
          title: { fr: 'L’humour au nom de l’entreprise', en: 'Humour on the company’s behalf' },
          body: {
            fr: 'Une blague qui amuse un ami peut blesser un client. En 2015, un tweet « pour détendre l’atmosphère » a valu deux séries d’excuses publiques à Transavia. Dans le doute, pas d’humour sur un compte officiel.',
            en: 'A joke that amuses a friend can hurt a customer. In 2015 a tweet meant “to lighten the mood” cost Transavia two rounds of public apologies. When in doubt, no humour on an official account.',
          },
          acceptable: {
            fr: 'Un ton chaleureux et une réponse exacte sur le retard',
            en: 'A warm tone and an exact answer about the delay',
          },
          unacceptable: {
            fr: 'Un sous-entendu sur la personne qui se plaint',
            en: 'An innuendo about the person complaining',
          },
        },
      ],
    },
  ],
  rates: { fr: 0.69, be: 0.55, ca: 0.41, uk: 0.3 },
  // Léa accepted version 1: the home page asks her to read what version 2 changed.
  declined: ['employe@atlas.example'],
};
