import { formatMessage } from '../i18n/format';
import type { Locale } from '../i18n/messages';
import type { NotificationCategory } from '../notifications/categories';

const fr = {
  greeting: 'Bonjour {name},',
  open: 'Ouvrir dans Levain',
  'subject.bundle': 'Vous avez {count} nouvelles notifications',
  'subject.daily': 'Votre résumé du jour : {count} notification(s)',
  'subject.weekly': 'Votre résumé de la semaine : {count} notification(s)',
  'intro.bundle': 'Voici ce qui s’est passé depuis la fin de votre dernière journée de travail.',
  'intro.daily': 'Voici tout ce qui s’est passé depuis votre dernier résumé.',
  'intro.weekly': 'Voici tout ce qui s’est passé depuis votre dernier résumé hebdomadaire.',
  elsewhere: 'Ailleurs dans Levain',
  footer: 'Vous recevez cet e-mail selon vos préférences de notification.',
  unsubscribe: 'Ne plus recevoir d’e-mails pour : {category}',
  manage: 'Gérer vos préférences',
  'unsubscribed.title': 'Désinscription confirmée',
  'unsubscribed.body':
    'Vous ne recevrez plus d’e-mails pour : {category}. Ces notifications restent visibles dans Levain.',
  'unsubscribe.invalid': 'Ce lien de désinscription n’est pas valable. Gérez vos préférences dans Levain.',
  'unsubscribe.confirmTitle': 'Se désinscrire ?',
  'unsubscribe.confirmBody': 'Vous ne recevrez plus d’e-mails pour : {category}.',
  'unsubscribe.confirmButton': 'Confirmer la désinscription',
  'category.mentions': 'mentions',
  'category.replies': 'réponses',
  'category.reactions': 'réactions',
  'category.memberships': 'adhésions aux communautés',
  'category.announcements': 'annonces',
  'category.approvals': 'validations de publications',
  'category.moderation': 'modération',
  'category.events': 'événements',
  'category.learning': 'parcours d’apprentissage',
  'category.plugins': 'modules (baromètre social…)',
};

export type MailTextKey = keyof typeof fr;

const en: Record<MailTextKey, string> = {
  greeting: 'Hello {name},',
  open: 'Open in Levain',
  'subject.bundle': 'You have {count} new notifications',
  'subject.daily': 'Your daily summary: {count} notification(s)',
  'subject.weekly': 'Your weekly summary: {count} notification(s)',
  'intro.bundle': 'Here is what happened since the end of your last working day.',
  'intro.daily': 'Here is everything that happened since your last summary.',
  'intro.weekly': 'Here is everything that happened since your last weekly summary.',
  elsewhere: 'Elsewhere in Levain',
  footer: 'You receive this email because of your notification preferences.',
  unsubscribe: 'Stop emails about {category}',
  manage: 'Manage your preferences',
  'unsubscribed.title': 'Unsubscribed',
  'unsubscribed.body':
    'You will no longer receive emails about {category}. You still see these notifications in Levain.',
  'unsubscribe.invalid': 'This unsubscribe link is not valid. Manage your preferences in Levain.',
  'unsubscribe.confirmTitle': 'Unsubscribe?',
  'unsubscribe.confirmBody': 'You will no longer get emails about {category}.',
  'unsubscribe.confirmButton': 'Confirm',
  'category.mentions': 'mentions',
  'category.replies': 'replies',
  'category.reactions': 'reactions',
  'category.memberships': 'community memberships',
  'category.announcements': 'announcements',
  'category.events': 'events',
  'category.learning': 'learning paths',
  'category.approvals': 'post approvals',
  'category.moderation': 'moderation',
  'category.plugins': 'add-ons (pulse surveys…)',
};

const catalogues: Record<Locale, Record<MailTextKey, string>> = { fr, en };

export function mailText(
  locale: Locale,
  key: MailTextKey,
  params: Record<string, string | number> = {},
): string {
  return formatMessage(locale, catalogues[locale][key], params);
}

export const categoryName = (locale: Locale, category: NotificationCategory) =>
  mailText(locale, `category.${category}`);
