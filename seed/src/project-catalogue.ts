import type { CommunitySeed } from './community-catalogue';

type Weather = 'on_track' | 'at_risk' | 'late' | 'done';

/** A project's facts, tasks and weather history; days count from the seed's clock. */
export type ProjectSeed = {
  community: string;
  goal: string;
  owner: string;
  sponsor: string;
  startDay: number;
  endDay: number;
  /** Oldest first: the last one is the project's weather now. */
  updates: {
    day: number;
    author: string;
    weather: Weather;
    reason: string;
    done: string;
    next: string;
    help?: string;
  }[];
  milestones: { title: string; day: number; done?: boolean }[];
  tasks: {
    title: string;
    assignee?: string;
    day?: number;
    status: 'todo' | 'doing' | 'done';
    description?: string;
  }[];
};

/** The project communities the demo adds to the catalogue: Thomas's launch plan among them. */
export const projectCommunities: CommunitySeed[] = [
  {
    name: 'Lancement Atlas Flow – plan marketing',
    description:
      'Le plan marketing du lancement d’Atlas Flow : messages, contenus, salon, campagne digitale. Météo, jalons et tâches de l’équipe.',
    kind: 'project',
    visibility: 'private',
    joinPolicy: 'request',
    orgUnits: ['fr-marketing'],
    owner: 'manager@atlas.example',
    animators: ['cm@atlas.example'],
    members: ['employe@atlas.example', 'head:fr-communication', 'head:fr-sales'],
  },
  {
    name: 'Refonte du site carrières',
    description: 'Le nouveau site carrières : témoignages de collaborateurs, offres, parcours candidat.',
    kind: 'project',
    visibility: 'public',
    joinPolicy: 'open',
    orgUnits: ['fr-hr', 'fr-marketing'],
    owner: 'rh@atlas.example',
    members: ['employe@atlas.example', 'head:fr-hr'],
  },
  {
    name: 'Salon Retail Tech 2026',
    description: 'Notre stand au salon Retail Tech : scénographie, démonstrations, rendez-vous clients.',
    kind: 'project',
    visibility: 'public',
    joinPolicy: 'open',
    orgUnits: ['fr-marketing', 'fr-sales'],
    owner: 'head:fr-sales',
    members: ['manager@atlas.example'],
  },
];

