import { formatMessage, type MessageParams } from '../i18n/format';
import { type Locale, type PluginMessageKey, translate } from '../i18n/messages';
import type { NotificationKind } from './categories';

/** ICU messages. Grouped notifications have several actors: French verbs agree with `actorCount`. */
const fr = {
  'actors.two': '{a} et {b}',
  'actors.more': '{a} et {n} autres',
  someone: "Quelqu'un",
  where: ' dans {community}',
  'mention.post': '{actors} vous a mentionné·e dans une publication{where}',
  'mention.comment': '{actors} vous a mentionné·e dans un commentaire{where}',
  'reply.post': '{actors} a commenté votre publication{where}',
  'reply.comment': '{actors} a répondu à votre commentaire{where}',
  'reaction.post':
    '{actorCount, plural, one {{actors} a réagi à votre publication} other {{actors} ont réagi à votre publication}}',
  'reaction.comment':
    '{actorCount, plural, one {{actors} a réagi à votre commentaire} other {{actors} ont réagi à votre commentaire}}',
  membership_request:
    '{actorCount, plural, one {{actors} demande à rejoindre {community}} other {{actors} demandent à rejoindre {community}}}',
  'membership_decision.approved': 'Votre demande pour rejoindre {community} a été acceptée',
  'membership_decision.declined': "Votre demande pour rejoindre {community} n'a pas été acceptée",
  community_invitation: '{actors} vous invite à rejoindre {community}',
  announcement: '{actors} a publié une annonce à lire{where}',
  'announcement.reminder': '{actors} vous rappelle de lire une annonce{where}',
  'announcement.urgent': 'Urgent : {actors} a publié une annonce{where}',
  approval_request: '{actors} a soumis une publication à validation{where}',
  'approval_decision.approved': 'Votre publication{where} a été validée et publiée',
  'approval_decision.rejected': "Votre publication{where} n'a pas été validée",
  'moderation.hide': 'Un·e modérateur·rice a masqué votre {item}{where} en attendant examen',
  'moderation.remove': 'Un·e modérateur·rice a retiré votre {item}{where}',
  'moderation.restore': 'Un·e modérateur·rice a rétabli votre {item}{where}',
  'moderation.warn': 'Un·e modérateur·rice vous adresse un avertissement{where}',
  'moderation.suspend': "Vous ne pouvez plus participer{where} jusqu'au {until}",
  sign_in_alert:
    'Plusieurs tentatives de connexion à votre compte ont échoué. Si ce n’était pas vous, changez votre mot de passe.',
  webhook_disabled:
    'Le webhook {url} a été désactivé après {failures} échecs de livraison consécutifs : vérifiez le récepteur puis réactivez-le.',
  'event.promoted': 'Une place s’est libérée : vous êtes inscrit·e à « {title} »',
  'event.cancelled': '« {title} » est annulé',
  'learning.assigned': '{actors} vous a assigné le parcours « {title} », à terminer avant le {due}',
  'event.invited': '{actors} vous invite à « {title} »',
  'event.reminder': 'Rappel : « {title} » commence le {at}',
  'item.post': 'publication',
  'item.comment': 'commentaire',
  rule: ' — règle : {rule}',
  reason: ' — motif : {reason}',
} satisfies Record<string, string>;

type Key = keyof typeof fr;

const en: Record<Key, string> = {
  'actors.two': '{a} and {b}',
  'actors.more': '{a} and {n} others',
  someone: 'Someone',
  where: ' in {community}',
  'mention.post': '{actors} mentioned you in a post{where}',
  'mention.comment': '{actors} mentioned you in a comment{where}',
  'reply.post': '{actors} commented on your post{where}',
  'reply.comment': '{actors} replied to your comment{where}',
  'reaction.post': '{actors} reacted to your post',
  'reaction.comment': '{actors} reacted to your comment',
  membership_request: '{actors} asked to join {community}',
  'membership_decision.approved': 'Your request to join {community} was accepted',
  'membership_decision.declined': 'Your request to join {community} was not accepted',
  community_invitation: '{actors} invited you to join {community}',
  announcement: '{actors} published an announcement to read{where}',
  'announcement.reminder': '{actors} reminds you to read an announcement{where}',
  'announcement.urgent': 'Urgent: {actors} published an announcement{where}',
  approval_request: '{actors} submitted a post for approval{where}',
  'approval_decision.approved': 'Your post{where} was approved and published',
  'approval_decision.rejected': 'Your post{where} was not approved',
  'moderation.hide': 'A moderator hid your {item}{where} pending review',
  'moderation.remove': 'A moderator removed your {item}{where}',
  'moderation.restore': 'A moderator restored your {item}{where}',
  'moderation.warn': 'A moderator sent you a warning{where}',
  'moderation.suspend': 'You cannot take part{where} until {until}',
  sign_in_alert:
    'Several attempts to sign in to your account failed. If it was not you, change your password.',
  webhook_disabled:
    'The webhook {url} was turned off after {failures} failed deliveries in a row: check the receiver, then turn it on again.',
  'event.promoted': 'A seat freed up: you are now going to “{title}”',
  'event.cancelled': '“{title}” is cancelled',
  'learning.assigned': '{actors} assigned you the path “{title}”, due by {due}',
  'event.invited': '{actors} invited you to “{title}”',
  'event.reminder': 'Reminder: “{title}” starts on {at}',
  'item.post': 'post',
  'item.comment': 'comment',
  rule: ' — rule: {rule}',
  reason: ' — reason: {reason}',
};

