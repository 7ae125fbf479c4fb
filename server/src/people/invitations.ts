import { type Db, schema, type Tx } from '@levain/db';
import { and, eq, gt, inArray, isNull, sql } from 'drizzle-orm';
import { audit } from '../audit';
import { generateSecureRandomString, hashSecret } from '../auth/session-token';
import { type FieldIssue, ValidationError } from '../errors';
import type { Role } from '../permissions';
import { createAccount } from './accounts';

const { invitations } = schema;

export const INVITATION_TTL_DAYS = 14;
export const MAX_INVITATIONS_PER_CALL = 500;

export type Invitation = typeof invitations.$inferSelect;
export type InvitationStatus = 'pending' | 'accepted' | 'expired' | 'revoked';

export function invitationStatus(
  invitation: Pick<Invitation, 'acceptedAt' | 'revokedAt' | 'expiresAt'>,
  now = new Date(),
): InvitationStatus {
  if (invitation.acceptedAt) return 'accepted';
  if (invitation.revokedAt) return 'revoked';
  return invitation.expiresAt <= now ? 'expired' : 'pending';
}

/** SQL condition of an invitation whose link still works. */
const usable = () =>
  and(isNull(invitations.acceptedAt), isNull(invitations.revokedAt), gt(invitations.expiresAt, sql`now()`));

/**
 * Refuses the whole list when any address repeats an earlier one or already has an account, naming
 * each bad entry by its index ("emails.2") so the form can point at it. `emails` are already
 * normalised (trimmed, lower-case) by the field's validation.
 */
export async function checkInvitees(db: Db | Tx, emails: string[]): Promise<void> {
  const issues: FieldIssue[] = [];
  const seen = new Set<string>();
  emails.forEach((email, index) => {
    if (seen.has(email))
      issues.push({ field: `emails.${index}`, message: { key: 'validation.duplicateInList' } });
    seen.add(email);
  });
  const existing = await db
    .select({ email: sql<string>`lower(${schema.users.email})` })
    .from(schema.users)
    .where(inArray(sql`lower(${schema.users.email})`, [...seen]));
  const taken = new Set(existing.map((row) => row.email));
  emails.forEach((email, index) => {
    if (taken.has(email)) issues.push({ field: `emails.${index}`, message: { key: 'error.emailTaken' } });
  });
  if (issues.length) throw new ValidationError(issues);
}

export type NewInvitations = {
  emails: string[];
  role: Role;
  orgUnitId: string | null;
  invitedById: string;
};

/**
 * Creates one invitation per address and returns each with its one-time token, which exists only in
 * this return value: the database keeps its SHA-256. An older pending invitation for the same
 * address is revoked so that only the newest link works.
 */
export async function createInvitations(
  tx: Tx,
  input: NewInvitations,
): Promise<Array<{ invitation: Invitation; token: string }>> {
  const now = new Date();
  await tx
    .update(invitations)
    .set({ revokedAt: now })
    .where(and(inArray(invitations.email, input.emails), usable()));
  const tokens = input.emails.map(() => generateSecureRandomString());
  const expiresAt = new Date(now.getTime() + INVITATION_TTL_DAYS * 24 * 3600_000);
  const rows = await tx
    .insert(invitations)
    .values(
      input.emails.map((email, i) => ({
        email,
        tokenHash: hashSecret(tokens[i]!),
        role: input.role,
        orgUnitId: input.orgUnitId,
        invitedById: input.invitedById,
        expiresAt,
      })),
    )
    .returning();
  const byHash = new Map(rows.map((row) => [row.tokenHash, row]));
  await audit(tx, input.invitedById, 'invitation.created', 'invitation', null, {
    count: rows.length,
    role: input.role,
    orgUnitId: input.orgUnitId,
    invitationIds: rows.map((row) => row.id),
  });
  return tokens.map((token) => ({ invitation: byHash.get(hashSecret(token))!, token }));
}

/** The invitation a link points to, while it can still be accepted; null otherwise. */
export async function findUsableInvitation(db: Db | Tx, token: string): Promise<Invitation | null> {
  const [row] = await db
    .select()
    .from(invitations)
    .where(and(eq(invitations.tokenHash, hashSecret(token)), usable()));
  return row ?? null;
}

/** What a person sees when their link is unknown, used, revoked or expired. */
export const invitationInvalidError = () =>
  new ValidationError(
    [{ field: 'token', message: { key: 'error.invitationInvalid' } }],
    'error.invitationInvalid',
  );

/**
 * Marks the invitation accepted and creates its account in one transaction. The conditional update
 * makes two simultaneous acceptances of the same link create one account only.
 */
export async function acceptInvitation(
  tx: Tx,
  input: { token: string; name: string; passwordHash: string; locale: string },
) {
  const [invitation] = await tx
    .update(invitations)
    .set({ acceptedAt: new Date() })
    .where(and(eq(invitations.tokenHash, hashSecret(input.token)), usable()))
    .returning();
  if (!invitation) throw invitationInvalidError();
  const user = await createAccount(tx, {
    email: invitation.email,
    name: input.name,
    passwordHash: input.passwordHash,
    orgUnitId: invitation.orgUnitId,
    role: invitation.role,
    locale: input.locale,
  });
  await audit(tx, user.id, 'invitation.accepted', 'invitation', invitation.id, { userId: user.id });
  return user;
}

/** Revokes a pending invitation; refuses one that was already used, revoked or expired. */
export async function revokeInvitation(tx: Tx, invitationId: string, actorId: string): Promise<void> {
  const [revoked] = await tx
    .update(invitations)
    .set({ revokedAt: new Date() })
    .where(and(eq(invitations.id, invitationId), usable()))
    .returning({ id: invitations.id });
  if (!revoked) throw ValidationError.field('id', 'error.invitationNotPending');
  await audit(tx, actorId, 'invitation.revoked', 'invitation', invitationId);
}
