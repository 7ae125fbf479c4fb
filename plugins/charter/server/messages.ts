export const messages = {
  fr: {
    'validation.notCurrent':
      'Une nouvelle version de la charte a été publiée : lisez-la avant de confirmer en avoir pris connaissance.',
  },
  en: {
    'validation.notCurrent':
      'A newer version of the charter has been published: read it before acknowledging it.',
  },
};
