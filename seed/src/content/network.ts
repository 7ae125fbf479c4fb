import type { Theme } from './types';

/** The network of part-time CMs ("manager tous CM") led by the chief CM. */
export const cmNetwork: Theme = {
  posts: {
    fr: [
      [
        'Rituel du {weekday} : tour de table des communautés à {time}, 20 minutes chrono. Venez avec **une réussite** et **une difficulté** de la semaine. #reseauCM',
        'Le tour de table du {weekday} m’aide beaucoup à prioriser.',
        'J’aurai un peu de retard, je vous rejoins à la deuxième moitié.',
      ],
      [
        'Combien de temps consacrez-vous vraiment à l’animation ? Dans ma fiche de poste c’est 20 %, en pratique plutôt une demi-journée par semaine. Curieux d’avoir vos chiffres. #managerCM',
        'Chez nous c’est plutôt 10 %, et ça déborde pendant les lancements.',
        'Une demi-journée aussi, mais en petits morceaux : c’est ça le plus fatigant.',
      ],
      'Retour d’expérience : j’ai demandé à {mention} de co-animer notre communauté pendant le lancement. Deux animateurs, c’est deux fois plus de réponses rapides et personne ne s’épuise.',
      [
        'Question au réseau : comment faites-vous vivre une communauté quand le projet se termine ? On l’archive, on la transforme en communauté d’anciens, ou on la laisse s’éteindre ?',
        'On a archivé la nôtre en gardant les contenus accessibles : les questions reviennent souvent un an après.',
        'Communauté d’anciens, testée une fois : elle s’est éteinte en deux mois.',
      ],
      [
        'Petit rappel de nos règles du jeu :\n\n1. on répond à une question en moins d’une journée ouvrée ;\n2. on remercie chaque nouveau membre ;\n3. on remonte les irritants au réseau plutôt que de les garder pour soi.',
        'La règle de la journée ouvrée, c’est ce qui a le plus changé la perception de notre communauté.',
      ],
      [
        'J’ai testé le format « question du lundi » dans ma communauté : {n} réponses dès la première semaine, contre une ou deux pour nos publications habituelles. Je partage le modèle à qui veut.',
        'Je prends le modèle, merci !',
        'Quel genre de questions ? Ouvertes ou à choix ?',
      ],
      'Le CM n’est pas là pour tout faire tout seul : pour notre newsletter {deMonth}, la rédaction vient des équipes, la relecture de la communication, et moi je coordonne. Ça change tout.',
      'Bienvenue à {mention} dans le réseau des CM, qui reprend l’animation de la communauté de son équipe : partagez vos astuces de démarrage !',
      [
        'Les irritants remontés ce mois-ci : trop de notifications, des communautés en doublon, et des questions qui restent sans réponse le vendredi. On en parle au rituel ?',
        'Pour les doublons, on pourrait regrouper les deux communautés marketing ?',
      ],
    ],
    en: [
      'Network ritual on {weekday} at {time}: twenty minutes, one win and one struggle from each community. #CMnetwork',
      [
        'How much time do you actually spend animating your community? My job description says 20%; in practice it is closer to half a day a week. Curious to compare.',
        'Ours is closer to 10%, more during launches.',
      ],
      [
        'Tried a "Monday question" in my community: {n} answers in the first week, against one or two for our usual posts. Happy to share the template.',
        'Stealing the template, thanks!',
      ],
      'Big thanks to {mention} for co-hosting our community during the launch. Two hosts means faster answers and nobody burning out.',
      [
        'Question for the network: what do you do with a community when its project ends? Archive it, turn it into an alumni space, or let it fade out?',
        'We archived ours but kept everything readable: the same questions come back a year later.',
      ],
      'Reminder of our ground rules:\n\n1. answer a question within one working day;\n2. welcome every new member;\n3. bring recurring pain points to the network instead of keeping them to yourself.',
    ],
  },
  comments: {
    fr: [
      'Bonne idée, je l’essaie dans ma communauté.',
      'On en parle au prochain rituel ?',
      'Même expérience de notre côté, en Belgique.',
    ],
    en: ['Good idea, trying it in my community.', 'Shall we discuss it at the next ritual?'],
  },
};

