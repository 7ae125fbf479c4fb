export const messages = {
  fr: {
    'validation.shareOfTime': 'La part du temps doit être comprise entre 1 et 100 %.',
    'validation.fullTimeShare': 'Un poste à temps plein représente 100 % du temps.',
    'validation.partTimeShare':
      'Indiquez la part du temps déclarée, entre 1 et 99 %, pour un poste à temps partiel.',
    'validation.unknownPerson': "Cette personne n'existe pas ou son compte est désactivé.",
    'validation.unknownOrgUnit': "Cette unité d'organisation n'existe pas.",
    'validation.unknownPosition': "Ce poste du réseau n'existe pas.",
    'validation.monthFormat': 'Indiquez le mois au format AAAA-MM, par exemple 2026-03.',
    'validation.monthInFuture':
      'Ce mois n’a pas encore commencé : choisissez le mois en cours ou un mois passé.',
    'validation.unknownMetric': 'Cet indicateur n’existe pas ou ne se prête pas à un objectif.',
    'validation.targetRange': 'L’objectif doit être compris entre {min} et {max}.',
    'validation.targetCountry': 'Un objectif propre ne se fixe que pour un pays.',
    'audit.role-assigned': 'a nommé {subject} community manager',
    'audit.roles-removed': 'a retiré ses rôles de community manager à {subject}',
  },
  en: {
    'validation.shareOfTime': 'The share of time must be between 1 and 100%.',
    'validation.fullTimeShare': 'A full-time position is 100% of the time.',
    'validation.partTimeShare':
      'Give the declared share of time, between 1 and 99%, for a part-time position.',
    'validation.unknownPerson': 'This person does not exist or their account is deactivated.',
    'validation.unknownOrgUnit': 'This org unit does not exist.',
    'validation.unknownPosition': 'This network position does not exist.',
    'validation.monthFormat': 'Give the month as YYYY-MM, for example 2026-03.',
    'validation.monthInFuture': 'This month has not started yet: choose the current month or a past one.',
    'validation.unknownMetric': 'This metric does not exist or takes no target.',
    'validation.targetRange': 'The target must be between {min} and {max}.',
    'validation.targetCountry': 'A target of its own can only be set for a country.',
    'audit.role-assigned': 'named {subject} community manager',
    'audit.roles-removed': 'removed the community manager roles of {subject}',
  },
};
