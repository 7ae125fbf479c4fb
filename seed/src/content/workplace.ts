import type { Theme } from './types';

/** The intranet project: from a content intranet to a social digital workplace. */
export const intranet: Theme = {
  posts: {
    fr: [
      [
        'Compte rendu de l’atelier utilisateurs de {city} : les collègues veulent **moins de mails**, retrouver un document en moins d’une minute, et savoir qui sait quoi. #intranet2027',
        'La recherche en moins d’une minute, c’est LA demande qu’on entend partout.',
      ],
      [
        'Plan de migration des contenus : {n} espaces de l’ancien intranet à reprendre. On archive ce qui n’a pas été consulté depuis deux ans. Qui veut relire la liste de sa direction ? #intranet2027',
        'Je relis la liste de la direction marketing.',
        'Je prends celle des RH.',
      ],
      [
        '« Socialisation des process » : premier candidat, la demande de matériel. Aujourd’hui un formulaire et trois relances par mail ; demain une publication suivie dans la communauté support.',
        'On peut garder le formulaire en pièce jointe au début, le temps que tout le monde s’habitue ?',
      ],
      'Revue de sprint du {weekday} à {time} : recherche unifiée, annuaire avec l’organigramme et notifications regroupées. Démo en {room}. #intranet2027',
      'Merci à {mention} pour les tests sur mobile : onze retours précis, dont trois bloquants corrigés dans la foulée.',
      [
        'Question ouverte : quelles communautés devraient exister dès le premier jour ? Nos pistes : par pays, par direction, par projet et par événement.',
        'Une communauté par événement, oui, avec un fil en direct.',
      ],
      'Les anciens usages (contenus, consultation) restent, mais le nouvel intranet doit aussi servir à **collaborer, coopérer, converser**. C’est le fil rouge de nos choix. #intranet2027',
      [
        'Test utilisateurs {weekday} : cinq collègues, cinq tâches, zéro explication. Résultat : tout le monde trouve l’annuaire, personne ne trouve les favoris. On revoit le menu. #intranet2027',
        'Les favoris, c’est l’étoile en haut de chaque publication ? Je ne l’avais pas vue non plus.',
      ],
    ],
    en: [
      'Notes from the user workshop in {city}: colleagues want **fewer emails**, to find a document in under a minute, and to know who knows what. #intranet2027',
      [
        'Content migration: {n} spaces from the old intranet to move. Anything nobody opened in two years gets archived. Who will review their department’s list?',
        'I will review the sales list.',
      ],
      'Sprint review on {weekday} at {time}: unified search, directory with the org chart and grouped notifications. Demo in {room}.',
      'Thanks to {mention} for the mobile testing: eleven precise reports, three blockers fixed straight away.',
    ],
  },
  comments: {
    fr: ['Hâte de voir la suite.', 'Merci pour le compte rendu, très clair.'],
    en: ['Looking forward to the next step.'],
  },
};

