import { eventEn, eventFr } from './event-messages';
import { formatMessage } from './format';
import { integrationEn, integrationFr } from './integration-messages';
import { knowledgeEn, knowledgeFr } from './knowledge-messages';
import { learningEn, learningFr } from './learning-messages';
import { projectEn, projectFr } from './project-messages';
import { securityEn, securityFr } from './security-messages';

/** Messages the server sends to people, in the viewer's language. */
export const locales = ['fr', 'en'] as const;
export type Locale = (typeof locales)[number];

const fr = {
  'error.notSignedIn': 'Connectez-vous pour continuer.',
  'error.notAllowed': "Vous n'avez pas l'autorisation de faire cela.",
  'error.notFound': "Cet élément n'existe pas ou ne vous est pas visible.",
  'post.reactionTarget': 'Indiquez une publication ou un commentaire, pas les deux.',
  'post.announcementNeedsCommunity': 'Une annonce se publie dans une communauté.',
  'post.attachmentUnknown':
    "Cette pièce jointe est introuvable ou n'est plus disponible : envoyez-la de nouveau.",
  'post.pollOptions': 'Un sondage propose entre {min} et {max} choix.',
  'post.closesInPast': 'La date de clôture doit être dans le futur.',
  'post.publishTooLate': 'La publication ne peut pas être programmée à plus d’un an.',
  'post.notPending': "Cette publication n'attend plus de validation.",
  'post.noPoll': "Cette publication n'a pas de sondage.",
  'post.pollClosed': 'Ce sondage est clos.',
  'post.pollChooseOne': 'Choisissez une réponse.',
  'post.pollChooseSome': 'Choisissez au moins une réponse.',
  'post.notAnnouncement': "Cette publication n'est pas une annonce.",
  'attachment.tooLarge': 'Le fichier dépasse {max} Mo : choisissez un fichier plus léger.',
  'attachment.missing': 'Choisissez un fichier à joindre.',
  'attachment.unsupportedType':
    'Ce type de fichier n’est pas accepté : images PNG, JPEG, WebP, GIF ou documents PDF, Word, Excel, PowerPoint, texte, CSV.',
  'error.rateLimited': 'Trop de tentatives. Réessayez dans {minutes} minute(s).',
  'error.pluginDisabled': 'Le module « {plugin} » est désactivé par un·e administrateur·rice.',
  'error.invalidCredentials': 'Adresse e-mail ou mot de passe incorrect.',
  'error.accountDeactivated': 'Ce compte est désactivé. Contactez un·e administrateur·rice.',
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
  'upload.tooLarge': "L'image dépasse {max} Mo : choisissez une image plus légère.",
  'upload.unsupportedType': "Ce fichier n'est pas une image PNG, JPEG ou WebP.",
  'upload.missingFile': 'Choisissez une image à envoyer.',
  'error.unexpected': "Une erreur inattendue s'est produite. Réessayez dans un instant.",
  'error.serviceUnavailable': 'Le service est momentanément indisponible. Réessayez dans quelques secondes.',
  'validation.fileTooLarge': 'Le fichier dépasse {max} Mo.',
  'validation.notUtf8': "Le fichier n'est pas en UTF-8 : enregistrez-le au format « CSV UTF-8 ».",
  'validation.duplicateColumn': 'Colonne en double : {column}.',
  'validation.csvQuotes': 'Guillemets mal fermés à partir de cette ligne.',
  'validation.unknownColumn': 'Colonne inconnue : {column}. Colonnes possibles : {columns}.',
  'validation.columnCount': "Cette ligne a {count} colonne(s), l'en-tête en a {expected}.",
  'validation.orgUnitConflict': "L'unité {code} est définie autrement à la ligne {line}.",
  'validation.orgUnitCycle': "Cette ligne crée une boucle dans l'organigramme : {chain}.",
  'validation.managerLoop': 'Cette ligne crée une boucle hiérarchique : {chain}.',
  'validation.duplicateInList': 'Cette adresse e-mail figure déjà plus haut dans la liste.',
  'validation.tooMany': 'Au plus {max} éléments à la fois.',
  'validation.orgUnitNotFound': "Cette unité d'organisation n'existe pas.",
  'error.invitationNotPending': 'Cette invitation a déjà été acceptée, révoquée ou a expiré.',
  'error.cannotRemoveOwnAdmin':
    "Vous ne pouvez pas retirer votre propre rôle d'administrateur·rice : demandez-le à un·e autre administrateur·rice.",
  'error.cannotDeactivateSelf': 'Vous ne pouvez pas désactiver votre propre compte.',
  'error.cannotEraseSelf':
    'Vous ne pouvez pas effacer vos propres données : demandez-le à un·e autre administrateur·rice.',
  'error.personErased':
    'Les données de cette personne ont été effacées : son compte ne peut plus être réactivé.',
  'person.erasedName': 'Ancien·ne collaborateur·rice',
  'validation.notAnAnnouncement':
    'Seule une annonce publiée dans une communauté peut faire l’objet d’un avis urgent.',
  'validation.invalidCursor':
    "Ce curseur de pagination n'est pas valable : reprenez la liste depuis le début.",
  'validation.searchQuery': 'Saisissez entre 1 et {max} caractères à rechercher.',
  'moderation.reason.spam': 'Spam ou publicité',
  'moderation.reason.harassment': 'Harcèlement ou propos blessants',
  'moderation.reason.off_topic': 'Hors sujet',
  'moderation.reason.confidential': 'Information confidentielle',
  'moderation.reason.other': 'Autre raison',
  'moderation.action.dismiss': 'Signalement classé sans suite',
  'moderation.action.hide': 'Masqué en attendant un examen',
  'moderation.action.restore': 'Rétabli',
  'moderation.action.remove': 'Retiré',
  'moderation.action.warn': 'Avertissement',
  'moderation.action.suspend': 'Suspension',
  'validation.reportReason': 'Choisissez un motif de signalement dans la liste.',
  'validation.unknownRule': "Cette règle n'existe pas (ou plus) pour cet espace.",
  'validation.citationRequired': 'Citez au moins un article de la charte qui s’applique.',
  'validation.tooManyCitations': 'Citez au plus {max} règles.',
  'validation.oneTarget': 'Indiquez soit une publication, soit un commentaire.',
  'validation.moderationTarget': 'Indiquez le signalement, la publication ou le commentaire concerné.',
  'validation.suspendDays': 'La suspension dure de 1 à {max} jours.',
  'validation.language': 'Choisissez une langue de la liste.',
  'validation.languageNeeded': 'Choisissez au moins une langue.',
  'moderation.alreadyHidden': 'Cet élément est déjà masqué.',
  'moderation.alreadyRemoved': 'Cet élément est déjà retiré.',
  'moderation.alreadyVisible': "Cet élément est visible : il n'y a rien à rétablir.",
  'moderation.suspendOutsideCommunity':
    "Une suspension vaut pour une communauté : cette publication est sur un profil, elle n'en a pas.",
  'moderation.suspendNonMember':
    "L'auteur·rice n'est pas membre de cette communauté : retirez le contenu ou avertissez-le plutôt.",
  'community.alreadyMember': 'Vous êtes déjà membre de cette communauté.',
  'community.notAMember': "Vous n'êtes pas membre de cette communauté.",
  'community.archived': 'Cette communauté est archivée : elle est en lecture seule.',
  'community.joinOnRequest':
    'Cette communauté accueille ses membres sur demande : demandez à la rejoindre, un·e animateur·rice vous répondra.',
  'community.joinOnInvitation':
    "Cette communauté accueille ses membres sur invitation uniquement : demandez à l'un·e de ses animateur·rices de vous inviter.",
  'community.openToJoin': 'Cette communauté est ouverte : rejoignez-la directement.',
  'community.requestPending': "Votre demande attend déjà la réponse d'un·e animateur·rice.",
  'community.lastOwnerLeave':
    'Vous êtes le dernier propriétaire de cette communauté : nommez un autre propriétaire avant de la quitter.',
  'community.noOwnerLeft':
    "Cette communauté n'aurait plus de propriétaire : nommez d'abord un autre propriétaire.",
  'community.officialReserved':
    'Seuls les administrateur·rices et le community manager en chef peuvent créer une chaîne officielle.',
  'community.parentNotAnimated':
    'Seuls les animateur·rices de la communauté parente peuvent y ranger une sous-communauté.',
  'community.restoreExpired':
    'Cette communauté a été supprimée il y a plus de 30 jours : elle ne peut plus être restaurée.',
  'validation.communityCycle':
    "Une communauté ne peut pas être rangée sous elle-même ni sous l'une de ses sous-communautés.",
  'validation.unknownCommunity': "Cette communauté n'existe pas ou ne vous est pas visible.",
  'validation.unknownPeople': 'Certaines personnes sont inconnues ou ont un compte désactivé.',
  'validation.url': 'Saisissez une adresse web complète (https://…).',
  'validation.cannotFollowSelf': 'Vous ne pouvez pas vous suivre vous-même.',
  ...securityFr,
  ...integrationFr,
  ...learningFr,
  ...knowledgeFr,
  ...eventFr,
  ...projectFr,
} as const;

