export const messages = {
  fr: {
    'validation.closesBeforeOpens': "La date de clôture doit être postérieure à la date d'ouverture.",
    'validation.closesInPast': 'La date de clôture est déjà passée.',
    'audit.campaign-created': 'a programmé la campagne de baromètre « {title} »',
  },
  en: {
    'validation.closesBeforeOpens': 'The closing date must be after the opening date.',
    'validation.closesInPast': 'The closing date has already passed.',
    'audit.campaign-created': 'scheduled the pulse campaign "{title}"',
  },
};