/** The social-learning course for manager-CMs, animated by the chief CM. */
export const learning: Theme = {
  posts: {
    fr: [
      [
        '**Module {n} : susciter les échanges.** Exercice de la semaine : publiez une question ouverte dans votre communauté et revenez raconter ce qui s’est passé. #apprentissageSocial',
        'J’ai tenté la question ouverte : {n} réponses, dont deux personnes que je n’avais jamais lues.',
        'Chez moi, silence radio le premier jour, puis une vraie discussion le lendemain.',
      ],
      [
        'Cas pratique : un membre publie une critique virulente du nouvel outil de notes de frais. Vous répondez en public, en privé, ou vous laissez la communauté répondre ? Argumentez en commentaire.',
        'En public, calmement, avec les faits. Et on propose de continuer en privé si c’est personnel.',
        'Je laisserais la communauté répondre d’abord, puis je compléterais.',
        'En privé d’abord : la critique est peut-être justifiée.',
      ],
      [
        'Les quatre types de veille vus en atelier : **métier**, **sectorielle**, **concurrentielle** et **e-réputation**. Laquelle pratiquez-vous déjà sans le savoir ?',
        'La veille concurrentielle, sans hésiter : on la fait tous un peu dans notre coin.',
      ],
      [
        'Replay de l’atelier « mesurer l’engagement » disponible : portée, taux d’engagement, nombre de discussions, fréquence des échanges. Les supports sont dans l’onglet fichiers.',
        'Merci pour le replay, je n’avais pas pu être là.',
      ],
      'Citation du jour : « Le community manager n’est pas censé tout faire, tout seul. » Qui vous aide pour les contenus dans votre équipe ?',
      'Défi {deMonth} : faire participer trois personnes qui n’ont encore jamais publié. Partagez vos techniques, on fait le bilan en fin de mois. #apprentissageSocial',
      [
        'Lecture conseillée avant la session de {weekday} : le chapitre sur la modération et la charte de comportement. Question : quand faut-il supprimer un commentaire ?',
        'Quand il vise une personne. Le reste se discute.',
      ],
      'Trois qualités d’un bon animateur, d’après vos réponses au dernier atelier : **l’écoute**, **la régularité**, **l’humour** (avec modération). Vous ajouteriez quoi ?',
      [
        'Le CM, « simple animateur ou grand stratège » ? Le débat de la session de {weekday}, en 5 minutes chacun.',
        'Les deux, selon la maturité de la communauté.',
        'Animateur d’abord : la stratégie vient de la direction.',
      ],
    ],
    en: [
      [
        '**Module {n}: sparking conversations.** This week’s exercise: post an open question in your community and come back to tell us what happened. #socialLearning',
        'Tried the open question: {n} answers, two from people I had never heard from.',
      ],
      [
        'Case study: a member posts a harsh review of the new expenses tool. Do you answer publicly, privately, or let the community answer? Argue your case below.',
        'Publicly, calmly, with facts, then offer to continue privately.',
        'I would let the community answer first, then add what is missing.',
      ],
      [
        'The workshop recording on measuring engagement is up: reach, engagement rate, number of discussions, frequency of exchanges.',
        'Thanks for the recording, I missed the live session.',
      ],
      'Challenge for {month}: get three people who have never posted to take part. Share your tricks, we review at the end of the month.',
      'Reading before {weekday}’s session: the chapter on moderation and the behaviour charter. When should a comment be removed?',
    ],
  },
  comments: {
    fr: ['Très utile pour mon équipe, merci.', 'Je note pour la prochaine session.'],
    en: ['Very useful for my team, thanks.', 'Noted for the next session.'],
  },
};

/** The monthly digital board: indicators, highlights and recommendations. */
export const board: Theme = {
  posts: {
    fr: [
      '**Reporting {deLastMonth}** : portée en hausse de {pct} %, taux d’engagement stable, {n} nouvelles discussions. Fait marquant : la communauté QVT dépasse les autres en commentaires. #digitalboard',
      [
        'Proposition : ajouter au tableau de bord le **délai de première réponse** par communauté. Une question sans réponse pendant trois jours, c’est un membre qu’on perd.',
        'D’accord pour le délai de première réponse, c’est ce que les membres ressentent le plus.',
      ],
      [
        'Rappel : les chiffres du mois sont à déposer avant le 5. Indicateurs quantitatifs **et** qualitatifs : un verbatim vaut parfois mieux qu’un ratio. #digitalboard',
        'Mes chiffres sont déposés. Le verbatim du mois est savoureux.',
      ],
      [
        'ROI, ROA ou RONI ? Pour l’intranet, je défends le **retour sur attention** : on mesure l’intérêt suscité, pas des euros. Et le risque de ne rien faire (RONI) parle beaucoup à la direction.',
        'Le RONI a convaincu notre comité de direction, c’est vrai.',
      ],
      'Comparatif des communautés {deLastMonth} : les plus petites ont le meilleur taux d’engagement. La taille ne fait pas tout.',
      'Recommandations du mois : relancer deux communautés en sommeil, former les nouveaux animateurs, publier moins mais mieux le vendredi après-midi.',
    ],
    en: [
      '**{lastMonth} report**: reach up {pct}%, engagement rate flat, {n} new discussions. Highlight: the wellbeing community leads on comments. #digitalboard',
      [
        'Proposal: add **time to first answer** per community to the board. A question left unanswered for three days is a member we lose.',
        'Agreed on time to first answer: it is what members feel most.',
      ],
      'ROI, ROA or RONI? For the intranet I argue for return on attention, and the risk of not investing speaks to the board.',
      'Monthly figures are due before the 5th. Quantitative **and** qualitative: one quote can say more than a ratio.',
    ],
  },
  comments: {
    fr: ['On peut avoir l’évolution par rapport au mois précédent ? Sinon les chiffres ne parlent pas.'],
    en: ['Can we show the change against last month? Otherwise the numbers say little.'],
  },
};
