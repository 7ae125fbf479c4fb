import type { Theme } from './types';

/** Business, sector, competitor and reputation watch. */
export const veille: Theme = {
  posts: {
    fr: [
      [
        '**Veille concurrentielle** : {competitor} lance une offre d’abonnement à {city}, prix d’appel agressif. Fiche d’analyse dans les fichiers. #veille',
        'Le prix d’appel ne tiendra pas plus de trois mois à mon avis.',
        'On avait vu la même chose côté Belgique il y a un mois.',
      ],
      'Signal faible : trois avis négatifs en une semaine sur notre service client à {city}, tous sur les délais. Je transmets à l’équipe concernée. #veille #ereputation',
      'Synthèse de veille sectorielle {deLastMonth} : la réglementation sur les données clients se durcit, et deux concurrents recrutent des community managers. #veille',
      [
        'Outil du mois : des alertes sur le nom de la marque et de nos produits, triées par source. Qui veut tester avec moi ?',
        'Je veux bien tester les alertes.',
      ],
      'Veille métier : article intéressant sur le rôle du CM comme « veilleur climat social ». À lire avant notre prochain atelier.',
      '{competitor} a subi un bad buzz ce week-end après une réponse maladroite à un client. À lire pour ce qu’il ne faut pas faire. #veille',
      [
        'Nouveau site pour {competitor} : parcours client simplifié, chat en direct, avis clients en page d’accueil. On s’en inspire pour le nôtre ? #veille',
        'Le chat en direct, seulement si on peut répondre dans l’heure.',
      ],
    ],
    en: [
      [
        '**Competitor watch**: {competitor} launched a subscription offer in {city} with an aggressive entry price. Analysis in the files. #watch',
        'We saw the same thing last month.',
      ],
      'Weak signal: three negative reviews in one week on customer service, all about delays. Passing it on.',
      '{competitor} had a bad buzz at the weekend after a clumsy answer to a customer. Worth reading for what not to do.',
    ],
  },
  comments: {
    fr: ['Merci, je l’ajoute à la fiche concurrent.', 'Bien vu, merci pour la veille.'],
    en: ['Adding it to the competitor file, thanks.'],
  },
};

/** Marketing teams: campaigns, social networks, analytics. */
export const marketing: Theme = {
  posts: {
    fr: [
      [
        'Bilan de la campagne {deLastMonth} : taux de clic de {pct} %, bien au-dessus de la précédente. Le visuel B a gagné le test A/B haut la main.',
        'Bravo pour le taux de clic !',
        'On peut avoir le détail par réseau ?',
      ],
      [
        'Calendrier éditorial des réseaux sociaux pour {month} en ligne. Il manque deux sujets pour la dernière semaine : des idées ?',
        'Idée pour la dernière semaine : les coulisses du service client.',
      ],
      [
        'Shooting photo {weekday} à {time} pour la nouvelle gamme. On cherche trois volontaires pour poser, ambiance détendue garantie.',
        'Je veux bien poser, tant qu’on ne voit pas mes chaussettes.',
      ],
      'Merci à {mention} pour le brief créatif, clair et complet : l’agence a tout compris du premier coup.',
      'Quels KPI suivez-vous pour nos comptes sociaux ? Je propose : portée, taux d’engagement, et clics vers le site. #marketing',
      'Retour du salon de {city} : {n}0 contacts qualifiés, et beaucoup de questions sur notre offre durable.',
      [
        'Le nouveau gabarit de newsletter client est prêt. Moins de texte, un seul appel à l’action. Relecture bienvenue avant {weekday}.',
        'Relu, j’ai juste raccourci l’objet.',
      ],
    ],
    en: [
      [
        '{lastMonth} campaign results: {pct}% click-through rate, well above the last one. Visual B won the A/B test easily.',
        'Great click-through rate!',
      ],
      [
        'Social media calendar for {month} is live. We are missing two topics for the last week: ideas?',
        'Idea for the last week: behind the scenes in customer service.',
      ],
      'Photo shoot on {weekday} at {time} for the new range. Looking for three volunteers, relaxed atmosphere guaranteed.',
      'Back from the {city} trade show: {n}0 qualified leads and lots of questions about our sustainable range.',
      'Thanks to {mention} for the creative brief: the agency got it first time.',
    ],
  },
  comments: {
    fr: ['Beau travail !', 'Je partage avec l’équipe commerciale.'],
    en: ['Nice work!', 'Sharing with the sales team.'],
  },
};

