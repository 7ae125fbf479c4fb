const kindsFr = {
  social_media: 'la charte réseaux sociaux',
  behaviour: 'la charte de comportement',
  community: 'la charte de votre communauté',
  editorial: 'la charte éditoriale',
};
const kindsEn = {
  social_media: 'the social-media charter',
  behaviour: 'the behaviour charter',
  community: 'your community’s charter',
  editorial: 'the editorial charter',
};

const notifications = (
  kinds: Record<string, string>,
  major: (kind: string) => string,
  minor: (kind: string) => string,
) =>
  Object.fromEntries(
    Object.entries(kinds).flatMap(([key, name]) => [
      [`notification.major.${key}`, major(name)],
      [`notification.minor.${key}`, minor(name)],
    ]),
  );

export const messages = {
  fr: {
    'validation.notCurrent':
      'Une nouvelle version de la charte a été publiée : lisez-la avant de confirmer en avoir pris connaissance.',
    'validation.numberReused': 'L’article {number} est déjà numéroté ainsi : donnez-lui un autre numéro.',
    'validation.articleNumber': 'Numérotez les articles de 1 à 999.',
    'validation.firstIsMajor': 'La première version d’une charte est une version majeure.',
    'requirement.behaviour':
      'Avant votre première publication, lisez et acceptez la charte de comportement du réseau.',
    ...notifications(
      kindsFr,
      (name) => `Nouvelle version {version} de ${name} : lisez-la et confirmez en avoir pris connaissance.`,
      (name) =>
        `${name[0]!.toUpperCase()}${name.slice(1)} a été mise à jour (version {version}) : voyez ce qui a changé.`,
    ),
  },
  en: {
    'validation.notCurrent':
      'A newer version of the charter has been published: read it before acknowledging it.',
    'validation.numberReused': 'Article {number} already has this number: give it another one.',
    'validation.articleNumber': 'Number articles from 1 to 999.',
    'validation.firstIsMajor': 'A charter’s first version is a major version.',
    'requirement.behaviour': 'Before your first post, read and accept the network’s behaviour charter.',
    ...notifications(
      kindsEn,
      (name) => `New version {version} of ${name}: read it and acknowledge it.`,
      (name) =>
        `${name[0]!.toUpperCase()}${name.slice(1)} was updated (version {version}): see what changed.`,
    ),
  },
};
