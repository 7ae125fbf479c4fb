export const messages = {
  fr: {
    'validation.shareOfTime': 'La part du temps doit être comprise entre 1 et 100 %.',
    'validation.unknownPerson': "Cette personne n'existe pas ou son compte est désactivé.",
    'validation.unknownOrgUnit': "Cette unité d'organisation n'existe pas.",
  },
  en: {
    'validation.shareOfTime': 'The share of time must be between 1 and 100%.',
    'validation.unknownPerson': 'This person does not exist or their account is deactivated.',
    'validation.unknownOrgUnit': 'This org unit does not exist.',
  },
};
