export const messages = {
  fr: {
    'validation.notCurrent':
      'Une nouvelle version de la charte a été publiée : lisez-la avant de confirmer en avoir pris connaissance.',
    'audit.published': 'a publié la version {version} de la charte',
  },
  en: {
    'validation.notCurrent':
      'A newer version of the charter has been published: read it before acknowledging it.',
    'audit.published': 'published version {version} of the charter',
  },
};
