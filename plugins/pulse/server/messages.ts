export const messages = {
  fr: {
    'validation.closesBeforeOpens': "La date de clôture doit être postérieure à la date d'ouverture.",
    'validation.closesInPast': 'La date de clôture est déjà passée.',
  },
  en: {
    'validation.closesBeforeOpens': 'The closing date must be after the opening date.',
    'validation.closesInPast': 'The closing date has already passed.',
  },
};
