import type { Theme } from './types';

/** What people write on their own profile, outside communities. */
export const profile: Theme = {
  posts: {
    fr: [
      'Première semaine chez Atlas terminée : merci à toute l’équipe pour l’accueil !',
      'De retour après trois semaines de congés, la boîte de réception a survécu grâce aux communautés 😄',
      'Première session du parcours d’apprentissage social animée ! Merci aux participants pour leurs questions.',
      'Je serai au salon de {city} {weekday} : passez dire bonjour sur le stand !',
      'Dix ans chez Atlas aujourd’hui. Merci à celles et ceux qui ont rendu ces années passionnantes.',
      'Je cherche des collègues qui ont déjà animé une communauté projet pour un retour d’expérience de 20 minutes.',
      'Certification « community management » obtenue ! Prochaine étape : l’appliquer dans nos communautés.',
    ],
    en: [
      'First week at Atlas done: thanks to the whole team for the warm welcome!',
      'Back after three weeks off, and my inbox survived thanks to the communities 😄',
      'I will be at the {city} trade show on {weekday}: come and say hello at the stand!',
      'Ten years at Atlas today. Thank you to everyone who made them so interesting.',
      'Looking for colleagues who have run a project community, for a 20-minute chat about what worked.',
    ],
  },
  comments: {
    fr: ['Bienvenue !', 'Bon retour parmi nous !', 'Félicitations 🎉', 'Bravo et merci pour tout !'],
    en: ['Welcome!', 'Welcome back!', 'Congratulations 🎉'],
  },
};
