import type { Tx } from '@levain/db';
import type { PluginServices } from '@levain/server/plugin';
import { and, eq, isNull } from 'drizzle-orm';
import { cmAssignments, cmSettings } from '../../db/schema';

export type MembershipEvents = Array<{
  event: 'membership.joined' | 'membership.left';
  communityId: string;
  userId: string;
}>;

/**
 * Keeps the network's private community in step with the positions: a person who holds a
 * position is a member; one who holds none any more leaves it (unless they animate it). Runs in
 * the assignment's transaction; returns the events to emit after the commit.
 */
export async function syncNetworkCommunity(
  tx: Tx,
  services: PluginServices,
  userIds: string[],
  actorId: string | null,
): Promise<MembershipEvents> {
  const [settings] = await tx.select({ communityId: cmSettings.communityId }).from(cmSettings);
  const communityId = settings?.communityId;
  if (!communityId) return [];
  const events: MembershipEvents = [];
  for (const userId of new Set(userIds)) {
    const holds = await tx.$count(
      cmAssignments,
      and(eq(cmAssignments.userId, userId), isNull(cmAssignments.endedAt)),
    );
    const change = { communityId, userId, actorId, reason: 'cm-network' };
    if (holds > 0 && (await services.communities.addMember(tx, change)))
      events.push({ event: 'membership.joined', communityId, userId });
    if (holds === 0 && (await services.communities.removeMember(tx, change)))
      events.push({ event: 'membership.left', communityId, userId });
  }
  return events;
}

export function emitMembershipEvents(services: PluginServices, events: MembershipEvents) {
  for (const { event, communityId, userId } of events) services.events.emit(event, { communityId, userId });
}
