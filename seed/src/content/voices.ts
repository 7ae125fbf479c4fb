import { hr, marketing, sales, veille } from './business';
import { editorial, events, leadership, office, official } from './company';
import type { CountryCode } from './fills';
import { crisis, moderation, press } from './moderation';
import { board, cmNetwork, learning } from './network';
import type { Lang, Theme } from './types';
import { disconnect, qvt, rps } from './wellbeing';
import { intranet, onboarding, workplace } from './workplace';

/**
 * How a community speaks: what about, and in which language. "mixed": each author writes in
 * their own language (group-wide and bilingual Canadian communities).
 */
export type Voice = { themes: Theme[]; lang: Lang | 'mixed'; country?: CountryCode; posts?: number };

const fr = (themes: Theme[], country: CountryCode = 'fr', posts?: number): Voice => ({
  themes,
  lang: 'fr',
  country,
  posts,
});
const en = (themes: Theme[]): Voice => ({ themes, lang: 'en', country: 'uk' });
const mixed = (themes: Theme[], country?: CountryCode): Voice => ({ themes, lang: 'mixed', country });

/** Every demo community by slug. */
export const voices: Record<string, Voice> = {
  'annonces-groupe-atlas': { themes: [official], lang: 'mixed', posts: 10 },
  'reseau-des-cm-groupe-atlas': mixed([cmNetwork, board, learning]),
  'apprentissage-social-animer-une-communaute': mixed([learning, moderation]),
  'protocoles-de-crise': mixed([crisis]),
  'tableau-de-bord-digital-reporting-mensuel': mixed([board]),
  'ambassadeurs-de-la-charte': mixed([moderation]),
  'projet-intranet-2027': mixed([intranet]),
  'digital-workplace-aide-et-astuces': mixed([workplace, intranet]),
  'qualite-de-vie-au-travail': mixed([qvt]),
  'droit-a-la-deconnexion': mixed([disconnect]),
  'veille-concurrentielle': mixed([veille]),
  'ecoute-rps-referents': mixed([rps]),
  'live-tweet-des-evenements': mixed([events]),
  'bienvenue-chez-atlas-onboarding': mixed([onboarding]),
  'reseau-des-cm-france': fr([cmNetwork, editorial]),
  'reseau-des-cm-belgique': fr([cmNetwork, editorial], 'be'),
  'reseau-des-cm-canada': mixed([cmNetwork, editorial], 'ca'),
  'cm-network-uk': en([cmNetwork, editorial]),
  'vie-du-site-paris': fr([office]),
  'bruxelles-vie-du-bureau': fr([office], 'be'),
  'montreal-toronto': mixed([office], 'ca'),
  'london-office': en([office]),
  'marketing-digital-veille': fr([marketing, veille]),
  'communication-interne-france': fr([editorial, events]),
  'relations-presse': fr([press]),
  'rh-france-recrutement': fr([hr, onboarding]),
  'commercial-france-grands-comptes': fr([sales]),
  'ventes-regions': fr([sales]),
  'marketing-belgique': fr([marketing], 'be'),
  'communication-belgique': fr([editorial, press], 'be'),
  'ventes-benelux': fr([sales], 'be'),
  'marketing-numerique-canada': mixed([marketing], 'ca'),
  'communication-canada': mixed([editorial, events], 'ca'),
  'ventes-quebec-ontario': mixed([sales], 'ca'),
  'rh-canada': mixed([hr, onboarding], 'ca'),
  'digital-marketing-uk': en([marketing, veille]),
  'internal-comms-uk': en([editorial, events]),
  'uk-sales-key-accounts': en([sales]),
  'hr-uk': en([hr, onboarding]),
  'comite-de-direction-france': fr([leadership]),
  'lancement-atlas-flow-plan-marketing': fr([marketing], 'fr', 4),
  'refonte-du-site-carrieres': fr([hr], 'fr', 3),
  'salon-retail-tech-2026': fr([sales], 'fr', 3),
};
