import { schema } from '@levain/db';
import { and, eq, inArray } from 'drizzle-orm';
import { invitedPeople } from '../agenda/invitations';
import { communityAccess } from '../communities/access';
import type { AppEvents } from '../events';
import { can } from '../permissions';
import type { Services } from '../services';
import { loadRecipients } from './audience';
import { notify } from './store';

/** The event's facts the rules read, and its title for the message. */
async function loadEventFacts(services: Services, eventId: string) {
  return services.db.query.events.findFirst({
    where: { id: eventId },
    columns: { id: true, title: true, communityId: true, cancelledAt: true, lastEndsAt: true },
    with: {
      community: {
        columns: { id: true, visibility: true, joinPolicy: true, archivedAt: true, deletedAt: true },
      },
    },
  });
}

/** Those of `userIds` who may read the event (a secret community's event: its members only). */
export async function eventReaders(services: Services, eventId: string, userIds: string[]) {
  const event = await loadEventFacts(services, eventId);
  if (!event || !userIds.length) return null;
  const recipients = (await loadRecipients(services.db, userIds, event.communityId)).filter((r) =>
    can(r.viewer, 'event:read', {
      community: event.community && { ...communityAccess(event.community, null), membership: r.membership },
      organiser: false,
      cancelledAt: null,
      lastEndsAt: event.lastEndsAt,
    }),
  );
  return { event, recipients };
}

/** Tells people about an event, each only if they may still read it. */
async function notifyAbout(
  services: Services,
  eventId: string,
  userIds: string[],
  what: 'promoted' | 'cancelled' | 'invited',
  actorId: string,
) {
  const readers = await eventReaders(services, eventId, userIds);
  if (!readers) return;
  await notify(services, {
    kind: 'event',
    actorId,
    communityId: readers.event.communityId,
    data: { what, eventId, title: readers.event.title },
    // One unread invitation per person and event, however many rounds reached them.
    ...(what === 'invited' && { groupKey: `event-invited:${eventId}` }),
    recipients: readers.recipients,
  });
}

export async function onEventPromoted(services: Services, e: AppEvents['event.promoted']) {
  await notifyAbout(services, e.eventId, e.userIds, 'promoted', e.actorId);
}

/** Those who answered going or maybe (the waiting list too) learn the event is cancelled. */
export async function onEventCancelled(services: Services, e: AppEvents['event.cancelled']) {
  const a = schema.eventAnswers;
  const answered = await services.db
    .select({ userId: a.userId })
    .from(a)
    .where(and(eq(a.eventId, e.eventId), inArray(a.answer, ['going', 'maybe'])));
  await notifyAbout(
    services,
    e.eventId,
    answered.map((row) => row.userId),
    'cancelled',
    e.actorId,
  );
}

/** Invitees learn of the event (those who cannot read it, e.g. outside a secret community, are not told). */
export async function onEventInvited(services: Services, e: AppEvents['event.invited']) {
  const people = await invitedPeople(services.db, e.invitationIds);
  await notifyAbout(services, e.eventId, people, 'invited', e.actorId);
}
