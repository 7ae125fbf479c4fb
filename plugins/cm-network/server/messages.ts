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
    'validation.incidentTitle': 'Donnez un titre à l’incident.',
    'validation.severity': 'La gravité doit être 1 (locale), 2 (étendue) ou 3 (toute l’entreprise).',
    'validation.emptyScope': 'Choisissez au moins une communauté concernée par l’incident.',
    'validation.unknownCommunity': 'Cette communauté n’existe pas ou vous ne la voyez pas.',
    'validation.communityNotInScope': 'Cette communauté ne fait pas partie du périmètre de l’incident.',
    'validation.ownCrisisPost':
      'Vous ne pouvez pas approuver votre propre publication : une autre personne de la cellule doit la relire.',
    'validation.postNotWaiting': 'Cette publication n’attend plus d’approbation.',
    'validation.holdingStatement': 'Rédigez la déclaration d’attente avant de la publier.',
    'validation.postMortem':
      'Le retour d’expérience doit dire ce qui s’est passé, ce qui a fonctionné et ce qu’il faut changer.',
    'validation.postsWaiting':
      'Des publications attendent encore votre approbation : approuvez-les avant de clore l’incident.',
    'validation.reportHighlights': 'Racontez au moins les faits marquants du mois.',
    'validation.reportTooLong': 'Ce texte dépasse {max} caractères : raccourcissez-le.',
    'validation.reportSubmitted':
      'Le rapport de ce mois est déjà soumis : attendez que le CM en chef le valide ou vous le renvoie.',
    'validation.reportValidated': 'Le rapport de ce mois est validé : il ne peut plus être modifié.',
    'validation.reportNotSubmitted': 'Ce rapport n’attend pas de relecture : il n’a pas été soumis.',
    'validation.returnComment': 'Dites au CM ce qu’il faut reprendre avant de lui renvoyer son rapport.',
    'validation.choosePosition': 'Vous tenez plusieurs postes : choisissez celui dont c’est le rapport.',
    'notification.reportValidated': 'Votre rapport de {month} est validé.',
    'notification.reportReturned': 'Votre rapport de {month} vous est renvoyé avec un commentaire.',
    'notification.workloadAlert':
      '{name} : son travail de CM en {month} dépasse nettement la part déclarée ou se fait surtout hors de ses heures.',
    'notification.workloadNotice':
      'Votre travail de CM en {month} dépasse nettement votre part déclarée ou se fait surtout hors de vos heures de travail. Vous n’avez pas à répondre 24 h/24.',
    'notification.incidentDeclared': 'Vous faites partie de la cellule de crise « {title} ».',
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
    'validation.incidentTitle': 'Give the incident a title.',
    'validation.severity': 'Severity must be 1 (local), 2 (wide) or 3 (company-wide).',
    'validation.emptyScope': 'Choose at least one community the incident concerns.',
    'validation.unknownCommunity': 'This community does not exist or you cannot see it.',
    'validation.communityNotInScope': 'This community is not in the incident’s scope.',
    'validation.ownCrisisPost': 'You cannot approve your own post: someone else in the cell must review it.',
    'validation.postNotWaiting': 'This post no longer waits for approval.',
    'validation.holdingStatement': 'Write the holding statement before publishing it.',
    'validation.postMortem': 'The post-mortem must say what happened, what worked and what to change.',
    'validation.postsWaiting':
      'Posts still wait for your approval: approve them before closing the incident.',
    'validation.reportHighlights': 'Give at least the month’s highlights.',
    'validation.reportTooLong': 'This text is longer than {max} characters: shorten it.',
    'validation.reportSubmitted':
      'This month’s report is already submitted: wait for the chief CM to validate or return it.',
    'validation.reportValidated': 'This month’s report is validated: it can no longer change.',
    'validation.reportNotSubmitted': 'This report is not waiting for review: it was not submitted.',
    'validation.returnComment': 'Tell the CM what to rework before returning their report.',
    'validation.choosePosition': 'You hold several positions: choose the one this report is for.',
    'notification.reportValidated': 'Your report for {month} is validated.',
    'notification.reportReturned': 'Your report for {month} was returned to you with a comment.',
    'notification.workloadAlert':
      '{name}: their CM work in {month} clearly exceeds the declared share or happens mostly outside their working hours.',
    'notification.workloadNotice':
      'Your CM work in {month} clearly exceeds your declared share or happens mostly outside your working hours. You do not have to answer 24/7.',
    'notification.incidentDeclared': 'You are in the crisis cell “{title}”.',
    'audit.role-assigned': 'named {subject} community manager',
    'audit.roles-removed': 'removed the community manager roles of {subject}',
  },
};
