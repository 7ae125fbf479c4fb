import type { PostTemplate, Theme } from './types';

const bilingualNews: PostTemplate[] = [
  [
    'Le replay de la plénière {deLastMonth} est en ligne : résultats, projets et questions-réponses avec la direction.\n\n*The recording of the {lastMonthEn} all-hands is online: results, projects and Q&A with the leadership team.*',
    'Merci pour le replay !',
    'Thanks for the recording!',
  ],
  [
    'Bienvenue aux {n} personnes qui nous ont rejoints ce mois-ci en France, en Belgique, au Canada et au Royaume-Uni ! #bienvenue\n\n*Welcome to the {n} people who joined us this month!*',
    'Bienvenue à toutes et à tous !',
    'Welcome everyone!',
  ],
  [
    'Bravo à l’équipe de {city} pour le prix de l’innovation du salon régional. 🏆\n\n*Congratulations to the {city} team on the innovation award.*',
    'Bravo à toute l’équipe 👏',
    'Well deserved, congratulations!',
  ],
  [
    'Le challenge solidaire a permis de récolter l’équivalent de {n} 000 repas. Merci à toutes et à tous !\n\n*Our charity challenge raised the equivalent of {n},000 meals. Thank you all!*',
    'Fier de faire partie de cette aventure.',
    'Great result, well done everyone!',
  ],
  'Envie d’en parler ? La communauté !droit-a-la-deconnexion rassemble nos règles communes sur les horaires et les notifications.\n\n*The right-to-disconnect community gathers our shared rules on working hours and notifications.*',
  [
    'Le rapport RSE de l’année est publié : émissions en baisse de {pct} % sur nos sites, et {n} associations soutenues par nos équipes.\n\n*Our CSR report is out: emissions down {pct}% across our sites, and {n} charities supported by our teams.*',
    'Beau chemin parcouru, merci pour la transparence.',
  ],
  [
    'Nos bureaux de Montréal déménagent le mois prochain : plus lumineux, plus près du métro, avec un espace pour les événements.\n\n*Our Montreal office moves next month: brighter, closer to the metro, with an events space.*',
    'Hâte de voir les nouveaux locaux !',
    'Can’t wait to visit!',
  ],
  [
    'Levain passe le cap des {n}0 communautés actives. Merci aux animatrices et animateurs qui les font vivre !\n\n*Levain now has over {n}0 active communities. Thank you to everyone who runs them!*',
    'Merci à tous les animateurs 🙌',
  ],
  [
    'Le programme de mentorat ouvre ses inscriptions : mentors et mentorés, tous pays confondus, jusqu’à la fin du mois.\n\n*Mentoring programme sign-ups are open to mentors and mentees in every country until the end of the month.*',
    'Je m’inscris comme mentor !',
    'Signed up as a mentee, thanks!',
  ],
  [
    'Semaine de la sécurité informatique : un quiz de cinq minutes, et un rappel des bons réflexes face aux e-mails suspects.\n\n*IT security week: a five-minute quiz and a reminder of good habits with suspicious emails.*',
    '8/10 au quiz, peut mieux faire 😅',
  ],
];

/** News of the official channel, in French then English: everyone in the group reads it. */
export const official: Theme = {
  posts: { fr: bilingualNews, en: bilingualNews },
  comments: {
    fr: ['Merci pour l’information.', 'Bien noté, merci.'],
    en: ['Thanks for the update.', 'Noted, thanks.'],
  },
};

/** Internal communication teams: editorial line, calendar, graphic charter. */
export const editorial: Theme = {
  posts: {
    fr: [
      [
        'Calendrier éditorial {deMonth} : trois temps forts, {event}, les résultats du baromètre et le lancement de la nouvelle offre. Des sujets à proposer ?',
        'Sujet à proposer : les coulisses de la logistique.',
      ],
      [
        'Circuit de validation rappelé : collecte auprès des directions, rédaction selon la **charte éditoriale**, validation hiérarchique, puis publication programmée. Comptez trois jours. #charteEditoriale',
        'Trois jours, c’est long pour une info chaude : on peut prévoir un circuit court ?',
      ],
      [
        'La charte graphique version {n} est disponible : nouvelles couleurs, pictogrammes et gabarits de visuels pour les communautés.',
        'Les gabarits sont parfaits, merci.',
      ],
      [
        'Ton de nos publications : on tutoie ou on vouvoie ? La charte dit vouvoiement pour les annonces, tutoiement possible dans les communautés. Avis ?',
        'Vouvoiement pour les annonces, d’accord, mais gardons le tutoiement ailleurs.',
      ],
      'Newsletter interne {deMonth} envoyée : {pct} % d’ouverture. Les sujets les plus lus : les portraits de collègues, de loin.',
      'Merci à {mention} pour le portrait de l’équipe de {city}, notre publication la plus commentée du trimestre.',
    ],
    en: [
      [
        'Editorial calendar for {month}: three highlights, {event}, the pulse results and the new offer launch. Topics to suggest?',
        'Topic idea: behind the scenes in logistics.',
      ],
      [
        'Reminder of the approval flow: gather from departments, write to the **editorial charter**, get sign-off, then schedule. Allow three days.',
        'Can we have a fast track for urgent news?',
      ],
      'Internal newsletter for {month} is out: {pct}% open rate. Colleague portraits are by far the most read.',
      'Thanks to {mention} for the {city} team portrait, our most commented post this quarter.',
    ],
  },
  comments: { fr: ['Merci pour le travail de coordination.'], en: ['Thanks for coordinating.'] },
};

