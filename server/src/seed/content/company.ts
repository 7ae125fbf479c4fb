import type { Theme } from './types';

const bilingualNews = [
      'Le replay de la plénière de {lastMonth} est en ligne : résultats, projets et questions-réponses avec la direction.\n\n*The recording of the {lastMonthEn} all-hands is online: results, projects and Q&A with the leadership team.*',
      'Bienvenue aux {n} personnes qui nous ont rejoints ce mois-ci en France, en Belgique, au Canada et au Royaume-Uni ! #bienvenue\n\n*Welcome to the {n} people who joined us this month!*',
      'Bravo à l’équipe de {city} pour le prix de l’innovation du salon régional. 🏆\n\n*Congratulations to the {city} team on the innovation award.*',
      'Le challenge solidaire a permis de récolter l’équivalent de {n} 000 repas. Merci à toutes et à tous !\n\n*Our charity challenge raised the equivalent of {n},000 meals. Thank you all!*',
      'Envie d’en parler ? La communauté !droit-a-la-deconnexion rassemble nos règles communes sur les horaires et les notifications.\n\n*The right-to-disconnect community gathers our shared rules on working hours and notifications.*',
];

/** News of the official channel, in French then English: everyone in the group reads it. */
export const official: Theme = {
  posts: { fr: bilingualNews, en: bilingualNews },
  comments: {
    fr: ['Merci pour le replay !', 'Bienvenue à tous les nouveaux !', 'Bravo à l’équipe 👏'],
    en: ['Thanks for the recording!', 'Welcome everyone!', 'Well done 👏'],
  },
};

/** Internal communication teams: editorial line, calendar, graphic charter. */
export const editorial: Theme = {
  posts: {
    fr: [
      'Calendrier éditorial de {month} : trois temps forts, {event}, les résultats du baromètre et le lancement de la nouvelle offre. Des sujets à proposer ?',
      'Circuit de validation rappelé : collecte auprès des directions, rédaction selon la **charte éditoriale**, validation hiérarchique, puis publication programmée. Comptez trois jours. #charteEditoriale',
      'La charte graphique version {n} est disponible : nouvelles couleurs, pictogrammes et gabarits de visuels pour les communautés.',
      'Ton de nos publications : on tutoie ou on vouvoie ? La charte dit vouvoiement pour les annonces, tutoiement possible dans les communautés. Avis ?',
      'Newsletter interne de {month} envoyée : {pct} % d’ouverture. Les sujets les plus lus : les portraits de collègues, de loin.',
      'Merci à {mention} pour le portrait de l’équipe de {city}, notre publication la plus commentée du trimestre.',
    ],
    en: [
      'Editorial calendar for {month}: three highlights, {event}, the pulse results and the new offer launch. Topics to suggest?',
      'Reminder of the approval flow: gather from departments, write to the **editorial charter**, get sign-off, then schedule. Allow three days.',
      'Internal newsletter for {month} is out: {pct}% open rate. Colleague portraits are by far the most read.',
      'Thanks to {mention} for the {city} team portrait, our most commented post this quarter.',
    ],
  },
  comments: {
    fr: [
      'Sujet à proposer : les coulisses de la logistique.',
      'Vouvoiement pour les annonces, d’accord, mais gardons le tutoiement ailleurs.',
      'Les gabarits sont parfaits, merci.',
      'Trois jours, c’est long pour une info chaude : on peut prévoir un circuit court ?',
    ],
    en: ['Topic idea: behind the scenes in logistics.', 'Can we have a fast track for urgent news?'],
  },
};

/** Live coverage of internal events and trade shows. */
export const events: Theme = {
  posts: {
    fr: [
      '🔴 En direct de {event} : salle comble en {room}, la présidente ouvre la journée sur la transformation digitale. #livetweet',
      '« Le CM est la levure des réseaux sociaux internes » : la phrase du jour, entendue pendant {event}. #livetweet',
      'Atelier « communautés et projets » : {n} équipes présentent leur communauté en trois minutes. Le public vote à main levée. #livetweet',
      'Photos de {event} en ligne ! Merci à {mention} pour la couverture en direct.',
      'Prochain événement couvert en direct : {event}, {weekday} à {time}. Qui veut tenir le fil avec moi ? #livetweet',
    ],
    en: [
      '🔴 Live from {event}: full house in {room}, opening keynote on the digital workplace. #livetweet',
      'Quote of the day at {event}: "Communities are where the work gets done." #livetweet',
      'Photos from {event} are up! Thanks to {mention} for the live coverage.',
    ],
  },
  comments: {
    fr: ['Merci pour le direct, je suivais depuis {city} !', 'Super ambiance 😄', 'On retrouve les slides où ?'],
    en: ['Thanks for the live thread, following from {city}!', 'Where can we find the slides?'],
  },
};

/** Life at each office: canteen, mobility, events. */
export const office: Theme = {
  posts: {
    fr: [
      'Le menu de la cantine change {weekday} : plus de plats végétariens et un bar à salades le vendredi.',
      'Afterwork {weekday} à partir de 18 h sur la terrasse. Chacun apporte un dessert de sa région !',
      'Travaux dans le hall à partir de {weekday} : entrée par la porte latérale pendant deux semaines.',
      'Covoiturage : je pars de {city} tous les matins vers 8 h, deux places libres. Intéressé·es ?',
      'Collecte de vêtements chauds jusqu’à {weekday}, carton à l’accueil. Merci pour votre générosité !',
      'Quelqu’un a oublié un parapluie bleu en {room}. Il vous attend à l’accueil ☂️',
      'Merci à {mention} pour l’organisation du tournoi de baby-foot, finale {weekday} à {time} !',
    ],
    en: [
      'Canteen menu changes on {weekday}: more vegetarian dishes and a salad bar on Fridays.',
      'Drinks on the terrace on {weekday} from 6pm. Bring a snack from your home town!',
      'Lobby works from {weekday}: please use the side entrance for two weeks.',
      'Volunteering day: {n} places left to help at the food bank next month.',
      'Someone left a blue umbrella in {room}. It is waiting at reception ☂️',
      'Thanks to {mention} for organising the table football tournament, final on {weekday} at {time}!',
    ],
  },
  comments: {
    fr: ['J’apporte une tarte au sucre !', 'Enfin le bar à salades 🙌', 'Je prends une place, merci !', 'C’est le mien, merci !'],
    en: ['I will bring flapjacks!', 'Finally a salad bar 🙌', 'Count me in!', 'That is mine, thank you!'],
  },
};

/** The French leadership team (secret): agendas and decisions. */
export const leadership: Theme = {
  posts: {
    fr: [
      'Ordre du jour du comité du {weekday} : résultats de {lastMonth}, plan de recrutement, point sur le projet intranet, questions diverses.',
      'Décision : le budget de formation des managers CM est reconduit, avec un module sur la gestion de crise.',
      'Préparation de la plénière : chaque direction présente un chiffre et une réussite, cinq minutes maximum.',
      'Résultats du baromètre à présenter aux partenaires sociaux avant diffusion générale. Qui prépare la synthèse ?',
    ],
    en: [],
  },
  comments: {
    fr: ['Je prépare la synthèse pour {weekday}.', 'D’accord pour les cinq minutes, c’est sain.'],
    en: [],
  },
};
