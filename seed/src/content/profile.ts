import type { Theme } from './types';

/** What people write on their own profile, outside communities. */
export const profile: Theme = {
  posts: {
    fr: [
      [
        'Première semaine chez Atlas terminée : merci à toute l’équipe pour l’accueil !',
        'Bienvenue !',
        'Bienvenue dans l’équipe !',
      ],
      [
        'De retour après trois semaines de congés, la boîte de réception a survécu grâce aux communautés 😄',
        'Bon retour parmi nous !',
      ],
      [
        'Première session du parcours d’apprentissage social animée ! Merci aux participants pour leurs questions.',
        'Merci à toi, très concret.',
      ],
      [
        'Je serai au salon de {city} {weekday} : passez dire bonjour sur le stand !',
        'J’essaie de passer en fin de matinée.',
      ],
      [
        'Dix ans chez Atlas aujourd’hui. Merci à celles et ceux qui ont rendu ces années passionnantes.',
        'Félicitations 🎉',
        'Dix ans déjà ! Bravo et merci pour tout.',
      ],
      [
        'Je cherche des collègues qui ont déjà animé une communauté projet pour un retour d’expérience de 20 minutes.',
        'Avec plaisir, envoie-moi un créneau.',
      ],
      [
        'Certification « community management » obtenue ! Prochaine étape : l’appliquer dans nos communautés.',
        'Bravo 👏',
      ],
    ],
    en: [
      ['First week at Atlas done: thanks to the whole team for the warm welcome!', 'Welcome!'],
      ['Back after three weeks off, and my inbox survived thanks to the communities 😄', 'Welcome back!'],
      [
        'I will be at the {city} trade show on {weekday}: come and say hello at the stand!',
        'Will try to drop by before lunch.',
      ],
      ['Ten years at Atlas today. Thank you to everyone who made them so interesting.', 'Congratulations 🎉'],
      [
        'Looking for colleagues who have run a project community, for a 20-minute chat about what worked.',
        'Happy to, send me a slot.',
      ],
    ],
  },
  // Friendly words only: what colleagues say about a community post would not fit here.
  comments: {
    fr: ['Bravo 👏', 'Super nouvelle !', 'Merci pour le partage.'],
    en: ['Great news!', 'Thanks for sharing.'],
  },
};
