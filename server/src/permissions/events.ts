import { schema } from '@levain/db';
import { type Column, type SQL, sql } from 'drizzle-orm';
import { type CommunityAccess, communityRules, readableCommunityIds } from './communities';
import { hasRole, type Viewer } from './viewer';

/** What the rules need to know about an event: its community (null: a company event) and the viewer's part. */
export type EventAccess = {
  community: CommunityAccess | null;
  organiser: boolean;
  cancelledAt: Date | string | null;
  lastEndsAt: Date | string;
};

const isAdmin = (viewer: Viewer) => hasRole(viewer, 'admin');
const over = (e: EventAccess) => new Date(e.lastEndsAt) <= new Date();

/**
 * An event is seen as its community's content is (a secret community's events exist only for its
 * members); a company event is seen by everyone in the company.
 */
const readEvent = (viewer: Viewer, e: EventAccess) =>
  !e.community || communityRules['community:read'](viewer, e.community);

/** Neither cancelled nor over: it still takes answers and live posts. */
const stillOpen = (viewer: Viewer, e: EventAccess) => readEvent(viewer, e) && !e.cancelledAt && !over(e);

/** Organisers, the community's animators and admins cancel, check people in and see every list. */
const manageEvent = (viewer: Viewer, e: EventAccess) =>
  isAdmin(viewer) ||
  (readEvent(viewer, e) &&
    (e.organiser || (!!e.community && communityRules['community:moderate'](viewer, e.community))));

export const eventRules = {
  'event:read': readEvent,
  /** In a community: those who may post there. For the company: admins and the chief CM. */
  'event:create': (viewer: Viewer, community: CommunityAccess | null) =>
    community
      ? communityRules['community:post'](viewer, community)
      : isAdmin(viewer) || hasRole(viewer, 'chief_cm'),
  'event:answer': stillOpen,
  /**
   * Writing in the live thread: whoever reads the event until it is over; afterwards its managers
   * add the photos and slides. Never once cancelled.
   */
  'event:cover': (viewer: Viewer, e: EventAccess) =>
    stillOpen(viewer, e) || (!e.cancelledAt && manageEvent(viewer, e)),
  'event:manage': manageEvent,
};

/**
 * The SQL side of `event:read`: pass the events table as the query sees it, e.g.
 * `where: { RAW: (e) => readableEventsWhere(viewer, e) }`. Lists, counts, the calendar feed and
 * reminders filter on it.
 */
export function readableEventsWhere(
  viewer: Viewer | null,
  events: { communityId: Column } = schema.events,
): SQL {
  if (!viewer) return sql`false`;
  return sql`(${events.communityId} is null or ${events.communityId} in ${readableCommunityIds(viewer)})`;
}
