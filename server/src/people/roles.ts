import { schema, type Tx } from '@levain/db';
import { and, eq, notInArray } from 'drizzle-orm';
import { audit } from '../audit';
import { NotAllowedError, NotFoundError } from '../errors';
import type { Role } from '../permissions';

/**
 * Replaces a person's roles. Everyone keeps `member`; an admin cannot drop their own admin role,
 * so the organisation always keeps the admin who is acting.
 */
export async function setUserRoles(
  tx: Tx,
  actorId: string,
  userId: string,
  requested: Role[],
): Promise<Role[]> {
  const roles = [...new Set<Role>(['member', ...requested])];
  if (actorId === userId && !roles.includes('admin')) throw new NotAllowedError('error.cannotRemoveOwnAdmin');
  const user = await tx.query.users.findFirst({
    where: { id: userId },
    columns: { id: true },
    with: { roles: { columns: { role: true } } },
  });
  if (!user) throw new NotFoundError();
  const before = user.roles.map((r) => r.role);
  const added = roles.filter((role) => !before.includes(role));
  const removed = before.filter((role) => !roles.includes(role));
  if (!added.length && !removed.length) return roles;
  await tx
    .delete(schema.userRoles)
    .where(and(eq(schema.userRoles.userId, userId), notInArray(schema.userRoles.role, roles)));
  if (added.length) await tx.insert(schema.userRoles).values(added.map((role) => ({ userId, role })));
  await audit(tx, actorId, 'user.roles-changed', 'user', userId, { added, removed });
  return roles;
}
