import { type Db, schema } from '@levain/db';
import { and, eq, isNull } from 'drizzle-orm';
import type { Viewer } from '../permissions';
import { visibleNotificationsWhere } from './visibility';

const n = schema.notifications;

/** Marks one of the viewer's notifications read (no change if it already is, or is someone else's). */
export async function markNotificationRead(db: Db, viewer: Viewer, id: string): Promise<void> {
  await db
    .update(n)
    .set({ readAt: new Date() })
    .where(and(eq(n.id, id), eq(n.recipientId, viewer.id), isNull(n.readAt)));
}

/** Marks every notification of the viewer read; returns how many of those they can see were unread. */
export async function markAllNotificationsRead(db: Db, viewer: Viewer): Promise<number> {
  const marked = await db
    .update(n)
    .set({ readAt: new Date() })
    .where(and(eq(n.recipientId, viewer.id), isNull(n.readAt), visibleNotificationsWhere(viewer)))
    .returning({ id: n.id });
  // Unread rows about content the viewer can no longer read stay invisible; mark them too.
  await db
    .update(n)
    .set({ readAt: new Date() })
    .where(and(eq(n.recipientId, viewer.id), isNull(n.readAt)));
  return marked.length;
}
