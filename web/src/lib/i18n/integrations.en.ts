/** API tokens (administration). */
export const integrationsEn = {
  'admin.section.tokens': 'API tokens',
  'admin.about.tokens': 'Tokens that let integrations call the API, and who owns them.',
  'admin.tokens.intro':
    'A token lets an integration call the API as its owner, within its scopes: give each integration its own, with the fewest scopes it needs.',
  'admin.tokens.create': 'Create a token',
  'admin.tokens.name': 'Name',
  'admin.tokens.nameHint': 'What it is for, e.g. “HR export”.',
  'admin.tokens.scopes': 'Scopes',
  'admin.tokens.scope.read': 'read — read what its owner may read',
  'admin.tokens.scope.write': 'write — act as its owner (post, comment, change)',
  'admin.tokens.scope.admin': 'admin — its owner’s administrator rights',
  'admin.tokens.scope.metrics': 'metrics — read the Prometheus metrics',
  'admin.tokens.expiresIn': 'Expires in',
  'admin.tokens.days': '{count} days',
  'admin.tokens.submit': 'Create the token',
  'admin.tokens.secretTitle': 'Token “{name}” created',
  'admin.tokens.secretText':
    'Copy it now: it will not be shown again. Send it as the header “Authorization: Bearer …”.',
  'admin.tokens.secretLabel': 'The token “{name}”',
  'admin.tokens.copy': 'Copy the token',
  'admin.tokens.list': 'Tokens',
  'admin.tokens.noneTitle': 'No token yet',
  'admin.tokens.noneText': 'Create one above for each integration that needs the API.',
  'admin.tokens.details': '{owner} · expires {expires}',
  'admin.tokens.lastUsed': 'last used {date}',
  'admin.tokens.neverUsed': 'never used',
  'admin.tokens.revoke': 'Revoke',
  'admin.tokens.revokeQuestion': 'Revoke “{name}”? The integration using it stops at once.',
  'admin.tokens.revoked': 'Token “{name}” revoked.',
  'settings.tokens.title': 'My API tokens',
  'settings.tokens.intro':
    'A personal token lets a script or a tool of yours call the API as you, with no more rights than you have, within the scopes you pick. Revoke it as soon as you no longer use it.',
  'settings.tokens.off':
    'Your organisation does not allow new personal tokens; you may still revoke the ones below.',
  'settings.tokens.noneText': 'Create one above for each script or tool that needs the API.',
  'settings.personalApiTokens': 'People may create personal API tokens',
  'settings.personalApiTokensHint':
    'A personal token acts as its owner, never with more rights, and never with the admin scope.',
  'apiTokenStatus.active': 'Active',
  'apiTokenStatus.expired': 'Expired',
  'apiTokenStatus.revoked': 'Revoked',
};
