/** Messages the server sends to people, in the viewer's language. */
export const locales = ['fr', 'en'] as const;
export type Locale = (typeof locales)[number];

const fr = {
  'error.notSignedIn': 'Connectez-vous pour continuer.',
  'error.notAllowed': "Vous n'avez pas l'autorisation de faire cela.",
  'error.notFound': "Cet élément n'existe pas ou ne vous est pas visible.",
  'error.rateLimited': 'Trop de tentatives. Réessayez dans {minutes} minute(s).',
  'error.pluginDisabled': 'Le module « {plugin} » est désactivé par un administrateur.',
  'error.invalidCredentials': 'Adresse e-mail ou mot de passe incorrect.',
  'error.accountDeactivated': 'Ce compte est désactivé. Contactez un administrateur.',
  'error.invitationInvalid': "Ce lien d'invitation n'est plus valable. Demandez une nouvelle invitation.",
  'error.emailTaken': 'Un compte existe déjà avec cette adresse e-mail.',
  'error.signupNotAllowed':
    "L'inscription est réservée aux personnes invitées ou aux adresses des domaines autorisés.",
  'error.validation': 'Certaines informations ne sont pas valables.',
  'validation.required': 'Ce champ est obligatoire.',
  'validation.email': 'Saisissez une adresse e-mail valable.',
  'validation.passwordTooShort': 'Le mot de passe doit contenir au moins {min} caractères.',
  'validation.tooLong': 'Ce champ ne peut pas dépasser {max} caractères.',
  'validation.timeZone': 'Fuseau horaire inconnu.',
  'validation.locale': 'Langue non prise en charge.',
  'validation.workingHours':
    'Les horaires de travail ne sont pas valables (jours 1 à 7, début avant fin, HH:MM).',
  'validation.unknownOrgUnit': "Unité d'organisation inconnue : {code}.",
  'validation.unknownManager': 'Responsable inconnu : {email}.',
  'validation.duplicateEmail': 'Adresse e-mail en double dans le fichier (déjà à la ligne {line}).',
  'validation.invalidKind': "Type d'unité inconnu : {kind}.",
  'validation.missingColumn': 'Colonne obligatoire absente : {column}.',
  'validation.emptyFile': 'Le fichier ne contient aucune ligne.',
  'validation.invalidCsv': 'Fichier CSV illisible : {reason}.',
  'validation.invalidDomain': 'Domaine invalide : {domain}.',
  'validation.managerCycle': 'Cette personne ne peut pas être sa propre responsable.',
} as const;

export type MessageKey = keyof typeof fr;

const en: Record<MessageKey, string> = {
  'error.notSignedIn': 'Sign in to continue.',
  'error.notAllowed': 'You are not allowed to do this.',
  'error.notFound': 'This item does not exist or is not visible to you.',
  'error.rateLimited': 'Too many attempts. Try again in {minutes} minute(s).',
  'error.pluginDisabled': 'The "{plugin}" module has been disabled by an administrator.',
  'error.invalidCredentials': 'Wrong email address or password.',
  'error.accountDeactivated': 'This account is deactivated. Contact an administrator.',
  'error.invitationInvalid': 'This invitation link is no longer valid. Ask for a new invitation.',
  'error.emailTaken': 'An account already exists with this email address.',
  'error.signupNotAllowed': 'Sign-up is open to invited people and to addresses of allowed domains only.',
  'error.validation': 'Some information is not valid.',
  'validation.required': 'This field is required.',
  'validation.email': 'Enter a valid email address.',
  'validation.passwordTooShort': 'The password must be at least {min} characters long.',
  'validation.tooLong': 'This field cannot be longer than {max} characters.',
  'validation.timeZone': 'Unknown time zone.',
  'validation.locale': 'Unsupported language.',
  'validation.workingHours': 'Working hours are not valid (days 1 to 7, start before end, HH:MM).',
  'validation.unknownOrgUnit': 'Unknown org unit: {code}.',
  'validation.unknownManager': 'Unknown manager: {email}.',
  'validation.duplicateEmail': 'Duplicate email address in the file (already on line {line}).',
  'validation.invalidKind': 'Unknown org unit kind: {kind}.',
  'validation.missingColumn': 'Required column missing: {column}.',
  'validation.emptyFile': 'The file has no rows.',
  'validation.invalidCsv': 'Unreadable CSV file: {reason}.',
  'validation.invalidDomain': 'Invalid domain: {domain}.',
  'validation.managerCycle': 'A person cannot be their own manager.',
};

const catalogues: Record<Locale, Record<MessageKey, string>> = { fr, en };

export type Message = { key: MessageKey; params?: Record<string, string | number> };

export function translate(locale: Locale, message: Message): string {
  const template = catalogues[locale][message.key];
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(message.params?.[name] ?? `{${name}}`));
}

/** Picks fr or en from a stored preference, else from the Accept-Language header. */
export function pickLocale(preferred: string | null | undefined, acceptLanguage?: string | null): Locale {
  if (preferred === 'fr' || preferred === 'en') return preferred;
  for (const part of (acceptLanguage ?? '').split(',')) {
    const tag = part.trim().slice(0, 2).toLowerCase();
    if (tag === 'fr' || tag === 'en') return tag;
  }
  return 'fr';
}
