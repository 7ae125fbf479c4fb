import type { securityEn } from './security.en';

export const securityFr: Record<keyof typeof securityEn, string> = {
  'signUp.checkMailTitle': 'Consultez votre messagerie',
  'signUp.checkMail':
    'Si l’adresse {email} peut nous rejoindre, un message est en route vers elle. Ouvrez le lien qu’il contient dans les 24 heures pour créer votre compte.',
  'signUp.checkMailSpam':
    'Rien après quelques minutes ? Regardez dans vos courriers indésirables, ou recommencez l’inscription.',
  'signUpConfirm.title': 'Confirmation de votre adresse',
  'signUpConfirm.failedTitle': 'Ce lien ne fonctionne plus',
  'signUpConfirm.again': 'Recommencer l’inscription',
  'profile.availability': 'Disponibilité',
  'profile.atWorkNow': 'Dans ses horaires de travail en ce moment',
  'profile.outsideWorkingHours': 'En dehors de ses horaires de travail en ce moment',
  'settings.colleaguesSeeEmail': 'Les collègues voient l’adresse e-mail les un·es des autres',
  'settings.colleaguesSeeEmailHint':
    'Décoché : seuls la personne, son ou sa responsable, les RH et les admins la voient ; la recherche par adresse aussi.',
};
