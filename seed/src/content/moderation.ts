import type { Theme } from './types';

/** Ambassadors of the behaviour charter and the social-media guide. */
export const moderation: Theme = {
  posts: {
    fr: [
      [
        'Cas concret : dans une communauté, un membre publie des propos déplacés sur un collègue absent. On masque, on retire, ou on répond ? Je propose : masquer en attendant, puis retirer en **citant l’article de la charte**. #charte',
        'Masquer d’abord, oui : ça laisse le temps de parler à l’auteur.',
        'Et on prévient le collègue concerné ? Je pencherais pour oui.',
      ],
      [
        'Pourquoi citer la charte quand on retire un message ? Pour éviter l’**effet Streisand** : une suppression sans explication fait plus de bruit que le message lui-même.',
        'Le passage sur l’effet Streisand devrait être dans la formation des nouveaux animateurs.',
      ],
      [
        'Rappel de la charte de comportement : on critique des idées, jamais des personnes ; pas de données clients ; pas de propos discriminatoires. Le reste, on en discute. #charte',
        'On pourrait ajouter un exemple de réponse type dans la charte ?',
      ],
      'Trolls, nouveaux venus, influenceurs : on ne répond pas à tout le monde de la même façon. Petit guide en trois questions : qui parle ? faut-il répondre ? en public ou en privé ?',
      [
        'Question reçue cette semaine : « Puis-je partager une publication interne sur LinkedIn ? » Réponse du guide des médias sociaux : oui si elle est publique et sans information client, en gardant le ton de la charte éditoriale.',
        'Et pour une photo d’événement interne ?',
      ],
      'Merci à {mention} d’avoir désamorcé la discussion tendue sur les places de parking : une réponse posée, les faits, et une proposition de suite. Exemplaire.',
      'Atelier charte le {weekday} à {time} en {room} : on relit ensemble les cas de modération du trimestre, anonymisés.',
      [
        'Un collègue avait interpellé sèchement quelqu’un dans un fil. On a hésité à retirer, puis laissé : la réponse, pleine de tact, a relancé un échange passionnant. Modérer, ce n’est pas toujours supprimer.',
        'Bel exemple. Mais il faut être sûr que la personne visée veut bien répondre.',
      ],
    ],
    en: [
      'Real case: a member posts unkind remarks about an absent colleague. Hide, remove or answer? My take: hide first, then remove **quoting the charter article**. #charter',
      'Why quote the charter when removing a post? To avoid the Streisand effect: an unexplained removal makes more noise than the post itself.',
      [
        'Charter reminder: criticise ideas, never people; no customer data; nothing discriminatory. Everything else is open for discussion.',
        'Could the charter include a sample answer?',
      ],
      'Question of the week: "Can I share an internal post on LinkedIn?" The social-media guide says yes if it is public and contains no customer information.',
      'Thanks to {mention} for calming the heated parking thread: facts, a calm tone and a next step. Textbook.',
    ],
  },
  comments: {
    fr: ['Très clair, je relaie dans mon équipe.', 'Merci, je garde ça pour mes prochaines modérations.'],
    en: ['Very clear, sharing with my team.'],
  },
};

/** The crisis cell (secret): every answer validated, the CM never alone. */
export const crisis: Theme = {
  posts: {
    fr: [
      [
        'Point de situation {time} : la vidéo du client mécontent de {city} dépasse les {n} 000 vues. Aucune réponse publique avant validation de la cellule. Protocole Tramontane activé. #badbuzz',
        'Les délégués du personnel ont reçu la note à {time}.',
      ],
      [
        'Proposition de réponse à valider : « Nous avons bien vu votre message et nous vous contactons aujourd’hui pour trouver une solution. » Relecture juridique et direction avant publication.',
        'Validé côté juridique, vous pouvez publier.',
        'Attention au mot « incident », la presse le reprendra tel quel.',
      ],
      'Cartographie des influenceurs mise à jour : trois comptes relaient, un seul est vraiment lu. On ne répond qu’au message d’origine.',
      'Signaux faibles de la semaine : hausse des mentions négatives sur les délais de livraison à {city}. Pas de crise, mais on surveille. Veille renforcée jusqu’à {weekday}.',
      'Ne pas oublier les acteurs internes : les partenaires sociaux et les équipes terrain doivent être informés **avant** la presse. Note interne en préparation.',
      'Bilan de l’exercice de crise {deLastMonth} : alerte donnée en 25 minutes, première réponse validée en 2 h 10. Objectif : moins d’une heure. #exercice',
      [
        'Décision : on laisse la discussion s’éteindre d’elle-même, elle ne prend plus. On reste en veille 48 h.',
        'D’accord pour laisser retomber. On garde la réponse prête au cas où.',
      ],
    ],
    en: [
      'Status at {time}: the video from the unhappy customer in {city} is past {n},000 views. No public answer before the cell validates. Tramontane protocol on.',
      [
        'Draft answer for validation: "We have seen your message and will contact you today to find a solution."',
        'Legal approves, go ahead.',
      ],
      'Weak signals this week: more negative mentions about delivery times. Not a crisis yet, monitoring until {weekday}.',
    ],
  },
  comments: { fr: ['Bien reçu.', 'Je reste joignable jusqu’à 20 h.'], en: ['Noted.'] },
};

/** Press relations: releases, coverage and journalist requests, validated before they go out. */
export const press: Theme = {
  posts: {
    fr: [
      [
        'Communiqué sur le partenariat avec {client} : version 3 en relecture, validation direction attendue {weekday}. Merci de ne rien publier avant l’embargo.',
        'Relu, deux coquilles corrigées.',
        'L’embargo tombe à quelle heure exactement ?',
      ],
      'Retombées {deLastMonth} : {n} articles, dont deux dans la presse nationale. La revue de presse complète est dans les fichiers. #revuedepresse',
      [
        'Demande d’une journaliste de {city} sur le télétravail chez Atlas. Qui aurait un témoignage à proposer ? Réponse attendue sous 48 h.',
        'Je peux témoigner, j’ai changé d’organisation il y a six mois.',
      ],
      'Rappel : toute sollicitation de journaliste passe par les relations presse, même pour « juste une question ». On vous aide à préparer la réponse.',
      'Le dossier de presse {deEvent} est prêt. Merci à {mention} pour les visuels, validés avec la charte graphique.',
    ],
    en: [
      'Press release about the {client} partnership is in review; management sign-off expected {weekday}.',
    ],
  },
  comments: { fr: ['Merci pour le suivi.'], en: ['Thanks for the follow-up.'] },
};