export const projectCatalogue: ProjectSeed[] = [
  {
    community: 'Lancement Atlas Flow – plan marketing',
    goal: 'Faire connaître Atlas Flow à nos clients et à nos équipes commerciales d’ici la fin du trimestre.',
    owner: 'manager@atlas.example',
    sponsor: 'admin@atlas.example',
    startDay: -60,
    endDay: 75,
    updates: [
      {
        day: -45,
        author: 'manager@atlas.example',
        weather: 'on_track',
        reason: 'Cadrage validé',
        done: 'Cadrage du plan avec la direction commerciale.',
        next: 'Messages clés et calendrier des contenus.',
      },
      {
        day: -20,
        author: 'manager@atlas.example',
        weather: 'late',
        reason: 'Vidéo de démonstration en retard chez le prestataire',
        done: 'Messages clés validés, page produit rédigée.',
        next: 'Relancer le prestataire vidéo, préparer la campagne.',
        help: 'Un relecteur côté produit pour la page.',
      },
      {
        day: -3,
        author: 'manager@atlas.example',
        weather: 'at_risk',
        reason: 'Campagne digitale à caler avant le salon',
        done: 'Vidéo livrée, lancement présenté en direct.',
        next: 'Campagne digitale et kit commercial.',
        help: 'Des témoignages clients pour la campagne.',
      },
    ],
    milestones: [
      { title: 'Messages clés validés', day: -30, done: true },
      { title: 'Lancement en direct', day: 0, done: true },
      { title: 'Kit commercial livré', day: -2 },
      { title: 'Campagne digitale en ligne', day: 20 },
    ],
    tasks: [
      { title: 'Rédiger la page produit', assignee: 'employe@atlas.example', day: -25, status: 'done' },
      {
        title: 'Kit commercial : argumentaire et FAQ',
        assignee: 'employe@atlas.example',
        day: -4,
        status: 'doing',
        description: 'Argumentaire d’une page, **FAQ** des dix premières questions clients.',
      },
      { title: 'Posts de la campagne LinkedIn', assignee: 'employe@atlas.example', day: -1, status: 'todo' },
      { title: 'Newsletter clients de lancement', assignee: 'employe@atlas.example', day: 9, status: 'todo' },
      { title: 'Recueillir trois témoignages clients', assignee: 'head:fr-sales', day: 12, status: 'todo' },
      {
        title: 'Brief de l’agence pour la campagne',
        assignee: 'manager@atlas.example',
        day: 3,
        status: 'doing',
      },
      { title: 'Plan média', status: 'todo' },
    ],
  },
  {
    community: 'Refonte du site carrières',
    goal: 'Un site carrières qui donne la parole aux collaborateurs.',
    owner: 'rh@atlas.example',
    sponsor: 'head:fr-hr',
    startDay: -90,
    endDay: 30,
    updates: [
      {
        day: -10,
        author: 'rh@atlas.example',
        weather: 'late',
        reason: 'Les témoignages vidéo ne sont pas tournés',
        done: 'Maquettes validées.',
        next: 'Tournage des témoignages.',
        help: 'Des volontaires pour témoigner.',
      },
    ],
    milestones: [
      { title: 'Maquettes validées', day: -40, done: true },
      { title: 'Témoignages tournés', day: -7 },
    ],
    tasks: [
      {
        title: 'Relire les fiches métiers marketing',
        assignee: 'employe@atlas.example',
        day: -6,
        status: 'todo',
      },
      { title: 'Planifier le tournage', assignee: 'rh@atlas.example', day: 5, status: 'doing' },
    ],
  },
  {
    community: 'Salon Retail Tech 2026',
    goal: 'Rencontrer 80 clients et prospects sur le stand.',
    owner: 'head:fr-sales',
    sponsor: 'manager@atlas.example',
    startDay: -120,
    endDay: -15,
    updates: [
      {
        day: -14,
        author: 'head:fr-sales',
        weather: 'done',
        reason: '92 rendez-vous tenus',
        done: 'Salon tenu, contacts transmis aux commerciaux.',
        next: 'Bilan partagé dans la communauté.',
      },
    ],
    milestones: [{ title: 'Stand monté', day: -17, done: true }],
    tasks: [{ title: 'Bilan des rendez-vous', assignee: 'manager@atlas.example', day: -16, status: 'done' }],
  },
  {
    community: 'Projet Intranet 2027',
    goal: 'Passer de l’intranet vitrine à une digital workplace sociale.',
    owner: 'admin@atlas.example',
    sponsor: 'rh@atlas.example',
    startDay: -30,
    endDay: 240,
    updates: [
      {
        day: -8,
        author: 'admin@atlas.example',
        weather: 'on_track',
        reason: 'Ateliers utilisateurs lancés',
        done: 'Trois ateliers utilisateurs.',
        next: 'Cartographie des contenus à migrer.',
      },
    ],
    milestones: [{ title: 'Cartographie des contenus', day: 25 }],
    tasks: [{ title: 'Synthèse des ateliers', assignee: 'manager@atlas.example', day: 6, status: 'doing' }],
  },
  {
    community: 'Tableau de bord digital – reporting mensuel',
    goal: 'Chaque mois, les indicateurs par communauté et leurs recommandations.',
    owner: 'cm@atlas.example',
    sponsor: 'admin@atlas.example',
    startDay: -200,
    endDay: 165,
    updates: [
      {
        day: -5,
        author: 'cm@atlas.example',
        weather: 'on_track',
        reason: 'Rapport du mois publié',
        done: 'Rapport publié.',
        next: 'Indicateurs du mois prochain.',
      },
    ],
    milestones: [{ title: 'Rapport de fin d’année', day: 28 }],
    tasks: [
      { title: 'Collecter les chiffres du mois', assignee: 'cm@atlas.example', day: 10, status: 'todo' },
    ],
  },
];