/** Sales teams: accounts, field feedback, shows. */
export const sales: Theme = {
  posts: {
    fr: [
      [
        'Signature avec **{client}** ce matin ! Bravo à toute l’équipe, six mois de travail et une démo impeccable. 🎉',
        'Félicitations, bien mérité !',
        'Bravo ! On fête ça quand ?',
      ],
      'Retour terrain de {city} : les clients demandent surtout des délais de livraison plus courts et un interlocuteur unique.',
      [
        'Qui a déjà travaillé avec {client} ? Rendez-vous {weekday} prochain et je cherche des conseils sur leurs décideurs.',
        'Leur directrice des achats est très attentive au service après-vente, insiste là-dessus.',
      ],
      [
        'Argumentaire mis à jour pour la nouvelle offre, avec les réponses aux cinq objections les plus fréquentes.',
        'Merci pour l’argumentaire, la partie objections est précieuse.',
      ],
      'Merci à {mention} pour le coup de main sur la proposition {client}, rendue avec une journée d’avance.',
      [
        'Tournée régionale {deMonth} : {city} lundi, puis deux jours de salon. Qui veut partager le trajet ?',
        'Je prends une place dans la voiture.',
      ],
    ],
    en: [
      [
        'We signed **{client}** this morning! Well done team: six months of work and a flawless demo. 🎉',
        'Congratulations, well deserved!',
      ],
      'Field feedback from {city}: customers mostly ask for shorter delivery times and a single point of contact.',
      [
        'Has anyone worked with {client}? Meeting on {weekday} and I would love tips on their decision makers.',
        'Their procurement lead cares a lot about after-sales: lead with that.',
      ],
      [
        'Updated pitch deck for the new offer, with answers to the five most common objections.',
        'The objections section is gold, thanks.',
      ],
      'Thanks to {mention} for helping on the {client} proposal, delivered a day early.',
    ],
  },
  comments: {
    fr: ['Merci pour le retour terrain.', 'Bien joué !'],
    en: ['Thanks for the field feedback.', 'Nice one!'],
  },
};

/** HR teams: hiring, referrals, employer brand. */
export const hr: Theme = {
  posts: {
    fr: [
      [
        '{n} postes ouverts ce mois-ci, dont deux en marketing digital à {city}. Pensez à la cooptation : une prime est versée après la période d’essai.',
        'Je coopte une ancienne collègue, je vous envoie son CV.',
      ],
      [
        'Forum écoles {weekday} : on cherche des ambassadeurs pour tenir le stand et parler de leur métier. #marqueEmployeur',
        'Disponible le matin pour le forum.',
      ],
      'Nouvelle mutuelle : la réunion d’information a lieu {weekday} à {time}, {room}, et en visio pour les autres sites.',
      'Merci à {mention} pour son témoignage sur notre page carrières, déjà beaucoup de candidatures spontanées.',
      'Entretiens annuels : la campagne commence le 1er {month}. Le guide du manager est dans les fichiers.',
    ],
    en: [
      '{n} open roles this month, two of them in digital marketing. Remember referrals: a bonus is paid after probation.',
      [
        'University fair on {weekday}: we need ambassadors to staff the stand and talk about their jobs. #employerbrand',
        'Happy to help at the fair in the morning.',
      ],
      'Thanks to {mention} for the careers page testimonial: lots of applications already.',
      'Annual reviews start on 1 {month}. The manager guide is in the files.',
    ],
  },
  comments: { fr: ['Merci pour l’info.'], en: ['Thanks for the update.'] },
};
