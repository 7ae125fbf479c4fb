/** Messages of API tokens and metrics, appended to ./messages.ts. */
export const integrationFr = {
  'error.apiTokenInvalid':
    'Ce jeton d’API est inconnu, expiré ou révoqué. Créez-en un nouveau dans l’administration.',
  'error.apiTokenScope': 'Ce jeton d’API n’a pas la portée « {scope} » : créez un jeton qui l’a.',
  'error.apiTokenRateLimited': 'Ce jeton d’API a envoyé trop de requêtes. Réessayez dans {seconds} secondes.',
  'error.personalApiTokensOff':
    'Votre organisation ne permet pas les jetons d’API personnels : demandez à un administrateur.',
  'validation.apiTokenName': 'Nommez le jeton (1 à {max} caractères), par exemple « Export RH ».',
  'validation.apiTokenScopes': 'Choisissez au moins une portée.',
  'validation.apiTokenScopeUnknown': 'La portée « {scope} » n’existe pas ou ne vous est pas ouverte.',
  'validation.apiTokenExpiry': 'Choisissez une expiration entre demain et dans {days} jours.',
  'validation.webhookUrl':
    'Saisissez une adresse web complète, sans identifiants, par exemple https://exemple.fr/levain.',
  'validation.webhookHttps':
    'Le webhook doit utiliser HTTPS (https://…) : les contenus ne circulent pas en clair.',
  'validation.webhookInternalAddress':
    'Cette adresse est interne (réseau privé, boucle locale) : un webhook ne peut pas l’atteindre, sauf si l’administrateur du serveur l’autorise.',
  'validation.webhookEvents': 'Choisissez au moins un événement.',
  'validation.webhookEventUnknown': 'L’événement « {event} » n’existe pas.',
  'validation.webhookTooMany': 'L’organisation a déjà {max} webhooks : supprimez-en un d’abord.',
} as const;

export const integrationEn: Record<keyof typeof integrationFr, string> = {
  'error.apiTokenInvalid':
    'This API token is unknown, expired or revoked. Create a new one in the administration.',
  'error.apiTokenScope': 'This API token lacks the “{scope}” scope: create a token that has it.',
  'error.apiTokenRateLimited': 'This API token sent too many requests. Try again in {seconds} seconds.',
  'error.personalApiTokensOff': 'Your organisation does not allow personal API tokens: ask an administrator.',
  'validation.apiTokenName': 'Name the token (1 to {max} characters), for example “HR export”.',
  'validation.apiTokenScopes': 'Choose at least one scope.',
  'validation.apiTokenScopeUnknown': 'The “{scope}” scope does not exist or is not open to you.',
  'validation.apiTokenExpiry': 'Choose an expiry between tomorrow and {days} days from now.',
  'validation.webhookUrl':
    'Enter a full web address without credentials, for example https://example.com/levain.',
  'validation.webhookHttps': 'The webhook must use HTTPS (https://…): content does not travel in clear text.',
  'validation.webhookInternalAddress':
    'This address is internal (private network, loopback): a webhook cannot reach it unless the server’s administrator allows it.',
  'validation.webhookEvents': 'Choose at least one event.',
  'validation.webhookEventUnknown': 'The “{event}” event does not exist.',
  'validation.webhookTooMany': 'The organisation already has {max} webhooks: delete one first.',
};