export type MessageKey = keyof typeof fr;

const en: Record<MessageKey, string> = {
  'error.notSignedIn': 'Sign in to continue.',
  'error.notAllowed': 'You are not allowed to do this.',
  'error.notFound': 'This item does not exist or is not visible to you.',
  'post.reactionTarget': 'Give a post or a comment, not both.',
  'post.announcementNeedsCommunity': 'An announcement is posted in a community.',
  'post.attachmentUnknown': 'This attachment cannot be found or is no longer available: upload it again.',
  'post.pollOptions': 'A poll offers between {min} and {max} choices.',
  'post.closesInPast': 'The closing date must be in the future.',
  'post.publishTooLate': 'A post cannot be scheduled more than a year ahead.',
  'post.notPending': 'This post is no longer waiting for approval.',
  'post.noPoll': 'This post has no poll.',
  'post.pollClosed': 'This poll is closed.',
  'post.pollChooseOne': 'Choose one answer.',
  'post.pollChooseSome': 'Choose at least one answer.',
  'post.notAnnouncement': 'This post is not an announcement.',
  'attachment.tooLarge': 'The file is larger than {max} MB: choose a smaller file.',
  'attachment.missing': 'Choose a file to attach.',
  'attachment.unsupportedType':
    'This type of file is not accepted: PNG, JPEG, WebP or GIF images, or PDF, Word, Excel, PowerPoint, text or CSV documents.',
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
  'upload.tooLarge': 'The image is larger than {max} MB: choose a lighter one.',
  'upload.unsupportedType': 'This file is not a PNG, JPEG or WebP image.',
  'upload.missingFile': 'Choose an image to upload.',
  'error.unexpected': 'Something went wrong on our side. Try again in a moment.',
  'error.serviceUnavailable': 'The service is briefly unavailable. Try again in a few seconds.',
  'validation.fileTooLarge': 'The file is larger than {max} MB.',
  'validation.notUtf8': 'The file is not UTF-8: save it as "CSV UTF-8".',
  'validation.duplicateColumn': 'Duplicate column: {column}.',
  'validation.csvQuotes': 'Unbalanced quotes from this line on.',
  'validation.unknownColumn': 'Unknown column: {column}. Possible columns: {columns}.',
  'validation.columnCount': 'This line has {count} column(s), the header has {expected}.',
  'validation.orgUnitConflict': 'Org unit {code} is defined differently on line {line}.',
  'validation.orgUnitCycle': 'This line creates a loop in the org chart: {chain}.',
  'validation.managerLoop': 'This line creates a reporting loop: {chain}.',
  'validation.duplicateInList': 'This email address is already higher up in the list.',
  'validation.tooMany': 'At most {max} items at a time.',
  'validation.orgUnitNotFound': 'This org unit does not exist.',
  'error.invitationNotPending': 'This invitation has already been accepted, revoked or has expired.',
  'error.cannotRemoveOwnAdmin': 'You cannot remove your own admin role: ask another admin to do it.',
  'error.cannotDeactivateSelf': 'You cannot deactivate your own account.',
  'error.cannotEraseSelf': 'You cannot erase your own data: ask another admin to do it.',
  'error.personErased': "This person's data has been erased: their account can no longer be reactivated.",
  'person.erasedName': 'Former employee',
  'validation.notAnAnnouncement':
    'Only an announcement published in a community can be sent as an urgent notice.',
  'validation.invalidCursor': 'This pagination cursor is not valid: start the list again from the beginning.',
  'validation.searchQuery': 'Type between 1 and {max} characters to search for.',
  'moderation.reason.spam': 'Spam or advertising',
  'moderation.reason.harassment': 'Harassment or hurtful words',
  'moderation.reason.off_topic': 'Off-topic',
  'moderation.reason.confidential': 'Confidential information',
  'moderation.reason.other': 'Another reason',
  'moderation.action.dismiss': 'Report dismissed',
  'moderation.action.hide': 'Hidden pending review',
  'moderation.action.restore': 'Restored',
  'moderation.action.remove': 'Removed',
  'moderation.action.warn': 'Warning',
  'moderation.action.suspend': 'Suspension',
  'validation.reportReason': 'Choose a reason from the list.',
  'validation.unknownRule': 'This rule does not exist (any more) here.',
  'validation.citationRequired': 'Cite at least one article of the charter that applies.',
  'validation.tooManyCitations': 'Cite at most {max} rules.',
  'validation.oneTarget': 'Give either a post or a comment.',
  'validation.moderationTarget': 'Give the report, the post or the comment concerned.',
  'validation.suspendDays': 'A suspension lasts from 1 to {max} days.',
  'validation.language': 'Choose a language from the list.',
  'validation.languageNeeded': 'Choose at least one language.',
  'moderation.alreadyHidden': 'This item is already hidden.',
  'moderation.alreadyRemoved': 'This item is already removed.',
  'moderation.alreadyVisible': 'This item is visible: there is nothing to restore.',
  'moderation.suspendOutsideCommunity':
    'A suspension applies to a community: this post is on a profile, which has none.',
  'moderation.suspendNonMember':
    'The author is not a member of this community: remove the content or warn them instead.',
  'community.alreadyMember': 'You are already a member of this community.',
  'community.notAMember': 'You are not a member of this community.',
  'community.archived': 'This community is archived: it is read-only.',
  'community.joinOnRequest':
    'This community admits members on request: ask to join and an animator will answer.',
  'community.joinOnInvitation':
    'This community admits members by invitation only: ask one of its animators to invite you.',
  'community.openToJoin': 'This community is open: join it directly.',
  'community.requestPending': 'Your request is already waiting for an animator’s answer.',
  'community.lastOwnerLeave':
    'You are the last owner of this community: make someone else an owner before you leave.',
  'community.noOwnerLeft': 'The community would have no owner left: make someone else an owner first.',
  'community.officialReserved':
    'Only administrators and the chief community manager can create an official channel.',
  'community.parentNotAnimated':
    'Only the animators of the parent community can place a sub-community under it.',
  'community.restoreExpired':
    'This community was deleted more than 30 days ago: it can no longer be restored.',
  'validation.communityCycle': 'A community cannot sit under itself or under one of its sub-communities.',
  'validation.unknownCommunity': 'This community does not exist or is not visible to you.',
  'validation.unknownPeople': 'Some of these people are unknown or their account is deactivated.',
  'validation.url': 'Enter a full web address (https://…).',
  'validation.cannotFollowSelf': 'You cannot follow yourself.',
  ...securityEn,
  ...integrationEn,
  ...learningEn,
  ...knowledgeEn,
  ...eventEn,
  ...projectEn,
};

