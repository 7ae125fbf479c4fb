import { schema } from '@levain/db';
import { eq } from 'drizzle-orm';
import { audit } from '../audit';
import type { SignedInContext } from '../context';

export type ProfileChanges = Partial<{
  name: string;
  locale: string;
  timeZone: string;
  workingHours: (typeof schema.users.$inferInsert)['workingHours'];
  title: string | null;
  bio: string | null;
}>;

/** Changes a person's profile (themselves, or an admin), recorded in the audit log. */
export async function updateProfile(
  ctx: SignedInContext,
  userId: string,
  changes: ProfileChanges,
): Promise<void> {
  const actorId = ctx.viewer.id;
  await ctx.db.transaction(async (tx) => {
    await tx
      .update(schema.users)
      .set({ ...changes, updatedAt: new Date() })
      .where(eq(schema.users.id, userId));
    await audit(tx, actorId, 'user.profile-updated', 'user', userId, { fields: Object.keys(changes) });
  });
  ctx.services.events.emit('user.updated', { userId, actorId });
}
