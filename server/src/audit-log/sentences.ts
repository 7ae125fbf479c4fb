import { type Locale, messageTemplate } from '../i18n/messages';

/**
 * What an audit entry says, after its actor's name: "{subject}" is where the client puts the link
 * to what was acted on. Plugins word their own actions ("pulse.campaign-created") as message
 * "audit.campaign-created" of their `messages`.
 */
const fr: Record<string, string> = {
  'user.deactivated': 'a désactivé le compte de {subject}',
  'user.reactivated': 'a réactivé le compte de {subject}',
  'user.erased': 'a effacé les données personnelles d’un compte',
  'user.roles-changed': 'a changé les rôles de {subject}{changes}',
  'user.profile-updated': 'a modifié le profil de {subject}',
  'invitation.created': 'a invité {count} personne(s) par e-mail',
  'invitation.accepted': 'a accepté son invitation',
  'invitation.revoked': 'a révoqué une invitation',
  'organisation.updated': 'a modifié les réglages de l’organisation',
  'directory.imported': 'a importé l’annuaire ({rows} lignes)',
  'plugin.enabled': 'a activé l’extension {subject}',
  'plugin.disabled': 'a désactivé l’extension {subject}',
  'community.created': 'a créé la communauté {subject}',
  'community.updated': 'a modifié la communauté {subject}',
  'community.archived': 'a archivé la communauté {subject}',
  'community.unarchived': 'a rouvert la communauté {subject}',
  'community.deleted': 'a supprimé la communauté {subject}',
  'community.restored': 'a restauré la communauté {subject}',
  'community.purged': 'a définitivement effacé la communauté « {name} »',
  'community.membership-decided': 'a répondu à une demande pour rejoindre {subject}',
  'community.members-invited': 'a invité des personnes dans {subject}',
  'community.member-role-changed': 'a changé le rôle d’un membre de {subject}',
  'community.member-removed': 'a retiré un membre de {subject}',
  'community.org-units-set': 'a rattaché {subject} à des entités',
  'post.deleted': 'a supprimé la publication {subject}',
  'post.approved': 'a validé la publication {subject}',
  'post.rejected': 'a refusé la publication {subject}',
  'comment.deleted': 'a supprimé le commentaire {subject}',
  'notification.urgent-sent': 'a envoyé une notification urgente pour {subject}',
  'moderation.dismiss': 'a classé sans suite les signalements sur {subject}',
  'moderation.hide': 'a masqué {subject} en attendant examen',
  'moderation.restore': 'a rétabli {subject}',
  'moderation.remove': 'a retiré {subject}',
  'moderation.warn': 'a averti l’auteur·rice de {subject}',
  'moderation.suspend': 'a suspendu de sa communauté l’auteur·rice de {subject}',
  'webhook.created': 'a abonné le webhook {url} à des événements',
  'webhook.enabled': 'a réactivé le webhook {url}',
  'webhook.disabled': 'a désactivé le webhook {url}',
  'webhook.deleted': 'a supprimé le webhook {url}',
  other: 'a fait « {action} » sur {subject}',
  reason: ' — motif : {reason}',
  rolesAdded: ' : + {roles}',
  rolesRemoved: ' : − {roles}',
  rolesBoth: ' : + {added}, − {removed}',
  'subject.post': 'une publication supprimée',
  'subject.comment': 'un commentaire supprimé',
  'subject.user': 'un compte effacé',
  'subject.community': 'une communauté effacée',
};

