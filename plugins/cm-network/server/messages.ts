export const messages = {
  fr: {
    'validation.shareOfTime': 'La part du temps doit être comprise entre 1 et 100 %.',
    'validation.unknownPerson': "Cette personne n'existe pas ou son compte est désactivé.",
    'validation.unknownOrgUnit': "Cette unité d'organisation n'existe pas.",
    'audit.role-assigned': 'a nommé {subject} community manager',
    'audit.roles-removed': 'a retiré ses rôles de community manager à {subject}',
  },
  en: {
    'validation.shareOfTime': 'The share of time must be between 1 and 100%.',
    'validation.unknownPerson': 'This person does not exist or their account is deactivated.',
    'validation.unknownOrgUnit': 'This org unit does not exist.',
    'audit.role-assigned': 'named {subject} community manager',
    'audit.roles-removed': 'removed the community manager roles of {subject}',
  },
};
