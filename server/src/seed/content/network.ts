import type { Theme } from './types';

/** The network of part-time CMs ("manager tous CM") led by the chief CM. */
export const cmNetwork: Theme = {
  posts: {
    fr: [
      'Rituel du {weekday} : tour de table des communautés à {time}, 20 minutes chrono. Venez avec **une réussite** et **une difficulté** de la semaine. #reseauCM',
      'Combien de temps consacrez-vous vraiment à l’animation ? Dans ma fiche de poste c’est 20 %, en pratique plutôt une demi-journée par semaine. Curieux d’avoir vos chiffres. #managerCM',
      'Retour d’expérience : j’ai demandé à {mention} de co-animer notre communauté pendant le lancement. Deux animateurs, c’est deux fois plus de réponses rapides et personne ne s’épuise.',
      'Question au réseau : comment faites-vous vivre une communauté quand le projet se termine ? On l’archive, on la transforme en communauté d’anciens, ou on la laisse s’éteindre ?',
      'Petit rappel de nos règles du jeu :\n\n1. on répond à une question en moins d’une journée ouvrée ;\n2. on remercie chaque nouveau membre ;\n3. on remonte les irritants au réseau plutôt que de les garder pour soi.',
      'J’ai testé le format « question du lundi » dans ma communauté : {n} réponses dès la première semaine, contre une ou deux pour nos publications habituelles. Je partage le modèle à qui veut.',
      'Le CM n’est pas là pour tout faire tout seul : pour notre newsletter de {month}, la rédaction vient des équipes, la relecture de la communication, et moi je coordonne. Ça change tout.',
      'Bienvenue à {mention} dans le réseau des CM, qui reprend l’animation de la communauté de son équipe : partagez vos astuces de démarrage !',
    ],
    en: [
      'Network ritual on {weekday} at {time}: twenty minutes, one win and one struggle from each community. #CMnetwork',
      'How much time do you actually spend animating your community? My job description says 20%; in practice it is closer to half a day a week. Curious to compare.',
      'Tried a "Monday question" in my community: {n} answers in the first week, against one or two for our usual posts. Happy to share the template.',
      'Big thanks to {mention} for co-hosting our community during the launch. Two hosts means faster answers and nobody burning out.',
      'Question for the network: what do you do with a community when its project ends? Archive it, turn it into an alumni space, or let it fade out?',
      'Reminder of our ground rules:\n\n1. answer a question within one working day;\n2. welcome every new member;\n3. bring recurring pain points to the network instead of keeping them to yourself.',
    ],
  },
  comments: {
    fr: [
      'Chez nous c’est plutôt 10 %, et ça déborde pendant les lancements.',
      'Je prends le modèle, merci !',
      'On a archivé la nôtre en gardant les contenus accessibles : les questions reviennent souvent un an après.',
      'Le tour de table du {weekday} m’aide beaucoup à prioriser.',
      'La règle des 24 h, c’est ce qui a le plus changé la perception de notre communauté.',
    ],
    en: [
      'Ours is closer to 10%, more during launches.',
      'Stealing the template, thanks!',
      'We archived ours but kept everything readable: the same questions come back a year later.',
      'The one-working-day rule changed how people see our community.',
    ],
  },
};