const en: Record<keyof typeof fr, string> = {
  'user.deactivated': 'deactivated the account of {subject}',
  'user.reactivated': 'reactivated the account of {subject}',
  'user.erased': 'erased the personal data of an account',
  'user.roles-changed': 'changed the roles of {subject}{changes}',
  'user.profile-updated': 'edited the profile of {subject}',
  'invitation.created': 'invited {count} person(s) by email',
  'invitation.accepted': 'accepted their invitation',
  'invitation.revoked': 'revoked an invitation',
  'organisation.updated': 'changed the organisation’s settings',
  'directory.imported': 'imported the directory ({rows} rows)',
  'plugin.enabled': 'enabled the plugin {subject}',
  'plugin.disabled': 'disabled the plugin {subject}',
  'community.created': 'created the community {subject}',
  'community.updated': 'edited the community {subject}',
  'community.archived': 'archived the community {subject}',
  'community.unarchived': 'reopened the community {subject}',
  'community.deleted': 'deleted the community {subject}',
  'community.restored': 'restored the community {subject}',
  'community.purged': 'erased the community "{name}" for good',
  'community.membership-decided': 'answered a request to join {subject}',
  'community.members-invited': 'invited people into {subject}',
  'community.member-role-changed': 'changed the role of a member of {subject}',
  'community.member-removed': 'removed a member from {subject}',
  'community.org-units-set': 'attached {subject} to org units',
  'post.deleted': 'deleted the post {subject}',
  'post.approved': 'approved the post {subject}',
  'post.rejected': 'rejected the post {subject}',
  'comment.deleted': 'deleted the comment {subject}',
  'notification.urgent-sent': 'sent an urgent notification for {subject}',
  'moderation.dismiss': 'dismissed the reports on {subject}',
  'moderation.hide': 'hid {subject} pending review',
  'moderation.restore': 'restored {subject}',
  'moderation.remove': 'removed {subject}',
  'moderation.warn': 'warned the author of {subject}',
  'moderation.suspend': 'suspended the author of {subject} from their community',
  'webhook.created': 'subscribed the webhook {url} to events',
  'webhook.enabled': 'turned the webhook {url} back on',
  'webhook.disabled': 'turned off the webhook {url}',
  'webhook.deleted': 'deleted the webhook {url}',
  other: 'did "{action}" on {subject}',
  reason: ' — reason: {reason}',
  rolesAdded: ': + {roles}',
  rolesRemoved: ': − {roles}',
  rolesBoth: ': + {added}, − {removed}',
  'subject.post': 'a deleted post',
  'subject.comment': 'a deleted comment',
  'subject.user': 'an erased account',
  'subject.community': 'an erased community',
};

const catalogues: Record<Locale, Record<string, string>> = { fr, en };

const fill = (template: string, params: Record<string, unknown>) =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name === 'subject' ? whole : String(params[name] ?? ''),
  );

const roleLabels: Record<Locale, Record<string, string>> = {
  fr: { admin: 'administrateur·rice', hr: 'RH', chief_cm: 'CM en chef', member: 'membre' },
  en: { admin: 'administrator', hr: 'HR', chief_cm: 'chief CM', member: 'member' },
};

function roleChanges(locale: Locale, details: Record<string, unknown>): string {
  const list = (key: string) =>
    (Array.isArray(details[key]) ? (details[key] as string[]) : []).map((r) => roleLabels[locale][r] ?? r);
  const [added, removed] = [list('added'), list('removed')];
  const text = catalogues[locale];
  if (added.length && removed.length)
    return fill(text.rolesBoth!, { added: added.join(', '), removed: removed.join(', ') });
  if (added.length) return fill(text.rolesAdded!, { roles: added.join(', ') });
  if (removed.length) return fill(text.rolesRemoved!, { roles: removed.join(', ') });
  return '';
}

/** A plugin's action "pulse.campaign-created" is worded by its message "pulse:audit.campaign-created". */
function pluginTemplate(locale: Locale, action: string): string | null {
  const dot = action.indexOf('.');
  if (dot < 1) return null;
  return messageTemplate(locale, `${action.slice(0, dot)}:audit.${action.slice(dot + 1)}`);
}

/**
 * The sentence of an audit entry in the viewer's language, without its actor: "a désactivé le
 * compte de {subject} — motif : …". The client shows the actor first and the subject as a link.
 */
export function auditSentence(locale: Locale, action: string, details: Record<string, unknown>): string {
  const text = catalogues[locale];
  const template = text[action] ?? pluginTemplate(locale, action) ?? text.other!;
  const params = {
    ...details,
    action,
    changes: action === 'user.roles-changed' ? roleChanges(locale, details) : '',
  };
  let sentence = fill(template, params);
  if (action.startsWith('moderation.') && typeof details.reason === 'string' && details.reason)
    sentence += fill(text.reason!, { reason: details.reason });
  return sentence;
}

/** How a subject that no longer exists is named; null for entries about no one thing. */
export function missingSubject(locale: Locale, subjectType: string): { label: string; link: null } | null {
  const label = catalogues[locale][`subject.${subjectType}`];
  return label ? { label, link: null } : null;
}

/** An action as its filter offers it: "a désactivé le compte de …". */
export function auditActionLabel(locale: Locale, action: string): string {
  return auditSentence(locale, action, {})
    .replace('{subject}', '…')
    .replace(/\s+/g, ' ')
    .replace(/\(\s*\w*\s*\)/g, '')
    .trim();
}