const catalogues: Record<Locale, Record<Key, string>> = { fr, en };

function text(locale: Locale, key: Key, params: MessageParams = {}) {
  return formatMessage(locale, catalogues[locale][key], params);
}

/** What a notification says; the same facts feed the in-app list and the emails. */
export type NotificationFacts = {
  kind: NotificationKind;
  actorNames: string[];
  actorCount: number;
  communityName: string | null;
  commentId: string | null;
  data: Record<string, unknown>;
};

/** "Ana Lopes", "Ana Lopes and Marc Petit", "Ana Lopes and 4 others". */
const dateTime = (locale: Locale, timeZone: string, at: unknown) =>
  at
    ? new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short', timeZone }).format(
        new Date(String(at)),
      )
    : '';

function actorsPhrase(locale: Locale, names: string[], count: number): string {
  const [a = text(locale, 'someone'), b] = names;
  if (count <= 1) return a;
  if (count === 2 && b) return text(locale, 'actors.two', { a, b });
  return text(locale, 'actors.more', { a, n: count - 1 });
}

function keyFor(kind: Exclude<NotificationKind, 'plugin'>, facts: NotificationFacts): Key {
  const { data } = facts;
  const on = facts.commentId ? 'comment' : 'post';
  switch (kind) {
    case 'mention':
      return `mention.${on}`;
    case 'reaction':
      return `reaction.${on}`;
    case 'reply':
      return data.toComment ? 'reply.comment' : 'reply.post';
    case 'membership_decision':
      return data.approved ? 'membership_decision.approved' : 'membership_decision.declined';
    case 'announcement':
      return data.urgent ? 'announcement.urgent' : data.reminder ? 'announcement.reminder' : 'announcement';
    case 'approval_decision':
      return data.approved ? 'approval_decision.approved' : 'approval_decision.rejected';
    case 'event':
      return `event.${data.what as 'promoted' | 'cancelled' | 'invited' | 'reminder'}`;
    case 'learning':
      return 'learning.assigned';
    case 'moderation':
      return `moderation.${data.action as 'hide' | 'remove' | 'restore' | 'warn' | 'suspend'}`;
    default:
      return kind;
  }
}

export function notificationMessage(locale: Locale, facts: NotificationFacts, timeZone: string): string {
  const { data, kind } = facts;
  if (kind === 'plugin') return pluginMessage(locale, data);
  const community = facts.communityName ?? '';
  const params = {
    actors: actorsPhrase(locale, facts.actorNames, facts.actorCount),
    actorCount: facts.actorCount,
    community,
    where: community ? text(locale, 'where', { community }) : '',
    item: text(locale, facts.commentId ? 'item.comment' : 'item.post'),
    title: String(data.title ?? ''),
    url: String(data.url ?? ''),
    failures: Number(data.failures ?? 0),
    at: dateTime(locale, timeZone, data.startsAt),
    until: dateTime(locale, timeZone, data.suspendedUntil),
    due: data.dueAt
      ? new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone }).format(new Date(String(data.dueAt)))
      : '',
  };
  let message = text(locale, keyFor(kind, facts), params);
  if (facts.kind === 'moderation' && data.rule) message += text(locale, 'rule', { rule: String(data.rule) });
  const explained = facts.kind === 'moderation' || (facts.kind === 'approval_decision' && !data.approved);
  if (explained && data.reason) message += text(locale, 'reason', { reason: String(data.reason) });
  return message;
}

/** A plugin's notification says what the plugin's own message (fr and en) says. */
function pluginMessage(locale: Locale, data: Record<string, unknown>): string {
  const params = (data.params ?? {}) as Record<string, string | number>;
  return translate(locale, { key: String(data.message) as PluginMessageKey, params });
}

/** Where the web app shows what the notification is about. */
export function notificationLink(facts: {
  kind: NotificationKind;
  postId: string | null;
  commentId: string | null;
  communitySlug: string | null;
  data?: Record<string, unknown>;
}): string {
  const community = facts.communitySlug ? `/communities/${facts.communitySlug}` : '/';
  switch (facts.kind) {
    case 'plugin':
      return typeof facts.data?.link === 'string' && facts.data.link.startsWith('/') ? facts.data.link : '/';
    case 'event':
      return `/events/${String(facts.data?.eventId ?? '')}`;
    case 'learning':
      return `/learning/${String(facts.data?.pathId ?? '')}`;
    case 'webhook_disabled':
      return '/admin/webhooks';
    case 'membership_request':
      return `${community}/members`;
    case 'approval_request':
      return `${community}/approvals`;
    case 'membership_decision':
    case 'community_invitation':
    // A removed or hidden item is no longer there to open: the message says what and why.
    case 'moderation':
      return community;
    default:
      if (!facts.postId) return community;
      return facts.commentId ? `/posts/${facts.postId}#comment-${facts.commentId}` : `/posts/${facts.postId}`;
  }
}