const catalogues: Record<Locale, Record<MessageKey, string>> = { fr, en };

/** Keys a plugin adds, namespaced by its id by the plugin host ("pulse:validation.closesBeforeOpens"). */
export type PluginMessageKey = `${string}:${string}`;

const pluginCatalogues: Record<Locale, Map<string, string>> = { fr: new Map(), en: new Map() };

/** Adds a plugin's messages; both languages must have the same keys. */
export function registerMessages(pluginId: string, messages: Record<Locale, Record<string, string>>): void {
  const keys = (locale: Locale) => Object.keys(messages[locale]).sort().join(',');
  if (keys('fr') !== keys('en'))
    throw new Error(`Plugin "${pluginId}" must give the same message keys in French and English`);
  for (const locale of locales)
    for (const [key, text] of Object.entries(messages[locale]))
      pluginCatalogues[locale].set(`${pluginId}:${key}`, text);
}

export type Message = { key: MessageKey | PluginMessageKey; params?: Record<string, string | number> };

export function translate(locale: Locale, message: Message): string {
  return formatMessage(locale, messageTemplate(locale, message.key) ?? message.key, message.params);
}

/** A message's ICU template as written (the core's or a plugin's), for a caller that fills it itself. */
export function messageTemplate(locale: Locale, key: string): string | null {
  return (catalogues[locale] as Record<string, string>)[key] ?? pluginCatalogues[locale].get(key) ?? null;
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
