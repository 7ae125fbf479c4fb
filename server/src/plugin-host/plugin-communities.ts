import { type Db, queryRows, schema, type Tx } from '@levain/db';
import { and, eq, sql } from 'drizzle-orm';
import { audit } from '../audit';
import { membershipOf, refreshMemberCount } from '../communities/membership';
import { type Viewer, visibleCommunityIds } from '../permissions';

/** A live community as plugins see it: where it sits in the organisation and who animates it. */
export type CommunityFacts = {
  id: string;
  slug: string;
  name: string;
  visibility: 'public' | 'private' | 'secret';
  orgUnitIds: string[];
  /** Active owners and animators who are active colleagues. */
  animatorIds: string[];
};

/**
 * Live (not deleted, not archived) communities in one statement. Given a viewer, only those whose
 * existence the viewer may know (`community:see`): a plugin never shows a secret community's name.
 */
export async function communityDirectory(db: Db, viewer?: Viewer | null): Promise<CommunityFacts[]> {
  const visible = viewer === undefined ? sql`true` : sql`c.id in ${visibleCommunityIds(viewer)}`;
  return queryRows<CommunityFacts>(
    db,
    sql`select c.id, c.slug, c.name, c.visibility,
        coalesce((select array_agg(o.org_unit_id::text) from community_org_units o where o.community_id = c.id), '{}') as "orgUnitIds",
        coalesce((select array_agg(m.user_id::text) from community_memberships m join users u on u.id = m.user_id
          where m.community_id = c.id and m.status = 'active' and m.role in ('owner', 'animator') and u.status = 'active'), '{}')
          as "animatorIds"
      from communities c
      where c.deleted_at is null and c.archived_at is null and ${visible}
      order by c.name, c.id`,
  );
}

/**
 * Makes a person an active member of a community on a plugin's behalf (e.g. the CM network's own
 * community when someone becomes a CM), in the caller's transaction. Returns whether they joined;
 * the caller emits `membership.joined` after its commit.
 */
export async function addCommunityMember(
  tx: Tx,
  change: { communityId: string; userId: string; actorId: string | null; reason: string },
): Promise<boolean> {
  const [existing] = await tx
    .select({ status: schema.communityMemberships.status })
    .from(schema.communityMemberships)
    .where(membershipOf(change.communityId, change.userId))
    .for('update');
  if (existing?.status === 'active') return false;
  if (existing)
    await tx
      .update(schema.communityMemberships)
      .set({ status: 'active', joinedAt: new Date() })
      .where(membershipOf(change.communityId, change.userId));
  else
    await tx
      .insert(schema.communityMemberships)
      .values({ communityId: change.communityId, userId: change.userId, invitedById: change.actorId });
  await refreshMemberCount(tx, change.communityId);
  await audit(tx, change.actorId, 'community.member-added', 'community', change.communityId, {
    userId: change.userId,
    reason: change.reason,
  });
  return true;
}

/**
 * Removes a plain member a plugin had added (owners and animators stay: they chose that place).
 * Returns whether they left; the caller emits `membership.left` after its commit.
 */
export async function removeCommunityMember(
  tx: Tx,
  change: { communityId: string; userId: string; actorId: string | null; reason: string },
): Promise<boolean> {
  const removed = await tx
    .delete(schema.communityMemberships)
    .where(
      and(membershipOf(change.communityId, change.userId), eq(schema.communityMemberships.role, 'member')),
    )
    .returning({ status: schema.communityMemberships.status });
  if (!removed.length) return false;
  await refreshMemberCount(tx, change.communityId);
  await audit(tx, change.actorId, 'community.member-removed', 'community', change.communityId, {
    userId: change.userId,
    reason: change.reason,
  });
  return removed[0]!.status === 'active';
}
