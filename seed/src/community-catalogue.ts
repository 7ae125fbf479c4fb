/**
 * The demo communities of Groupe Atlas, drawn from the situations of the source documents:
 * the CM network (one manager-CM per country × direction), social learning, monitoring,
 * the charter, the digital board, the crisis cell, quality of working life.
 *
 * People are named by selectors: an email, or "head:<org unit code>" for the head of that unit.
 * Communities of each country are in community-catalogue-local.ts.
 */
export type CommunitySeed = {
  name: string;
  description: string;
  kind: 'topic' | 'project' | 'learning' | 'official';
  visibility: 'public' | 'private' | 'secret';
  joinPolicy: 'open' | 'request' | 'invitation';
  requiresApproval?: boolean;
  /** Org units it belongs to (codes). */
  orgUnits?: string[];
  owner: string;
  animators?: string[];
  /** Each person of these units (sub-units included) is a member with this probability… */
  audience?: { units: string[]; share: number };
  /** …and each colleague from anywhere else with this one. */
  reach?: number;
  members?: string[];
  requested?: string[];
  invited?: string[];
  /** Name of the community it sits under. */
  parent?: string;
};

export const countries = ['fr', 'be', 'ca', 'uk'] as const;
const directions = ['communication', 'marketing', 'hr', 'sales'] as const;
const directionHeads = countries.flatMap((c) => directions.map((d) => `head:${c}-${d}`));
export const heads = (country: string) => directions.map((d) => `head:${country}-${d}`);

export const CM_NETWORK = 'Réseau des CM – Groupe Atlas';

export const groupWide: CommunitySeed[] = [
  {
    name: 'Annonces Groupe Atlas',
    description:
      'La chaîne officielle du Groupe : décisions, nominations, résultats. Les annonces importantes sont à lire et à confirmer.',
    kind: 'official',
    visibility: 'public',
    joinPolicy: 'open',
    requiresApproval: true,
    orgUnits: ['atlas'],
    owner: 'admin@atlas.example',
    animators: ['cm@atlas.example', 'rh@atlas.example'],
    audience: { units: ['atlas'], share: 1 },
  },
  {
    name: CM_NETWORK,
    description:
      'Le réseau des managers CM de chaque pays et direction, animé par le community manager en chef : rituels, entraide, partage de bonnes pratiques.',
    kind: 'topic',
    visibility: 'private',
    joinPolicy: 'request',
    orgUnits: ['atlas'],
    owner: 'cm@atlas.example',
    members: directionHeads,
    requested: ['employe@atlas.example'],
  },
  {
    name: 'Apprentissage social : animer une communauté',
    description:
      'Parcours d’apprentissage social pour les managers CM : faire vivre une communauté, susciter les échanges, modérer avec la charte, mesurer l’engagement.',
    kind: 'learning',
    visibility: 'public',
    joinPolicy: 'open',
    owner: 'cm@atlas.example',
    members: directionHeads,
    reach: 0.12,
  },
  {
    name: 'Protocoles de crise',
    description:
      'Préparer la gestion de crise et du bad buzz : protocoles, exercices, acteurs identifiés, signaux d’alerte. Les incidents eux-mêmes se gèrent dans la cellule de crise du réseau des CM.',
    kind: 'topic',
    visibility: 'secret',
    joinPolicy: 'invitation',
    owner: 'admin@atlas.example',
    animators: ['cm@atlas.example'],
    members: ['rh@atlas.example', ...countries.map((c) => `head:${c}-communication`)],
  },
  {
    name: 'Tableau de bord digital – reporting mensuel',
    description:
      'Indicateurs du mois par communauté : portée, taux d’engagement, nombre de discussions, faits marquants et recommandations.',
    kind: 'project',
    visibility: 'private',
    joinPolicy: 'request',
    owner: 'cm@atlas.example',
    members: [...directionHeads.filter((_, i) => i % 2 === 0), 'admin@atlas.example'],
    parent: CM_NETWORK,
  },
  {
    name: 'Ambassadeurs de la charte',
    description:
      'Les ambassadeurs de la charte de comportement et du guide des médias sociaux : questions, cas concrets, relais dans les équipes.',
    kind: 'topic',
    visibility: 'private',
    joinPolicy: 'request',
    owner: 'cm@atlas.example',
    reach: 0.06,
    parent: CM_NETWORK,
  },
  {
    name: 'Projet Intranet 2027',
    description:
      'La refonte de l’intranet en digital workplace : ateliers utilisateurs, socialisation des process, plan de migration des contenus.',
    kind: 'project',
    visibility: 'private',
    joinPolicy: 'invitation',
    owner: 'admin@atlas.example',
    animators: ['cm@atlas.example'],
    members: ['manager@atlas.example', 'head:fr-communication', 'head:uk-communication'],
    invited: ['employe@atlas.example', 'employee@atlas.example'],
  },
  {
    name: 'Digital workplace – aide et astuces',
    description: 'Questions sur Levain et les outils collaboratifs : on s’entraide, on partage ses astuces.',
    kind: 'topic',
    visibility: 'public',
    joinPolicy: 'open',
    owner: 'admin@atlas.example',
    reach: 0.35,
  },
  {
    name: 'Qualité de vie au travail',
    description:
      'QVT : télétravail, équilibre des temps, initiatives des équipes. Les résultats du baromètre social y sont commentés.',
    kind: 'topic',
    visibility: 'public',
    joinPolicy: 'open',
    owner: 'rh@atlas.example',
    animators: countries.map((c) => `head:${c}-hr`),
    reach: 0.3,
  },
  {
    name: 'Droit à la déconnexion',
    description:
      'Un CM doit-il répondre 24 h/24 ? Nos règles communes sur les horaires, les notifications et l’hyperconnexion.',
    kind: 'topic',
    visibility: 'public',
    joinPolicy: 'open',
    owner: 'rh@atlas.example',
    reach: 0.2,
  },
  {
    name: 'Veille concurrentielle',
    description:
      'Veille métier, secteur, concurrents et e-réputation : alertes, synthèses et signaux faibles, partagés entre marketing et commercial.',
    kind: 'topic',
    visibility: 'private',
    joinPolicy: 'request',
    owner: 'head:fr-marketing',
    audience: { units: ['fr-marketing', 'be-marketing', 'ca-marketing', 'uk-marketing'], share: 0.4 },
    requested: ['employee@atlas.example'],
  },
  {
    name: 'Écoute RPS – référents',
    description:
      'Espace confidentiel des référents risques psychosociaux : signalements anonymisés, suivi des actions, climat social.',
    kind: 'topic',
    visibility: 'secret',
    joinPolicy: 'invitation',
    owner: 'rh@atlas.example',
    members: countries.map((c) => `head:${c}-hr`),
  },
  {
    name: 'Live-tweet des événements',
    description:
      'Couverture en direct de nos événements internes et salons, ouverte à tous : photos, citations, hashtags.',
    kind: 'topic',
    visibility: 'public',
    joinPolicy: 'open',
    owner: 'head:fr-communication',
    reach: 0.15,
  },
  {
    name: 'Bienvenue chez Atlas – onboarding',
    description: 'Pour les nouveaux arrivants : premiers pas, qui fait quoi, les communautés à rejoindre.',
    kind: 'learning',
    visibility: 'public',
    joinPolicy: 'open',
    owner: 'rh@atlas.example',
    reach: 0.1,
  },
];
