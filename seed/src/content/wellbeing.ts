import type { Theme } from './types';

/** Quality of working life: remote work, balance, the social barometer. */
export const qvt: Theme = {
  posts: {
    fr: [
      [
        'Les résultats du **baromètre social** {deLastMonth} sont tombés : {pct} % de répondants, la charge de travail reste le premier irritant. Vos réactions ? #baromètre #QVT',
        'La charge de travail, c’est aussi le nombre d’outils à surveiller en même temps.',
        'Merci pour la transparence sur les résultats.',
      ],
      [
        'Initiative de l’équipe de {city} : une « réunion debout » de 15 minutes le {weekday} matin, pas plus. Les réunions de l’après-midi ont fondu. #QVT',
        'On teste dès la semaine prochaine !',
      ],
      [
        'Télétravail : quelles sont vos astuces pour couper entre le bureau et la maison ? Chez moi, une promenade de dix minutes avant et après la journée.',
        'La promenade avant et après, je valide, ça marche vraiment.',
        'Ranger l’ordinateur dans un placard le soir. Radical.',
        'Changer de tenue, aussi bête que ça.',
      ],
      [
        'Atelier gestion du stress le {weekday} à {time}, {room}. Places limitées, inscription en commentaire. #QVT',
        'Je m’inscris pour l’atelier !',
        'Il sera proposé en visio pour les autres sites ?',
      ],
      'Bonne nouvelle : le nombre de réunions après 18 h a baissé de {pct} % depuis la charte des temps. Merci à toutes les équipes qui ont joué le jeu.',
      'Le baromètre pulse de ce mois pose trois questions, deux minutes maximum. Plus on est nombreux à répondre, plus les actions seront justes. #baromètre',
      [
        'Qui serait partant pour un groupe de course à pied le midi ? Départ du siège, 5 km tranquilles, tous niveaux.',
        'Je viens, mais plutôt le jeudi.',
        'Tous niveaux, vraiment ? Alors je viens.',
      ],
      'Merci à {mention} pour l’organisation de la semaine de la QVT : ateliers, massages et une vraie discussion sur la charge mentale.',
      [
        'Les salles de réunion libérées le vendredi après-midi deviennent des espaces calmes, sans visio. Une idée venue du baromètre. #QVT',
        'Enfin un endroit pour se concentrer.',
      ],
      'Conférence sur le sommeil et le travail le {weekday} à {time}, en {room} et en visio. Questions anonymes possibles à l’avance. #QVT',
      [
        'Proposition : bloquer un créneau sans réunion par semaine, le même pour toute l’équipe. Qui a déjà essayé ?',
        'Le mercredi matin chez nous depuis un an : on ne reviendrait pas en arrière.',
      ],
    ],
    en: [
      [
        'The **pulse survey** results for {lastMonth} are in: {pct}% answered, workload is still the top concern. Thoughts? #pulse #wellbeing',
        'Thanks for being open about the results.',
      ],
      'Tip from the {city} team: a 15-minute stand-up on {weekday} mornings and no more. Afternoon meetings have melted away.',
      [
        'Remote working: how do you switch off at the end of the day? Mine is a ten-minute walk before and after work.',
        'The walk trick really works.',
        'Laptop goes in a drawer at 6pm. Drastic but effective.',
      ],
      [
        'Stress management workshop on {weekday} at {time}, {room}. Limited places, sign up below.',
        'Count me in for the workshop!',
      ],
      'Thanks to {mention} for organising wellbeing week: workshops, massages and an honest conversation about mental load.',
      [
        'Proposal: one meeting-free slot a week, the same for the whole team. Anyone tried it?',
        'Wednesday mornings for a year now. Never going back.',
      ],
    ],
  },
  comments: {
    fr: ['Belle initiative, merci.', 'On en parle avec l’équipe au prochain point.'],
    en: ['Great initiative, thanks.'],
  },
};

