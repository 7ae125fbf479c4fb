import { type Db, schema, type Tx } from '@levain/db';
import { and, eq, sql } from 'drizzle-orm';
import { communityAccess } from '../communities/access';
import { NotFoundError } from '../errors';
import { authorize, can, type EventAccess, type Viewer } from '../permissions';

export type EventRow = typeof schema.events.$inferSelect;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The event with what the rules need, in one statement; `lock` holds the row for the transaction
 * so answers to one event run one after the other (seats are counted once). An event the viewer
 * may not read is "not found", exactly like a missing one.
 */
export async function loadEvent(
  db: Tx | Db,
  viewer: Viewer,
  eventId: string,
  { lock = false } = {},
): Promise<{ event: EventRow; access: EventAccess }> {
  if (!UUID.test(eventId)) throw new NotFoundError();
  const query = db
    .select({
      event: schema.events,
      community: schema.communities,
      membership: schema.communityMemberships,
      organiser: sql<boolean>`exists (select 1 from event_organisers o where o.event_id = ${schema.events.id}
        and o.user_id = ${viewer.id})`,
    })
    .from(schema.events)
    .leftJoin(schema.communities, eq(schema.communities.id, schema.events.communityId))
    .leftJoin(
      schema.communityMemberships,
      and(
        eq(schema.communityMemberships.communityId, schema.events.communityId),
        eq(schema.communityMemberships.userId, viewer.id),
      ),
    )
    .where(eq(schema.events.id, eventId));
  const [row] = lock ? await query.for('update', { of: schema.events }) : await query;
  if (!row) throw new NotFoundError();
  const access: EventAccess = {
    community: row.community && communityAccess(row.community, row.membership),
    organiser: row.organiser,
    cancelledAt: row.event.cancelledAt,
    lastEndsAt: row.event.lastEndsAt,
  };
  if (!can(viewer, 'event:read', access)) throw new NotFoundError();
  return { event: row.event, access };
}

/** Loads (and locks) the event, then checks the viewer may manage it. */
export async function loadEventToManage(tx: Tx, viewer: Viewer, eventId: string) {
  const loaded = await loadEvent(tx, viewer, eventId, { lock: true });
  authorize(viewer, 'event:manage', loaded.access);
  return loaded;
}