/** The social-learning course for manager-CMs, animated by the chief CM. */
export const learning: Theme = {
  posts: {
    fr: [
      '**Module {n} : susciter les échanges.** Exercice de la semaine : publiez une question ouverte dans votre communauté et revenez raconter ce qui s’est passé. #apprentissageSocial',
      'Cas pratique : un membre publie une critique virulente du nouvel outil de notes de frais. Vous répondez en public, en privé, ou vous laissez la communauté répondre ? Argumentez en commentaire.',
      'Les quatre types de veille vus en atelier : **métier**, **sectorielle**, **concurrentielle** et **e-réputation**. Laquelle pratiquez-vous déjà sans le savoir ?',
      'Replay de l’atelier « mesurer l’engagement » disponible : portée, taux d’engagement, nombre de discussions, fréquence des échanges. Les supports sont dans l’onglet fichiers.',
      'Citation du jour : « Le community manager n’est pas censé tout faire, tout seul. » Qui vous aide pour les contenus dans votre équipe ?',
      'Défi de {month} : faire participer trois personnes qui n’ont encore jamais publié. Partagez vos techniques, on fait le bilan en fin de mois. #apprentissageSocial',
      'Lecture conseillée avant la session de {weekday} : le chapitre sur la modération et la charte de comportement. Question : quand faut-il supprimer un commentaire ?',
    ],
    en: [
      '**Module {n}: sparking conversations.** This week’s exercise: post an open question in your community and come back to tell us what happened. #socialLearning',
      'Case study: a member posts a harsh review of the new expenses tool. Do you answer publicly, privately, or let the community answer? Argue your case below.',
      'The workshop recording on measuring engagement is up: reach, engagement rate, number of discussions, frequency of exchanges.',
      'Challenge for {month}: get three people who have never posted to take part. Share your tricks, we review at the end of the month.',
      'Reading before {weekday}’s session: the chapter on moderation and the behaviour charter. When should a comment be removed?',
    ],
  },
  comments: {
    fr: [
      'En public, calmement, avec les faits. Et on propose de continuer en privé si c’est personnel.',
      'J’ai tenté la question ouverte : {n} réponses, dont deux personnes que je n’avais jamais lues.',
      'La veille concurrentielle, sans hésiter : on la fait tous un peu dans notre coin.',
      'Merci pour le replay, je n’avais pas pu être là.',
      'Je laisserais la communauté répondre d’abord, puis je complèterais.',
    ],
    en: [
      'Publicly, calmly, with facts, then offer to continue privately.',
      'Tried the open question: {n} answers, two from people I had never heard from.',
      'Thanks for the recording, I missed the live session.',
      'I would let the community answer first, then add what is missing.',
    ],
  },
};

/** The monthly digital board: indicators, highlights and recommendations. */
export const board: Theme = {
  posts: {
    fr: [
      '**Reporting de {lastMonth}** : portée en hausse de {pct} %, taux d’engagement stable, {n} nouvelles discussions. Fait marquant : la communauté QVT dépasse les autres en commentaires. #digitalboard',
      'Proposition : ajouter au tableau de bord le **délai de première réponse** par communauté. Une question sans réponse pendant trois jours, c’est un membre qu’on perd.',
      'Rappel : les chiffres du mois sont à déposer avant le 5. Indicateurs quantitatifs **et** qualitatifs : un verbatim vaut parfois mieux qu’un ratio. #digitalboard',
      'ROI, ROA ou RONI ? Pour l’intranet, je défends le **retour sur attention** : on mesure l’intérêt suscité, pas des euros. Et le risque de ne rien faire (RONI) parle beaucoup à la direction.',
      'Comparatif des communautés de {lastMonth} : les plus petites ont le meilleur taux d’engagement. La taille ne fait pas tout.',
      'Recommandations du mois : relancer deux communautés en sommeil, former les nouveaux animateurs, publier moins mais mieux le vendredi après-midi.',
    ],
    en: [
      '**{lastMonth} report**: reach up {pct}%, engagement rate flat, {n} new discussions. Highlight: the wellbeing community leads on comments. #digitalboard',
      'Proposal: add **time to first answer** per community to the board. A question left unanswered for three days is a member we lose.',
      'ROI, ROA or RONI? For the intranet I argue for return on attention, and the risk of not investing speaks to the board.',
      'Monthly figures are due before the 5th. Quantitative **and** qualitative: one quote can say more than a ratio.',
    ],
  },
  comments: {
    fr: [
      'D’accord pour le délai de première réponse, c’est ce que les membres ressentent le plus.',
      'On peut ajouter l’évolution par rapport au mois précédent ? Sinon les chiffres ne parlent pas.',
      'Le RONI a convaincu notre comité de direction, c’est vrai.',
      'Mes chiffres sont déposés. Le verbatim du mois est savoureux.',
    ],
    en: [
      'Agreed on time to first answer: it is what members feel most.',
      'Can we show the change against last month? Otherwise the numbers say little.',
      'My figures are in. This month’s quote is a good one.',
    ],
  },
};