/** The right to disconnect: must a CM answer 24/7? */
export const disconnect: Theme = {
  posts: {
    fr: [
      [
        'Un CM doit-il répondre 24 h/24 ? Notre position : **non**. Une question posée à 22 h attend le lendemain, sauf urgence signalée par la cellule de crise. #droitàladéconnexion',
        'Et si un client s’énerve le soir sur un réseau social externe ?',
      ],
      [
        'Astuce : Levain retient les notifications en dehors de vos horaires de travail et vous les livre au début de la journée suivante. Vérifiez vos horaires dans votre profil. #droitàladéconnexion',
        'Depuis que j’ai réglé mes horaires, je ne reçois plus rien le soir. Un vrai soulagement.',
      ],
      [
        'En 2012, un salarié traitait une centaine d’e-mails par jour. Combien en recevez-vous aujourd’hui, et combien pourraient devenir une publication dans une communauté ?',
        'Beaucoup de mails pourraient être une question dans la communauté, oui.',
        'Une soixantaine, dont la moitié en copie pour information.',
      ],
      [
        'Envoi programmé : vous pouvez écrire le soir et publier le lendemain à 9 h. Vos collègues vous remercieront. #droitàladéconnexion',
        'Je programme tout pour le lendemain matin maintenant.',
      ],
      [
        'Retour d’expérience de l’équipe de {city} : plus aucun message après 19 h depuis {lastMonth}, et personne n’a raté quoi que ce soit d’important.',
        'Et pour les équipes en décalage horaire avec le Canada ?',
      ],
      [
        'Hyperconnexion : {pct} % des répondants au baromètre disent consulter leurs messages professionnels le week-end. On en parle ?',
        'Le plus dur, c’est de ne pas vérifier « juste une fois ».',
      ],
      'Les managers montrent l’exemple : pas de message le soir, ou alors programmé. C’est la première règle de notre accord. #droitàladéconnexion',
      [
        'Vacances : pensez au message d’absence **et** à désigner un relais dans vos communautés. Personne ne doit attendre votre retour pour avoir une réponse.',
        'Bonne idée, le relais dans la communauté. Je ne l’avais jamais fait.',
      ],
    ],
    en: [
      [
        'Does a CM have to answer around the clock? Our answer: **no**. A question asked at 10pm waits for the morning, unless the crisis cell flags it. #righttodisconnect',
        'What about teams working across time zones with Canada?',
      ],
      [
        'Tip: Levain holds notifications outside your working hours and delivers them when your day starts. Check your hours on your profile.',
        'Set my hours last week: no more evening pings. What a relief.',
      ],
      'Schedule it: write in the evening, publish at 9am. Your colleagues will thank you.',
      [
        '{pct}% of survey respondents check work messages at the weekend. Shall we talk about it? #righttodisconnect',
        'The hardest part is not checking "just once".',
      ],
    ],
  },
  comments: {
    fr: ['Merci de porter le sujet.', 'Ça devrait être dans le guide des nouveaux arrivants.'],
    en: ['Thanks for raising this.'],
  },
};

/** Psychosocial-risk referents (secret): anonymised reports and the social climate. */
export const rps: Theme = {
  posts: {
    fr: [
      'Synthèse anonymisée du mois : {n} signalements, dont la moitié liés à la charge de travail pendant la clôture. Actions proposées en pièce jointe.',
      [
        'Indicateur climat social : hausse des mots « fatigue » et « urgence » dans les échanges de l’équipe de {city}. À croiser avec le baromètre avant toute conclusion.',
        'À rapprocher des réponses au baromètre, effectivement.',
      ],
      'Rappel de confidentialité : aucun nom dans cet espace, aucun détail permettant d’identifier une personne. On parle de situations, pas de personnes.',
      'Point avec la médecine du travail {weekday} à {time}. Sujets : retour de congé longue durée, accompagnement des managers.',
    ],
    en: [
      'Anonymised summary: {n} reports this month, half about workload at month end. Proposed actions attached.',
    ],
  },
  comments: { fr: ['Je prends le suivi pour la Belgique.'], en: ['I will follow up for the UK.'] },
};
