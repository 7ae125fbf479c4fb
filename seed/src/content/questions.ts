/**
 * Questions of the demo, from the situations of the source documents (the part-time CM's role,
 * animation, moderation and the charter, crisis reflexes; the intranet project). `by` is a named
 * account's email or `member:n`, the community's n-th member who is not a named account.
 */
export type AnswerScript = { by: string; afterHours: number; body: string; upvotes: number };
export type QuestionScript = {
  community: string;
  by: string;
  daysAgo: number;
  body: string;
  skills: string[];
  answers: AnswerScript[];
  /** The accepted answer's index, accepted by the asker or the community's first animator. */
  accepted?: { answer: number; by: 'asker' | 'animator'; afterHours: number };
};

const ACADEMY = 'apprentissage-social-animer-une-communaute';
const INTRANET = 'projet-intranet-2027';
const HELP = 'digital-workplace-aide-et-astuces';
const MARKETING = 'marketing-digital-veille';

export const demoQuestions: QuestionScript[] = [
  {
    community: ACADEMY,
    by: 'manager@atlas.example',
    daysAgo: 12,
    body: 'Un fil de discussion s’envenime dans la communauté de mon équipe : je réponds publiquement ou je passe en message privé ?',
    skills: ['Modération', 'Animation de communauté'],
    answers: [
      {
        by: 'cm@atlas.example',
        afterHours: 2,
        body: 'Une réponse publique courte et factuelle (« je reviens vers toi »), puis la suite en privé. On ne supprime pas une critique : on cite la charte seulement en cas d’attaque personnelle.',
        upvotes: 5,
      },
      {
        by: 'member:0',
        afterHours: 5,
        body: 'Et prévenir le CM en chef si ça touche à la réputation de l’entreprise.',
        upvotes: 2,
      },
    ],
    accepted: { answer: 0, by: 'asker', afterHours: 6 },
  },
  {
    community: ACADEMY,
    by: 'member:1',
    daysAgo: 9,
    body: 'À quelle fréquence publier pour lancer une nouvelle communauté sans lasser les membres ?',
    skills: ['Animation de communauté'],
    answers: [
      {
        by: 'member:2',
        afterHours: 20,
        body: 'Deux publications par semaine le premier mois, dont une question ouverte.',
        upvotes: 3,
      },
      {
        by: 'cm@atlas.example',
        afterHours: 26,
        body: 'Un rendez-vous régulier (le « café du lundi ») et une relance des membres silencieux par message direct : la régularité compte plus que le volume.',
        upvotes: 4,
      },
    ],
    accepted: { answer: 1, by: 'animator', afterHours: 30 },
  },
  {
    community: ACADEMY,
    by: 'member:3',
    daysAgo: 4,
    body: 'Où trouver la version à jour de la charte des médias sociaux pour la présenter à mon équipe ?',
    skills: ['Charte des médias sociaux'],
    answers: [
      {
        by: 'member:0',
        afterHours: 8,
        body: 'Elle est épinglée dans la communauté des ambassadeurs, je crois.',
        upvotes: 1,
      },
    ],
  },
  {
    community: ACADEMY,
    by: 'manager@atlas.example',
    daysAgo: 1,
    body: 'Comment mesurer l’engagement de ma communauté pour le tableau de bord mensuel ?',
    skills: ['Reporting', 'Animation de communauté'],
    answers: [],
  },
  {
    community: INTRANET,
    by: 'manager@atlas.example',
    daysAgo: 15,
    body: 'Qui a déjà migré des contenus d’un ancien intranet ? On cherche un retour d’expérience avant le plan de migration.',
    skills: ['Gestion de projet', 'Migration de contenus'],
    answers: [
      {
        by: 'admin@atlas.example',
        afterHours: 3,
        body: 'Inventaire d’abord, puis on archive ce qui n’a pas été consulté depuis deux ans : on ne migre que ce que les équipes font vivre.',
        upvotes: 3,
      },
    ],
    accepted: { answer: 0, by: 'asker', afterHours: 4 },
  },
  {
    community: INTRANET,
    by: 'admin@atlas.example',
    daysAgo: 2,
    body: 'Quelle date vous arrangerait pour le deuxième atelier utilisateurs ?',
    skills: ['Gestion de projet'],
    answers: [],
  },
  {
    community: MARKETING,
    by: 'employe@atlas.example',
    daysAgo: 8,
    body: 'Quel outil utilisez-vous pour planifier les publications LinkedIn de la marque ?',
    skills: ['Réseaux sociaux'],
    answers: [
      {
        by: 'member:0',
        afterHours: 3,
        body: 'Le calendrier partagé de l’équipe, et une relecture la veille.',
        upvotes: 2,
      },
    ],
    accepted: { answer: 0, by: 'asker', afterHours: 5 },
  },
  {
    community: HELP,
    by: 'member:4',
    daysAgo: 6,
    body: 'Comment épingler une publication en haut de ma communauté ?',
    skills: ['Digital workplace'],
    answers: [
      {
        by: 'admin@atlas.example',
        afterHours: 1,
        body: 'Les animateurs voient « Épingler » dans le menu de la publication.',
        upvotes: 2,
      },
    ],
    accepted: { answer: 0, by: 'asker', afterHours: 2 },
  },
  {
    community: HELP,
    by: 'member:5',
    daysAgo: 3,
    body: 'How do I switch the interface to English for good?',
    skills: ['Digital workplace'],
    answers: [],
  },
];

/** Skills of the named accounts; other people get a few from `skillPool` by their title. */
export const namedSkills: Record<string, string[]> = {
  'admin@atlas.example': ['Digital workplace', 'Gestion de projet', 'Migration de contenus'],
  'rh@atlas.example': ['Recrutement', 'Qualité de vie au travail'],
  'cm@atlas.example': ['Animation de communauté', 'Modération', 'Charte des médias sociaux', 'Reporting'],
  'manager@atlas.example': ['Gestion de projet', 'Animation de communauté'],
  'employe@atlas.example': ['Réseaux sociaux', 'Excel', 'Digital workplace'],
  'employee@atlas.example': ['Customer service', 'Excel'],
};

export const skillPool = [
  'Animation de communauté',
  'Gestion de projet',
  'Modération',
  'Reporting',
  'Excel',
  'Prise de parole en public',
  'Conduite du changement',
  'Customer service',
  'Négociation',
  'Qualité de vie au travail',
];
