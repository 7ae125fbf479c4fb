import { type Db, schema, type Tx } from '@levain/db';
import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import { activePeopleIn, assertOrgUnitsExist } from '../communities/hierarchy';
import { ValidationError } from '../errors';
import { activeMemberIds } from '../notifications/audience';
import { can, readableCommunityIds, type Viewer } from '../permissions';
import { loadEventToManage } from './access';

/** One invitation round names at most this many people, communities and org units together. */
export const MAX_INVITEES = 50;

export type Invitees = { userIds: string[]; communityIds: string[]; orgUnitIds: string[] };

const inv = schema.eventInvitations;

/**
 * Invites people, communities (their members) and org units (their people, sub-units included) to
 * an event the viewer manages. Invitees already invited are skipped; returns the new invitations.
 */
export async function inviteToEvent(
  tx: Tx,
  viewer: Viewer,
  eventId: string,
  invitees: Invitees,
): Promise<string[]> {
  const userIds = [...new Set(invitees.userIds)];
  const communityIds = [...new Set(invitees.communityIds)];
  const orgUnitIds = [...new Set(invitees.orgUnitIds)];
  const total = userIds.length + communityIds.length + orgUnitIds.length;
  if (!total || total > MAX_INVITEES)
    throw ValidationError.field('invitees', 'validation.invitees', { max: MAX_INVITEES });
  const { event, access } = await loadEventToManage(tx, viewer, eventId);
  if (!can(viewer, 'event:answer', access))
    throw ValidationError.field('eventId', event.cancelledAt ? 'event.cancelled' : 'event.past');
  await assertActivePeople(tx, userIds);
  await assertReadableCommunities(tx, viewer, communityIds);
  await assertOrgUnitsExist(tx, orgUnitIds, 'orgUnitIds');

  const existing = await tx
    .select({ userId: inv.userId, communityId: inv.communityId, orgUnitId: inv.orgUnitId })
    .from(inv)
    .where(eq(inv.eventId, eventId));
  const already = new Set(existing.flatMap((row) => [row.userId, row.communityId, row.orgUnitId]));
  const rows = [
    ...userIds.map((userId) => ({ userId })),
    ...communityIds.map((communityId) => ({ communityId })),
    ...orgUnitIds.map((orgUnitId) => ({ orgUnitId })),
  ].filter((row) => !already.has(Object.values(row)[0]!));
  if (!rows.length) return [];
  const created = await tx
    .insert(inv)
    .values(rows.map((row) => ({ eventId, invitedById: viewer.id, ...row })))
    .returning({ id: inv.id });
  return created.map((row) => row.id);
}

async function assertActivePeople(tx: Tx, userIds: string[]) {
  if (!userIds.length) return;
  const found = await tx
    .select({ id: schema.users.id })
    .from(schema.users)
    .where(and(inArray(schema.users.id, userIds), eq(schema.users.status, 'active')));
  if (found.length !== userIds.length) throw ValidationError.field('userIds', 'validation.inviteePerson');
}

/** A community is invited only by someone who reads it (a secret one, by its members). */
async function assertReadableCommunities(tx: Tx, viewer: Viewer, communityIds: string[]) {
  if (!communityIds.length) return;
  const c = schema.communities;
  const found = await tx
    .select({ id: c.id })
    .from(c)
    .where(
      and(inArray(c.id, communityIds), isNull(c.deletedAt), sql`${c.id} in ${readableCommunityIds(viewer)}`),
    );
  if (found.length !== communityIds.length)
    throw ValidationError.field('communityIds', 'validation.inviteeCommunity');
}

/** Everyone these invitations reach: the people named, communities' active members, org units' people. */
export async function invitedPeople(db: Db, invitationIds: string[]): Promise<string[]> {
  if (!invitationIds.length) return [];
  const rows = await db
    .select({ userId: inv.userId, communityId: inv.communityId, orgUnitId: inv.orgUnitId })
    .from(inv)
    .where(inArray(inv.id, invitationIds));
  const people = new Set(rows.flatMap((row) => (row.userId ? [row.userId] : [])));
  for (const row of rows)
    if (row.communityId) for (const id of await activeMemberIds(db, row.communityId)) people.add(id);
  const orgUnits = rows.flatMap((row) => (row.orgUnitId ? [row.orgUnitId] : []));
  for (const id of await activePeopleIn(db, orgUnits)) people.add(id);
  return [...people];
}
