import type { Theme } from './types';

/** Business, sector, competitor and reputation watch. */
export const veille: Theme = {
  posts: {
    fr: [
      '**Veille concurrentielle** : {competitor} lance une offre d’abonnement à {city}, prix d’appel agressif. Fiche d’analyse dans les fichiers. #veille',
      'Signal faible : trois avis négatifs en une semaine sur notre service client à {city}, tous sur les délais. Je transmets à l’équipe concernée. #veille #ereputation',
      'Synthèse de veille sectorielle de {lastMonth} : la réglementation sur les données clients se durcit, et deux concurrents recrutent des community managers. #veille',
      'Outil du mois : des alertes sur le nom de la marque et de nos produits, triées par source. Qui veut tester avec moi ?',
      'Veille métier : article intéressant sur le rôle du CM comme « veilleur climat social ». À lire avant notre prochain atelier.',
      '{competitor} a subi un bad buzz ce week-end après une réponse maladroite à un client. À lire pour ce qu’il ne faut pas faire.',
    ],
    en: [
      '**Competitor watch**: {competitor} launched a subscription offer in {city} with an aggressive entry price. Analysis in the files. #watch',
      'Weak signal: three negative reviews in one week on customer service, all about delays. Passing it on.',
      '{competitor} had a bad buzz at the weekend after a clumsy answer to a customer. Worth reading for what not to do.',
    ],
  },
  comments: {
    fr: [
      'Merci, je l’ajoute à la fiche concurrent.',
      'On avait vu la même chose côté Belgique il y a un mois.',
      'Partant pour tester les alertes.',
      'Le prix d’appel ne tiendra pas plus de trois mois à mon avis.',
    ],
    en: ['Adding it to the competitor file, thanks.', 'We saw the same thing last month.'],
  },
};

/** Marketing teams: campaigns, social networks, analytics. */
export const marketing: Theme = {
  posts: {
    fr: [
      'Bilan de la campagne de {lastMonth} : taux de clic de {pct} %, bien au-dessus de la précédente. Le visuel B a gagné le test A/B haut la main.',
      'Calendrier éditorial des réseaux sociaux pour {month} en ligne. Il manque deux sujets pour la dernière semaine : des idées ?',
      'Shooting photo {weekday} à {time} pour la nouvelle gamme. On cherche trois volontaires pour poser, ambiance détendue garantie.',
      'Merci à {mention} pour le brief créatif, clair et complet : l’agence a tout compris du premier coup.',
      'Quels KPI suivez-vous pour nos comptes sociaux ? Je propose : portée, taux d’engagement, et clics vers le site. #marketing',
      'Retour du salon de {city} : {n}0 contacts qualifiés, et beaucoup de questions sur notre offre durable.',
    ],
    en: [
      '{lastMonth} campaign results: {pct}% click-through rate, well above the last one. Visual B won the A/B test easily.',
      'Social media calendar for {month} is live. We are missing two topics for the last week: ideas?',
      'Photo shoot on {weekday} at {time} for the new range. Looking for three volunteers, relaxed atmosphere guaranteed.',
      'Back from the {city} trade show: {n}0 qualified leads and lots of questions about our sustainable range.',
      'Thanks to {mention} for the creative brief: the agency got it first time.',
    ],
  },
  comments: {
    fr: [
      'Idée pour la dernière semaine : les coulisses du service client.',
      'Je veux bien poser, tant qu’on ne voit pas mes chaussettes.',
      'Bravo pour le taux de clic !',
      'On peut avoir le détail par réseau ?',
    ],
    en: ['Idea for the last week: behind the scenes in customer service.', 'Great click-through rate!'],
  },
};

/** Sales teams: accounts, field feedback, shows. */
export const sales: Theme = {
  posts: {
    fr: [
      'Signature avec **{client}** ce matin ! Bravo à toute l’équipe, six mois de travail et une démo impeccable. 🎉',
      'Retour terrain de {city} : les clients demandent surtout des délais de livraison plus courts et un interlocuteur unique.',
      'Qui a déjà travaillé avec {client} ? Rendez-vous {weekday} prochain et je cherche des conseils sur leurs décideurs.',
      'Argumentaire mis à jour pour la nouvelle offre, avec les réponses aux cinq objections les plus fréquentes.',
      'Merci à {mention} pour le coup de main sur la proposition {client}, rendue avec une journée d’avance.',
      'Tournée régionale de {month} : {city} lundi, puis deux jours de salon. Qui veut partager le trajet ?',
    ],
    en: [
      'We signed **{client}** this morning! Well done team: six months of work and a flawless demo. 🎉',
      'Field feedback from {city}: customers mostly ask for shorter delivery times and a single point of contact.',
      'Has anyone worked with {client}? Meeting on {weekday} and I would love tips on their decision makers.',
      'Updated pitch deck for the new offer, with answers to the five most common objections.',
      'Thanks to {mention} for helping on the {client} proposal, delivered a day early.',
    ],
  },
  comments: {
    fr: [
      'Félicitations, bien mérité !',
      'Leur directrice des achats est très attentive au service après-vente, insiste là-dessus.',
      'Je prends une place dans la voiture pour {city}.',
      'Merci pour l’argumentaire, la partie objections est précieuse.',
    ],
    en: [
      'Congratulations, well deserved!',
      'Their procurement lead cares a lot about after-sales: lead with that.',
      'The objections section is gold, thanks.',
    ],
  },
};

/** HR teams: hiring, referrals, employer brand. */
export const hr: Theme = {
  posts: {
    fr: [
      '{n} postes ouverts ce mois-ci, dont deux en marketing digital à {city}. Pensez à la cooptation : une prime est versée après la période d’essai.',
      'Forum écoles {weekday} : on cherche des ambassadeurs pour tenir le stand et parler de leur métier. #marqueEmployeur',
      'Nouvelle mutuelle : la réunion d’information a lieu {weekday} à {time}, {room}, et en visio pour les autres sites.',
      'Merci à {mention} pour son témoignage sur notre page carrières, déjà beaucoup de candidatures spontanées.',
      'Entretiens annuels : la campagne commence le 1er {month}. Le guide du manager est dans les fichiers.',
    ],
    en: [
      '{n} open roles this month, two of them in digital marketing. Remember referrals: a bonus is paid after probation.',
      'University fair on {weekday}: we need ambassadors to staff the stand and talk about their jobs. #employerbrand',
      'Thanks to {mention} for the careers page testimonial: lots of applications already.',
      'Annual reviews start on 1 {month}. The manager guide is in the files.',
    ],
  },
  comments: {
    fr: ['Je coopte une ancienne collègue, je vous envoie son CV.', 'Dispo pour le forum écoles le matin.'],
    en: ['Happy to help at the fair in the morning.', 'Referring a former colleague, CV on its way.'],
  },
};
