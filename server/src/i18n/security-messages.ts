/** Messages of the security rules (body limits, sign-up proof, throttling, input checks), appended to ./messages.ts. */
export const securityFr = {
  'validation.markdownNesting':
    'Ce texte imbrique plus de {max} citations ou listes les unes dans les autres : simplifiez sa mise en forme.',
  'validation.markdownDelimiterRun':
    'Ce texte contient une suite de plus de {max} caractères de mise en forme (*, _, ~, [ ou ]) : raccourcissez-la.',
  'validation.markdownDelimiters':
    'Ce texte contient plus de {max} caractères de mise en forme (*, _, ~, [ ou ]) : simplifiez-le.',
  'validation.markdownTooComplex':
    'La mise en forme de ce texte est trop complexe pour être affichée : simplifiez-la ou découpez le texte.',
  'error.busy': 'Le serveur est très sollicité. Réessayez dans quelques secondes.',
  'error.signUpLinkInvalid':
    'Ce lien d’inscription n’est plus valable (déjà utilisé ou expiré). Inscrivez-vous de nouveau pour en recevoir un autre.',
  'validation.dateTime': 'Saisissez une date valable (format ISO 8601, par exemple 2026-03-02T09:00:00Z).',
  'validation.file': 'Joignez un fichier.',
  'validation.id': 'Cet identifiant ne désigne aucun élément.',
  'validation.unknownPlugin': 'Ce module n’est pas installé.',
  'validation.pageArguments':
    'Demandez une page avec « first » ou « last », un nombre positif, pas les deux.',
} as const;

export const securityEn: Record<keyof typeof securityFr, string> = {
  'validation.markdownNesting':
    'This text nests more than {max} quotes or lists inside each other: simplify its formatting.',
  'validation.markdownDelimiterRun':
    'This text has a run of more than {max} formatting characters (*, _, ~, [ or ]): shorten it.',
  'validation.markdownDelimiters':
    'This text has more than {max} formatting characters (*, _, ~, [ or ]): simplify it.',
  'validation.markdownTooComplex':
    'The formatting of this text is too complex to display: simplify it or split the text.',
  'error.busy': 'The server is very busy. Try again in a few seconds.',
  'error.signUpLinkInvalid':
    'This sign-up link no longer works (already used or expired). Sign up again to get a new one.',
  'validation.dateTime': 'Enter a valid date (ISO 8601, for example 2026-03-02T09:00:00Z).',
  'validation.file': 'Attach a file.',
  'validation.id': 'This id does not name anything.',
  'validation.unknownPlugin': 'This plugin is not installed.',
  'validation.pageArguments': 'Ask for a page with "first" or "last", a positive number, not both.',
};
