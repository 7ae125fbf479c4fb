import { CM_NETWORK, type CommunitySeed, type countries, heads } from './community-catalogue';

type Local = { country: (typeof countries)[number]; name: string; description: string };

const cmNetworks: Local[] = [
  {
    country: 'fr',
    name: 'Réseau des CM France',
    description: 'Les quatre managers CM de France et leurs relais.',
  },
  {
    country: 'be',
    name: 'Réseau des CM Belgique',
    description: 'Les managers CM de Bruxelles : rituels et entraide.',
  },
  {
    country: 'ca',
    name: 'Réseau des CM Canada',
    description: 'Managers CM de Montréal et Toronto, en français et en anglais.',
  },
  { country: 'uk', name: 'CM Network UK', description: 'The UK part-time community managers.' },
];

/** One community per country for the CM network, the office, and each direction. */
export function perCountry(): CommunitySeed[] {
  const seeds: CommunitySeed[] = cmNetworks.map((n) => ({
    name: n.name,
    description: n.description,
    kind: 'topic',
    visibility: 'private',
    joinPolicy: 'request',
    orgUnits: [n.country],
    owner: 'cm@atlas.example',
    animators: [`head:${n.country}-communication`],
    members: heads(n.country),
    parent: CM_NETWORK,
  }));
  const offices: Array<[string, string, string]> = [
    ['fr', 'Vie du site – Paris', 'Cantine, mobilité, événements du siège : la vie du bureau parisien.'],
    [
      'be',
      'Bruxelles – vie du bureau',
      'Afterworks, covoiturage et petites annonces du bureau de Bruxelles.',
    ],
    ['ca', 'Montréal & Toronto', 'La vie de nos deux bureaux canadiens, bilingue.'],
    ['uk', 'London Office', 'Everything about life at the London office: events, facilities, volunteering.'],
  ];
  for (const [country, name, description] of offices)
    seeds.push({
      name,
      description,
      kind: 'topic',
      visibility: 'public',
      joinPolicy: 'open',
      orgUnits: [country],
      owner: `head:${country}`,
      audience: { units: [country], share: 0.6 },
    });
  return seeds.concat(directionCommunities());
}

function directionCommunities(): CommunitySeed[] {
  const open = (name: string, description: string, unit: string, extra: Partial<CommunitySeed> = {}) =>
    ({
      name,
      description,
      kind: 'topic',
      visibility: 'public',
      joinPolicy: 'open',
      orgUnits: [unit],
      owner: `head:${unit}`,
      audience: { units: [unit], share: 0.75 },
      reach: 0.02,
      ...extra,
    }) satisfies CommunitySeed;
  return [
    open(
      'Marketing digital – veille',
      'Campagnes, réseaux sociaux, outils : la veille de l’équipe marketing digital.',
      'fr-marketing',
      {
        owner: 'manager@atlas.example',
        animators: ['employe@atlas.example'],
        reach: 0.05,
      },
    ),
    open(
      'Communication interne France',
      'Ligne éditoriale, calendrier de publication et charte graphique.',
      'fr-communication',
    ),
    open(
      'Relations presse',
      'Communiqués, retombées presse et demandes de journalistes : validation avant diffusion.',
      'fr-communication-presse',
      {
        visibility: 'private',
        joinPolicy: 'request',
        owner: 'head:fr-communication-presse',
      },
    ),
    open(
      'RH France – recrutement',
      'Postes ouverts, cooptation, marque employeur et salons écoles.',
      'fr-hr',
      { owner: 'rh@atlas.example' },
    ),
    open(
      'Commercial France – grands comptes',
      'Rendez-vous clients, retours terrain et argumentaires.',
      'fr-sales-grands-comptes',
      {
        visibility: 'private',
        joinPolicy: 'request',
      },
    ),
    open(
      'Ventes régions',
      'Tournées, salons régionaux et partage des bonnes pratiques entre régions.',
      'fr-sales-regions',
    ),
    open(
      'Marketing Belgique',
      'Actions marketing en Belgique, en français et en néerlandais.',
      'be-marketing',
    ),
    open(
      'Communication Belgique',
      'Actualités internes et relations avec la presse belge.',
      'be-communication',
    ),
    open('Ventes Benelux', 'Pipeline, salons et partage de succès de l’équipe Benelux.', 'be-sales'),
    open('Marketing numérique Canada', 'Campagnes numériques au Québec et en Ontario.', 'ca-marketing'),
    open(
      'Communication Canada',
      'Communication interne bilingue et relations médias au Canada.',
      'ca-communication',
    ),
    open('Ventes Québec & Ontario', 'Échanges entre les équipes de vente des deux provinces.', 'ca-sales'),
    open('RH Canada', 'Recrutement, intégration et avantages sociaux au Canada.', 'ca-hr', {
      visibility: 'private',
      joinPolicy: 'request',
    }),
    open('Digital Marketing UK', 'Campaigns, social media and analytics for the UK market.', 'uk-marketing'),
    open('Internal Comms UK', 'Editorial calendar and newsletters for UK colleagues.', 'uk-communication'),
    open('UK Sales – Key Accounts', 'Wins, pitches and account plans for our key UK customers.', 'uk-sales', {
      members: ['employee@atlas.example'],
    }),
    open('HR UK', 'Hiring, onboarding and wellbeing in the UK.', 'uk-hr', {
      visibility: 'private',
      joinPolicy: 'request',
    }),
    open('Comité de direction France', 'Ordres du jour et décisions du comité de direction France.', 'fr', {
      visibility: 'secret',
      joinPolicy: 'invitation',
      audience: undefined,
      reach: 0,
      members: heads('fr'),
    }),
  ];
}
