import { schema, type Tx } from '@levain/db';
import { and, eq, ne, type SQL, sql } from 'drizzle-orm';
import { NotAllowedError } from '../errors';
import type { MessageKey } from '../i18n/messages';
import { can } from '../permissions';
import { type Actor, lockCommunity } from './access';

/** Active members who are active colleagues: deactivated people leave the count. */
export const activeMemberCount = (communityId: SQL | string): SQL<number> =>
  sql<number>`(select count(*)::int from community_memberships m join users u on u.id = m.user_id
    where m.community_id = ${communityId} and m.status = 'active' and u.status = 'active')`;

/**
 * Keeps the denormalised member count right, in the transaction of the membership change (the
 * community row is locked, so the count cannot race).
 */
export async function refreshMemberCount(tx: Tx, communityId: string): Promise<void> {
  await tx
    .update(schema.communities)
    .set({ memberCount: activeMemberCount(communityId) })
    .where(eq(schema.communities.id, communityId));
}

export const membershipOf = (communityId: string, userId: string) =>
  and(
    eq(schema.communityMemberships.communityId, communityId),
    eq(schema.communityMemberships.userId, userId),
  );

/** A community always keeps an active owner: refuses a change that would remove the last one. */
export async function assertAnotherOwner(tx: Tx, communityId: string, userId: string, key: MessageKey) {
  const others = await tx.$count(
    schema.communityMemberships,
    and(
      eq(schema.communityMemberships.communityId, communityId),
      eq(schema.communityMemberships.role, 'owner'),
      eq(schema.communityMemberships.status, 'active'),
      ne(schema.communityMemberships.userId, userId),
    ),
  );
  if (others === 0) throw new NotAllowedError(key);
}

/** Open communities, or any community the person was invited to. */
export async function joinCommunity(tx: Tx, actor: Actor, communityId: string): Promise<void> {
  const { community, membership, access } = await lockCommunity(tx, actor, communityId);
  if (membership?.status === 'active') throw new NotAllowedError('community.alreadyMember');
  if (community.archivedAt) throw new NotAllowedError('community.archived');
  if (!can(actor.viewer, 'community:join', access))
    throw new NotAllowedError(
      community.joinPolicy === 'request' ? 'community.joinOnRequest' : 'community.joinOnInvitation',
    );
  if (membership) {
    await tx
      .update(schema.communityMemberships)
      .set({ status: 'active', joinedAt: new Date() })
      .where(membershipOf(communityId, actor.viewer.id));
  } else {
    await tx.insert(schema.communityMemberships).values({ communityId, userId: actor.viewer.id });
  }
  await refreshMemberCount(tx, communityId);
}

/**
 * Leaves the community, withdraws a pending request or declines an invitation.
 * Returns whether the person was an active member.
 */
export async function leaveCommunity(tx: Tx, actor: Actor, communityId: string): Promise<boolean> {
  const { membership } = await lockCommunity(tx, actor, communityId);
  if (!membership) throw new NotAllowedError('community.notAMember');
  const active = membership.status === 'active';
  if (active && membership.role === 'owner')
    await assertAnotherOwner(tx, communityId, actor.viewer.id, 'community.lastOwnerLeave');
  await tx.delete(schema.communityMemberships).where(membershipOf(communityId, actor.viewer.id));
  if (active) await refreshMemberCount(tx, communityId);
  return active;
}

/**
 * Asks the animators of an on-request community to let the person in. A person already invited
 * simply joins. Returns what happened.
 */
export async function requestMembership(
  tx: Tx,
  actor: Actor,
  communityId: string,
): Promise<'requested' | 'joined'> {
  const { community, membership, access } = await lockCommunity(tx, actor, communityId);
  if (membership?.status === 'active') throw new NotAllowedError('community.alreadyMember');
  if (membership?.status === 'requested') throw new NotAllowedError('community.requestPending');
  if (membership?.status === 'invited') {
    await joinCommunity(tx, actor, communityId);
    return 'joined';
  }
  if (community.archivedAt) throw new NotAllowedError('community.archived');
  if (community.joinPolicy === 'open') throw new NotAllowedError('community.openToJoin');
  if (!can(actor.viewer, 'community:request-membership', access))
    throw new NotAllowedError('community.joinOnInvitation');
  await tx
    .insert(schema.communityMemberships)
    .values({ communityId, userId: actor.viewer.id, status: 'requested' });
  return 'requested';
}
