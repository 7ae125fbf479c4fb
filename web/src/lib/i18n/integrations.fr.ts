import type { integrationsEn } from './integrations.en';

/** Jetons d’API (administration). */
export const integrationsFr: Record<keyof typeof integrationsEn, string> = {
  'admin.section.tokens': 'Jetons d’API',
  'admin.about.tokens': 'Les jetons qui permettent aux intégrations d’appeler l’API, et leurs propriétaires.',
  'admin.tokens.intro':
    'Un jeton permet à une intégration d’appeler l’API au nom de son propriétaire, dans ses portées : donnez à chaque intégration le sien, avec le moins de portées possible.',
  'admin.tokens.create': 'Créer un jeton',
  'admin.tokens.name': 'Nom',
  'admin.tokens.nameHint': 'À quoi il sert, par exemple « Export RH ».',
  'admin.tokens.scopes': 'Portées',
  'admin.tokens.scope.read': 'read — lire ce que son propriétaire peut lire',
  'admin.tokens.scope.write': 'write — agir au nom de son propriétaire (publier, commenter, modifier)',
  'admin.tokens.scope.admin': 'admin — les droits d’administration de son propriétaire',
  'admin.tokens.scope.metrics': 'metrics — lire les métriques Prometheus',
  'admin.tokens.expiresIn': 'Expire dans',
  'admin.tokens.days': '{count} jours',
  'admin.tokens.submit': 'Créer le jeton',
  'admin.tokens.secretTitle': 'Jeton « {name} » créé',
  'admin.tokens.secretText':
    'Copiez-le maintenant : il ne sera plus affiché. Envoyez-le dans l’en-tête « Authorization: Bearer … ».',
  'admin.tokens.secretLabel': 'Le jeton « {name} »',
  'admin.tokens.copy': 'Copier le jeton',
  'admin.tokens.list': 'Jetons',
  'admin.tokens.noneTitle': 'Aucun jeton pour l’instant',
  'admin.tokens.noneText': 'Créez-en un ci-dessus pour chaque intégration qui a besoin de l’API.',
  'admin.tokens.details': '{owner} · expire le {expires}',
  'admin.tokens.lastUsed': 'utilisé le {date}',
  'admin.tokens.neverUsed': 'jamais utilisé',
  'admin.tokens.revoke': 'Révoquer',
  'admin.tokens.revokeQuestion': 'Révoquer « {name} » ? L’intégration qui l’utilise s’arrête aussitôt.',
  'admin.tokens.revoked': 'Jeton « {name} » révoqué.',
  'settings.tokens.title': 'Mes jetons d’API',
  'settings.tokens.intro':
    'Un jeton personnel permet à un script ou à un outil à vous d’appeler l’API en votre nom, sans plus de droits que vous, dans les portées choisies. Révoquez-le dès que vous ne l’utilisez plus.',
  'settings.tokens.off':
    'Votre organisation n’autorise pas de nouveaux jetons personnels ; vous pouvez toujours révoquer ceux ci-dessous.',
  'settings.tokens.noneText': 'Créez-en un ci-dessus pour chaque script ou outil qui a besoin de l’API.',
  'settings.personalApiTokens': 'Chacun peut créer des jetons d’API personnels',
  'settings.personalApiTokensHint':
    'Un jeton personnel agit au nom de son propriétaire, jamais avec plus de droits, et jamais avec la portée admin.',
  'apiTokenStatus.active': 'Actif',
  'apiTokenStatus.expired': 'Expiré',
  'apiTokenStatus.revoked': 'Révoqué',
};
