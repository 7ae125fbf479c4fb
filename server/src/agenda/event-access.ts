import { type CommunityState, communityAccess, viewerMemberships } from '../communities/access';
import type { Context } from '../context';
import type { EventAccess } from '../permissions';

/** The columns every Event object carries for the rules (selected once with the event). */
export type EventState = {
  id: string;
  cancelledAt: Date | null;
  lastEndsAt: Date;
  community: CommunityState | null;
  organisers: { id: string }[];
};

/** The rules' view of an event, from the event's own row and the viewer's memberships (read once a request). */
export async function eventAccessFor(ctx: Context, event: EventState): Promise<EventAccess> {
  const memberships = await viewerMemberships(ctx);
  return {
    community:
      event.community && communityAccess(event.community, memberships.get(event.community.id) ?? null),
    organiser: event.organisers.some((person) => person.id === ctx.viewer?.id),
    cancelledAt: event.cancelledAt,
    lastEndsAt: event.lastEndsAt,
  };
}
