import { type Db, schema, type Tx } from '@levain/db';
import { eq, sql } from 'drizzle-orm';
import { audit } from '../audit';
import { NotAllowedError, NotFoundError } from '../errors';
import { pickLocale, translate } from '../i18n/messages';
import { invitationStatus } from './invitations';

/** An erased person keeps their id (content and audit entries point to it) under this address. */
export const erasedEmail = (userId: string) => `erased-${userId}@invalid`;
export const isErased = (user: { id: string; email: string }) => user.email === erasedEmail(user.id);

/** How many characters of a session id the export shows: enough to recognise it, too few to use it. */
const SESSION_ID_PREFIX = 8;

/** Everything the core stores about a person, in a form they can read. Never secrets or hashes. */
export async function exportCorePersonalData(db: Db, id: string, currentSessionId: string | null) {
  const user = await db.query.users.findFirst({
    where: { id },
    with: {
      orgUnit: { columns: { code: true, name: true } },
      manager: { columns: { id: true, name: true } },
      roles: { columns: { role: true, grantedAt: true } },
      sessions: { columns: { id: true, createdAt: true, lastUsedAt: true, userAgent: true } },
    },
  });
  if (!user) throw new NotFoundError();
  const [sent, received, actions, about] = await Promise.all([
    db.query.invitations.findMany({ where: { invitedById: id }, orderBy: { createdAt: 'asc' } }),
    db.query.invitations.findMany({
      where: { RAW: (i) => sql`lower(${i.email}) = ${user.email.toLowerCase()}` },
      with: { invitedBy: { columns: { name: true } } },
      orderBy: { createdAt: 'asc' },
    }),
    db.query.auditLog.findMany({ where: { actorId: id }, orderBy: { createdAt: 'asc' } }),
    db.query.auditLog.findMany({
      where: { subjectType: 'user', subjectId: id },
      orderBy: { createdAt: 'asc' },
    }),
  ]);
  return {
    profile: {
      id: user.id,
      email: user.email,
      name: user.name,
      title: user.title,
      bio: user.bio,
      locale: user.locale,
      timeZone: user.timeZone,
      workingHours: user.workingHours,
      avatarUrl: user.avatarPath ? `/uploads/${user.avatarPath}` : null,
      orgUnit: user.orgUnit,
      manager: user.manager,
      status: user.status,
      signsInWithPassword: user.passwordHash !== null,
      signsInWithSso: user.oidcSubject !== null,
      createdAt: user.createdAt,
      updatedAt: user.updatedAt,
    },
    roles: user.roles,
    sessions: user.sessions.map((s) => ({
      idPrefix: s.id.slice(0, SESSION_ID_PREFIX),
      current: s.id === currentSessionId,
      createdAt: s.createdAt,
      lastUsedAt: s.lastUsedAt,
      userAgent: s.userAgent,
    })),
    invitationsSent: sent.map((i) => ({
      email: i.email,
      role: i.role,
      status: invitationStatus(i),
      createdAt: i.createdAt,
      expiresAt: i.expiresAt,
    })),
    invitationsReceived: received.map((i) => ({
      invitedBy: i.invitedBy?.name ?? null,
      role: i.role,
      status: invitationStatus(i),
      createdAt: i.createdAt,
    })),
    actions: actions.map((a) => ({
      action: a.action,
      subjectType: a.subjectType,
      subjectId: a.subjectId,
      details: a.details,
      createdAt: a.createdAt,
    })),
    // What others did to this person's account; who did it is left out (their data, not the viewer's).
    actionsAboutMe: about.map((a) => ({ action: a.action, details: a.details, createdAt: a.createdAt })),
  };
}

/**
 * Anonymises a person in the caller's transaction. The row stays (posts, audit entries and reports
 * point to it) but nothing in it identifies them any more; their sessions and the invitations
 * addressed to them (which hold their email) are deleted. Invitations they sent are about others
 * and stay.
 */
export async function eraseCorePersonalData(tx: Tx, actorId: string, id: string) {
  if (actorId === id) throw new NotAllowedError('error.cannotEraseSelf');
  const user = await tx.query.users.findFirst({
    where: { id },
    columns: { email: true, status: true, avatarPath: true },
  });
  if (!user) throw new NotFoundError();
  const settings = await tx.query.organisationSettings.findFirst({ columns: { defaultLocale: true } });
  await tx
    .update(schema.users)
    .set({
      name: translate(pickLocale(settings?.defaultLocale), { key: 'person.erasedName' }),
      email: erasedEmail(id),
      title: null,
      bio: null,
      avatarPath: null,
      passwordHash: null,
      oidcSubject: null,
      workingHours: schema.defaultWorkingHours,
      status: 'deactivated',
      updatedAt: new Date(),
    })
    .where(eq(schema.users.id, id));
  await tx.delete(schema.sessions).where(eq(schema.sessions.userId, id));
  await tx
    .delete(schema.invitations)
    .where(sql`lower(${schema.invitations.email}) = ${user.email.toLowerCase()}`);
  await audit(tx, actorId, 'user.erased', 'user', id);
  return { wasActive: user.status === 'active', avatarPath: user.avatarPath };
}
