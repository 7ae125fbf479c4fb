import { registerEmailJobs } from '../mail/delivery';
import type { Services } from '../services';
import {
  onApprovalDecided,
  onApprovalRequested,
  onMembershipDecided,
  onMembershipInvited,
  onMembershipRequested,
  onModerationActioned,
} from './community-listeners';
import { announceAgain, onCommentCreated, onPostPublished, onReactionAdded } from './content-listeners';
import { onEventCancelled, onEventInvited, onEventPromoted } from './event-listeners';
import { onPathAssigned } from './learning-listeners';

/** Turns the domain events of the social layer into notifications, and schedules their emails. */
export function registerNotificationListeners(services: Services): void {
  const { events } = services;
  events.on('post.published', (e) => onPostPublished(services, e));
  events.on('comment.created', (e) => onCommentCreated(services, e));
  events.on('reaction.added', (e) => onReactionAdded(services, e));
  events.on('announcement.reminded', (e) =>
    announceAgain(services, {
      postId: e.postId,
      userIds: e.userIds,
      senderId: e.actorId,
      urgent: false,
    }).then(() => undefined),
  );
  events.on('membership.requested', (e) => onMembershipRequested(services, e));
  events.on('membership.decided', (e) => onMembershipDecided(services, e));
  events.on('membership.invited', (e) => onMembershipInvited(services, e));
  events.on('post.approval-requested', (e) => onApprovalRequested(services, e));
  events.on('post.approval-decided', (e) => onApprovalDecided(services, e));
  events.on('moderation.actioned', (e) => onModerationActioned(services, e));
  events.on('event.promoted', (e) => onEventPromoted(services, e));
  events.on('event.cancelled', (e) => onEventCancelled(services, e));
  events.on('learning.path-assigned', (e) => onPathAssigned(services, e));
  events.on('event.invited', (e) => onEventInvited(services, e));
  registerEmailJobs(services);
}
