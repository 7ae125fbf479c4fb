import { schema, type Tx } from '@levain/db';
import { eq } from 'drizzle-orm';
import { audit } from '../audit';
import { NotAllowedError, NotFoundError } from '../errors';
import { isErased } from './personal-data';

type Status = (typeof schema.userStatus.enumValues)[number];

/**
 * Sets a person's status and audits the change in the caller's transaction. Returns the previous
 * status so the caller emits events only for a real change.
 */
async function setStatus(tx: Tx, actorId: string, userId: string, status: Status): Promise<Status> {
  const user = await tx.query.users.findFirst({
    where: { id: userId },
    columns: { id: true, email: true, status: true },
  });
  if (!user) throw new NotFoundError();
  if (status === 'active' && isErased(user)) throw new NotAllowedError('error.personErased');
  if (user.status === status) return user.status;
  await tx.update(schema.users).set({ status, updatedAt: new Date() }).where(eq(schema.users.id, userId));
  await audit(tx, actorId, status === 'active' ? 'user.reactivated' : 'user.deactivated', 'user', userId);
  return user.status;
}

/** An admin cannot lock themselves out: another admin must do it. */
export async function deactivateUser(tx: Tx, actorId: string, userId: string): Promise<Status> {
  if (actorId === userId) throw new NotAllowedError('error.cannotDeactivateSelf');
  return setStatus(tx, actorId, userId, 'deactivated');
}

export async function reactivateUser(tx: Tx, actorId: string, userId: string): Promise<Status> {
  return setStatus(tx, actorId, userId, 'active');
}
