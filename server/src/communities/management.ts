import { schema, type Tx } from '@levain/db';
import { and, eq, inArray } from 'drizzle-orm';
import { audit } from '../audit';
import { NotAllowedError, NotFoundError, ValidationError } from '../errors';
import { authorize } from '../permissions';
import { type Actor, findMembership, lockCommunityFor } from './access';
import { activePeopleIn, assertOrgUnitsExist } from './hierarchy';
import { assertAnotherOwner, membershipOf, refreshMemberCount } from './membership';

const INSERT_BATCH = 1000;

/** An animator lets a person in, or turns the request down (the request is then forgotten). */
export async function decideMembershipRequest(
  tx: Tx,
  actor: Actor,
  communityId: string,
  userId: string,
  approve: boolean,
): Promise<void> {
  await lockCommunityFor(tx, actor, communityId, 'community:manage-members');
  const membership = await findMembership(tx, communityId, userId);
  if (membership?.status !== 'requested') throw new NotFoundError();
  if (approve) {
    await tx
      .update(schema.communityMemberships)
      .set({ status: 'active', joinedAt: new Date() })
      .where(membershipOf(communityId, userId));
    await refreshMemberCount(tx, communityId);
  } else {
    await tx.delete(schema.communityMemberships).where(membershipOf(communityId, userId));
  }
  await audit(tx, actor.viewer.id, 'community.membership-decided', 'community', communityId, {
    userId,
    approve,
  });
}

export type InvitationCounts = { invitedUserIds: string[]; alreadyMemberCount: number; pendingCount: number };

/**
 * Invites people, and whole org units (their sub-units included) as their active people at this
 * moment. People already in the community, invited or waiting for approval are left as they are.
 */
export async function inviteToCommunity(
  tx: Tx,
  actor: Actor,
  communityId: string,
  userIds: string[],
  orgUnitIds: string[],
): Promise<InvitationCounts> {
  const { community } = await lockCommunityFor(tx, actor, communityId, 'community:manage-members');
  if (community.archivedAt) throw new NotAllowedError('community.archived');
  const named = [...new Set(userIds)];
  if (named.length) {
    const found = await tx
      .select({ id: schema.users.id })
      .from(schema.users)
      .where(and(inArray(schema.users.id, named), eq(schema.users.status, 'active')));
    if (found.length < named.length) throw ValidationError.field('userIds', 'validation.unknownPeople');
  }
  await assertOrgUnitsExist(tx, orgUnitIds, 'orgUnitIds');
  const candidates = [...new Set([...named, ...(await activePeopleIn(tx, orgUnitIds))])];
  const existing = candidates.length
    ? await tx
        .select({ userId: schema.communityMemberships.userId, status: schema.communityMemberships.status })
        .from(schema.communityMemberships)
        .where(
          and(
            eq(schema.communityMemberships.communityId, communityId),
            inArray(schema.communityMemberships.userId, candidates),
          ),
        )
    : [];
  const present = new Set(existing.map((m) => m.userId));
  const invitedUserIds = candidates.filter((id) => !present.has(id));
  for (let i = 0; i < invitedUserIds.length; i += INSERT_BATCH) {
    await tx.insert(schema.communityMemberships).values(
      invitedUserIds.slice(i, i + INSERT_BATCH).map((userId) => ({
        communityId,
        userId,
        status: 'invited' as const,
        invitedById: actor.viewer.id,
      })),
    );
  }
  await audit(tx, actor.viewer.id, 'community.members-invited', 'community', communityId, {
    invited: invitedUserIds.length,
    orgUnitIds,
  });
  const alreadyMemberCount = existing.filter((m) => m.status === 'active').length;
  return { invitedUserIds, alreadyMemberCount, pendingCount: existing.length - alreadyMemberCount };
}

/** Owners (and admins) hand out roles; the community never ends up without an owner. */
export async function changeMemberRole(
  tx: Tx,
  actor: Actor,
  communityId: string,
  userId: string,
  role: 'owner' | 'animator' | 'member',
): Promise<void> {
  await lockCommunityFor(tx, actor, communityId, 'community:change-roles');
  const membership = await findMembership(tx, communityId, userId);
  if (membership?.status !== 'active') throw new NotFoundError();
  if (membership.role === role) return;
  if (membership.role === 'owner') await assertAnotherOwner(tx, communityId, userId, 'community.noOwnerLeft');
  await tx.update(schema.communityMemberships).set({ role }).where(membershipOf(communityId, userId));
  await audit(tx, actor.viewer.id, 'community.member-role-changed', 'community', communityId, {
    userId,
    from: membership.role,
    to: role,
  });
}

/** Removes a member (or cancels an invitation or request). Only owners remove an owner. */
export async function removeMember(
  tx: Tx,
  actor: Actor,
  communityId: string,
  userId: string,
): Promise<boolean> {
  const { access } = await lockCommunityFor(tx, actor, communityId, 'community:manage-members');
  const membership = await findMembership(tx, communityId, userId);
  if (!membership) throw new NotFoundError();
  const active = membership.status === 'active';
  if (membership.role === 'owner' && active) {
    authorize(actor.viewer, 'community:change-roles', access);
    await assertAnotherOwner(tx, communityId, userId, 'community.noOwnerLeft');
  }
  await tx.delete(schema.communityMemberships).where(membershipOf(communityId, userId));
  if (active) await refreshMemberCount(tx, communityId);
  await audit(tx, actor.viewer.id, 'community.member-removed', 'community', communityId, {
    userId,
    status: membership.status,
  });
  return active;
}

/** Sets the org units the community belongs to (e.g. the French HR team); an empty list detaches it. */
export async function attachOrgUnits(tx: Tx, actor: Actor, communityId: string, orgUnitIds: string[]) {
  await lockCommunityFor(tx, actor, communityId, 'community:update');
  const unique = [...new Set(orgUnitIds)];
  await assertOrgUnitsExist(tx, unique, 'orgUnitIds');
  await tx.delete(schema.communityOrgUnits).where(eq(schema.communityOrgUnits.communityId, communityId));
  if (unique.length)
    await tx.insert(schema.communityOrgUnits).values(unique.map((orgUnitId) => ({ communityId, orgUnitId })));
  await audit(tx, actor.viewer.id, 'community.org-units-set', 'community', communityId, {
    orgUnitIds: unique,
  });
}
