import type { CommunityPostSeed } from './types';

const group = 'annonces-groupe-atlas';

/** "Must read" posts members acknowledge; those of the official channel reach every home feed. */
export const announcementSeeds: CommunityPostSeed[] = [
  {
    community: group,
    daysAgo: 86,
    body: '## Levain, notre intranet social, est ouvert\n\nCommunautés par pays, par direction et par projet, recherche unifiée, annuaire : tout est là. Complétez votre profil et réglez vos horaires de travail. #intranet2027\n\n*Levain, our social intranet, is open: communities, search and directory. Please complete your profile and set your working hours.*',
  },
  {
    community: group,
    daysAgo: 78,
    body: '## Charte de comportement\n\nChaque communauté affiche désormais sa charte : son objectif, ce qui n’est pas toléré et peut être retiré. Merci de la lire et de la confirmer. #charte\n\n*Each community now shows its behaviour charter. Please read and acknowledge it.*',
  },
  {
    community: group,
    daysAgo: 64,
    body: '## Accord sur le droit à la déconnexion\n\nAucune réponse n’est attendue en dehors de vos horaires de travail. Les notifications sont retenues et livrées au début de votre journée, sauf urgence. #droitàladéconnexion\n\n*No answer is expected outside your working hours; notifications wait for your next working day.*',
  },
  {
    community: group,
    daysAgo: 55,
    body: '## Campagne d’hameçonnage simulée\n\nLa DSI lance un exercice de sensibilisation cette semaine. Au moindre doute, signalez le message sans cliquer.\n\n*IT is running a phishing awareness exercise this week: report anything suspicious, do not click.*',
  },
  {
    community: group,
    daysAgo: 41,
    body: '## Résultats du baromètre social\n\n71 % de participation, merci ! Points forts : l’entraide et le sens du travail. Axes de progrès : la charge de travail et les réunions tardives. Les plans d’action par pays arrivent. #baromètre #QVT\n\n*Pulse survey results: 71% took part. Strengths: mutual help. To improve: workload and late meetings.*',
  },
  {
    community: group,
    daysAgo: 30,
    body: '## Nouvelle organisation de la communication\n\nUn réseau de managers CM, un par pays et par direction, est animé par Julien Moreau, community manager en chef.\n\n*A network of manager-CMs, one per country and department, led by our chief community manager.*',
  },
  {
    community: group,
    daysAgo: 19,
    body: '## Exercice de gestion de crise\n\nUn exercice aura lieu la semaine prochaine. Il n’y a rien à faire de votre côté, sinon ne pas relayer d’information non validée.\n\n*A crisis exercise takes place next week: please do not share unvalidated information.*',
  },
  {
    community: group,
    daysAgo: 9,
    body: '## Fermeture des bureaux\n\nLes bureaux de Paris et de Bruxelles seront fermés le vendredi du pont. Londres, Montréal et Toronto restent ouverts.\n\n*Paris and Brussels offices close on the bridge Friday; London, Montreal and Toronto stay open.*',
  },
  {
    community: group,
    daysAgo: 3,
    body: '## Convention annuelle\n\nRéservez la date : deux jours pour partager nos résultats et nos projets. Le programme sera publié ici. #convention\n\n*Save the date for our annual convention: two days of results and projects.*',
  },
  {
    community: 'reseau-des-cm-groupe-atlas',
    daysAgo: 70,
    body: '**Nouveau rituel** : le reporting mensuel de chaque communauté est à déposer avant le 5 dans le tableau de bord digital. Merci de confirmer la lecture. #digitalboard',
  },
  {
    community: 'qualite-de-vie-au-travail',
    daysAgo: 48,
    body: '**Le baromètre QVT est ouvert** jusqu’à la fin du mois : dix minutes, anonyme, et chaque réponse compte pour les plans d’action. #baromètre',
  },
  {
    community: 'communication-interne-france',
    daysAgo: 35,
    body: '**Charte éditoriale mise à jour** : ton, usage des hashtags et des émojis, place de l’humour. À lire avant votre prochaine publication. #charteEditoriale',
  },
  {
    community: 'london-office',
    daysAgo: 24,
    body: '**Fire drill on Thursday at 11am.** Please leave by the nearest exit and gather on the square. Confirm you have read this.',
  },
  {
    community: 'internal-comms-uk',
    daysAgo: 15,
    body: '**New editorial calendar**: all UK news now goes through the shared calendar, with sign-off two days before publication.',
  },
  {
    community: 'ventes-benelux',
    daysAgo: 12,
    body: '**Nouvelle grille tarifaire** applicable au 1er du mois prochain. Merci de confirmer la lecture avant vos rendez-vous clients.',
  },
];

/** One post kept at the top of a community's feed. */
export const pinnedSeeds: CommunityPostSeed[] = [
  {
    community: 'droit-a-la-deconnexion',
    daysAgo: 88,
    body: '📌 **Nos règles communes**\n\n1. Pas de réponse attendue hors de vos horaires.\n2. Écrire le soir, oui ; publier le soir, non : programmez.\n3. L’urgence, c’est la cellule de crise qui la déclare.\n\n#droitàladéconnexion',
  },
  {
    community: 'apprentissage-social-animer-une-communaute',
    daysAgo: 87,
    body: '📌 **Le parcours en six modules** : rôle du CM, susciter les échanges, modérer avec la charte, veille, mesurer l’engagement, gérer un bad buzz. Un module toutes les deux semaines. #apprentissageSocial',
  },
  {
    community: 'ambassadeurs-de-la-charte',
    daysAgo: 85,
    body: '📌 **La charte en trois phrases** : on critique des idées, pas des personnes ; on protège les informations clients ; on retire en citant la charte, jamais en silence. #charte',
  },
  {
    community: 'digital-workplace-aide-et-astuces',
    daysAgo: 84,
    body: '📌 **FAQ Levain** : mentionner un collègue, programmer une publication, créer un sondage, régler ses horaires. Posez vos questions en commentaire, on complète.',
  },
  {
    community: 'bienvenue-chez-atlas-onboarding',
    daysAgo: 83,
    body: '📌 **Guide du nouvel arrivant** : votre profil, vos horaires, les communautés à rejoindre et les personnes à connaître. #bienvenue',
  },
  {
    community: 'london-office',
    daysAgo: 82,
    body: '📌 **Office guide**: opening hours, meeting rooms, bike storage and who to call for what.',
  },
  {
    community: 'protocoles-de-crise',
    daysAgo: 80,
    body: '📌 **Protocole Tramontane** : qui alerte, qui décide, qui répond. Aucune réponse publique sans validation de la cellule ; le CM n’agit jamais seul. Numéros d’astreinte en pièce jointe.',
  },
];

/** Posts members submitted to the official channel, waiting for an animator's approval. */
export const pendingSeeds: CommunityPostSeed[] = [
  {
    community: group,
    daysAgo: 2,
    body: 'Proposition : relayer la collecte de jouets de l’équipe de Lyon, du 1er au 15 du mois prochain. L’affiche est prête.',
  },
  {
    community: group,
    daysAgo: 1,
    body: 'Pourrait-on annoncer les nouveaux horaires de la navette entre la gare et le siège ? Beaucoup de collègues les découvrent par hasard.',
  },
];