/** Help and tips on Levain and the collaboration tools. */
export const workplace: Theme = {
  posts: {
    fr: [
      'Astuce : tapez **@** puis le début d’un nom pour mentionner un collègue ; il reçoit une notification. Et **#** pour un hashtag que tout le monde pourra suivre.',
      [
        'Comment retrouver une publication lue la semaine dernière ? Ajoutez-la à vos favoris, ou cherchez un mot : la recherche ignore les accents.',
        'Je ne savais pas pour la recherche sans accents, merci !',
      ],
      [
        'Question : peut-on programmer une publication ? Oui, bouton « Programmer » sous le composeur. L’heure de publication devient l’heure du post.',
        'Le bouton « Programmer » m’a sauvé pour les publications du lundi.',
      ],
      'Petit guide Markdown pour vos publications :\n\n- `**gras**` pour **gras**\n- un tiret en début de ligne pour une liste\n- `[texte](https://…)` pour un lien',
      'Nouveau : les réactions ne se limitent plus au « j’aime ». Bravo, soutien, instructif, curieux : dites ce que vous pensez vraiment.',
      [
        'Est-ce que quelqu’un sait comment quitter une communauté sans perdre ses favoris ? Je ne veux plus recevoir ses notifications mais garder deux publications.',
        'Les favoris restent même si vous quittez la communauté, tant qu’elle est publique.',
      ],
      'Merci à {mention} pour le tuto vidéo sur les sondages, déjà vu {n}0 fois !',
      [
        'Comment créer un sondage ? Bouton « Sondage » sous le composeur, jusqu’à dix choix, une date de clôture si vous voulez. Les résultats s’affichent après le vote.',
        'Et on peut voir qui a voté quoi ? (j’espère que non 😅)',
        'Non, seulement les totaux.',
      ],
      [
        'Les notifications vous débordent ? Dans vos préférences : mail immédiat, résumé quotidien ou hebdomadaire, par type de notification.',
        'Le résumé hebdomadaire a changé ma vie.',
      ],
      'Rappel : une question posée dans une communauté aide dix personnes ; la même question par mail n’en aide qu’une.',
      [
        'Quelqu’un a réussi à joindre un fichier depuis son téléphone ? Chez moi l’envoi reste bloqué à 90 %.',
        'Ça marche chez moi en wifi, pas en 4G.',
        'Même souci, je remonte à l’équipe intranet.',
      ],
    ],
    en: [
      'Tip: type **@** and the start of a name to mention a colleague; they get a notification. Use **#** for a hashtag everyone can follow.',
      'Can I schedule a post? Yes: "Schedule" under the composer. The publication time becomes the post’s time.',
      [
        'Lost a post you read last week? Bookmark it next time, or search for a word: search ignores accents.',
        'Did not know about accent-free search, thanks!',
      ],
      'Reactions are more than "like" now: bravo, support, insightful, curious.',
      [
        'Too many notifications? In your preferences: immediate email, daily or weekly digest, per kind of notification.',
        'The weekly digest changed my life.',
      ],
    ],
  },
  comments: {
    fr: ['Top, je partage dans mon équipe.', 'Merci pour l’astuce !'],
    en: ['Sharing with my team.', 'Thanks for the tip!'],
  },
};

/** Welcome and onboarding of newcomers. */
export const onboarding: Theme = {
  posts: {
    fr: [
      [
        'Bienvenue aux nouveaux arrivants {deMonth} ! Présentez-vous en commentaire : votre équipe, votre ville, et une chose que vos collègues ne devinent pas. #bienvenue',
        'Bonjour à tous ! À {city} depuis deux semaines, équipe commerciale, et je fais de la voile.',
        'Nouvelle recrue au marketing, et ping-pong le week-end.',
        'Bonjour ! Équipe RH, je viens de Lille et je collectionne les vieux appareils photo.',
      ],
      'Vos premiers pas : complétez votre profil, réglez vos horaires de travail, rejoignez les communautés de votre pays et de votre direction. #bienvenue',
      [
        'Petit déjeuner d’accueil le {weekday} à {time}, {room}. Vous rencontrerez la DRH et le community manager en chef.',
        'Le petit déjeuner d’accueil était top, merci.',
      ],
      'Qui fait quoi ? L’annuaire de Levain montre l’organigramme de chaque pays et direction. Pratique pour savoir à qui poser une question.',
      [
        'Je parraine {mention} pour ses premières semaines : n’hésitez pas à lui souhaiter la bienvenue !',
        'Bienvenue !',
        'Bienvenue parmi nous !',
      ],
      [
        'Question d’un nouvel arrivant : à qui demander un badge pour le parking ? Réponse : à l’accueil, avec votre attestation d’arrivée. On l’ajoute à la FAQ.',
        'Merci, j’allais justement poser la question !',
      ],
    ],
    en: [
      [
        'Welcome to everyone joining in {month}! Introduce yourself below: your team, your city, and one thing colleagues would never guess. #welcome',
        'Hello all, new in the Manchester sales team, and a keen baker.',
      ],
      'First steps: complete your profile, set your working hours, join your country’s and department’s communities.',
      'Welcome breakfast on {weekday} at {time}, {room}.',
      ['I am buddying {mention} for the first weeks: say hello!', 'Welcome aboard!'],
    ],
  },
  comments: { fr: ['Merci, très pratique pour les nouveaux.'], en: ['Really handy for newcomers, thanks.'] },
};