/** Live coverage of internal events and trade shows. */
export const events: Theme = {
  posts: {
    fr: [
      '🔴 En direct {deEvent} : salle comble en {room}, la présidente ouvre la journée sur la transformation digitale. #livetweet',
      '« Le CM est la levure des réseaux sociaux internes » : la phrase du jour, entendue pendant {event}. #livetweet',
      'Atelier « communautés et projets » : {n} équipes présentent leur communauté en trois minutes. Le public vote à main levée. #livetweet',
      ['Photos {deEvent} en ligne ! Merci à {mention} pour la couverture en direct.', 'Super ambiance 😄'],
      'Prochain événement couvert en direct : {event}, {weekday} à {time}. Qui veut tenir le fil avec moi ? #livetweet',
    ],
    en: [
      '🔴 Live from {event}: full house in {room}, opening keynote on the digital workplace. #livetweet',
      'Quote of the day at {event}: "Communities are where the work gets done." #livetweet',
      'Photos from {event} are up! Thanks to {mention} for the live coverage.',
    ],
  },
  comments: {
    fr: ['Merci pour le direct, je suivais depuis {city} !', 'On retrouve les slides où ?'],
    en: ['Thanks for the live thread, following from {city}!', 'Where can we find the slides?'],
  },
};

/** Life at each office: canteen, mobility, events. */
export const office: Theme = {
  posts: {
    fr: [
      [
        'Le menu de la cantine change {weekday} : plus de plats végétariens et un bar à salades le vendredi.',
        'Enfin le bar à salades 🙌',
      ],
      [
        'Afterwork {weekday} à partir de 18 h sur la terrasse. Chacun apporte une spécialité de sa région !',
        'J’apporte une tarte au sucre !',
        'Des rillettes pour moi.',
      ],
      'Travaux dans le hall à partir de {weekday} : entrée par la porte latérale pendant deux semaines.',
      [
        'Covoiturage : je pars de {city} tous les matins vers 8 h, deux places libres. Intéressés ?',
        'Je prends une place à partir de lundi, merci !',
      ],
      'Collecte de vêtements chauds jusqu’à {weekday}, carton à l’accueil. Merci pour votre générosité !',
      [
        'Quelqu’un a oublié un parapluie bleu en {room}. Il vous attend à l’accueil ☂️',
        'C’est le mien, merci !',
      ],
      'Merci à {mention} pour l’organisation du tournoi de baby-foot, finale {weekday} à {time} !',
      ['La fontaine à eau du 2e est réparée. Merci pour vos signalements !', 'Merci, c’était long 😅'],
      [
        'Vélos : le local du sous-sol a désormais six prises pour recharger les vélos électriques.',
        'Parfait, je vais pouvoir venir en vélo tous les jours.',
      ],
      'Don du sang {weekday} de 9 h à 16 h, en {room}. Pensez à bien manger avant !',
      [
        'Cours de yoga le midi, le {weekday}, en {room}. Tapis fournis, débutants bienvenus.',
        'Inscription où ?',
        'Super, enfin le retour du yoga !',
      ],
      'Photo de groupe pour le rapport annuel {weekday} à 12 h 30 devant l’entrée. Sourire obligatoire 📸',
    ],
    en: [
      [
        'Canteen menu changes on {weekday}: more vegetarian dishes and a salad bar on Fridays.',
        'Finally a salad bar 🙌',
      ],
      [
        'Drinks on the terrace on {weekday} from 6pm. Bring a snack from your home town!',
        'I will bring flapjacks!',
      ],
      'Lobby works from {weekday}: please use the side entrance for two weeks.',
      ['Volunteering day: {n} places left to help at the food bank next month.', 'Count me in!'],
      ['Someone left a blue umbrella in {room}. It is waiting at reception ☂️', 'That is mine, thank you!'],
      'Thanks to {mention} for organising the table football tournament, final on {weekday} at {time}!',
      [
        'Bike room update: six new charging points for e-bikes in the basement.',
        'Brilliant, cycling in every day now.',
      ],
      ['Lunchtime yoga on {weekday} in {room}. Mats provided, beginners welcome.', 'Where do I sign up?'],
      'Blood donation session on {weekday}, 9am to 4pm in {room}. Have a good breakfast first!',
    ],
  },
  comments: { fr: ['Merci pour l’info !', 'Top 👍'], en: ['Thanks for the heads-up!', 'Great 👍'] },
};

/** The French leadership team (secret): agendas and decisions. */
export const leadership: Theme = {
  posts: {
    fr: [
      'Ordre du jour du comité du {weekday} : résultats {deLastMonth}, plan de recrutement, point sur le projet intranet, questions diverses.',
      'Décision : le budget de formation des managers CM est reconduit, avec un module sur la gestion de crise.',
      [
        'Préparation de la plénière : chaque direction présente un chiffre et une réussite, cinq minutes maximum.',
        'D’accord pour les cinq minutes, c’est sain.',
      ],
      [
        'Résultats du baromètre à présenter aux partenaires sociaux avant diffusion générale. Qui prépare la synthèse ?',
        'Je prépare la synthèse pour {weekday}.',
      ],
    ],
    en: [],
  },
  comments: { fr: ['Noté.'], en: [] },
};
