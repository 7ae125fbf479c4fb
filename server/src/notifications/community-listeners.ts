import type { AppEvents } from '../events';
import type { Services } from '../services';
import { communityAnimatorIds, loadCommunity, loadRecipients, whoCanModerate, whoCanSee } from './audience';
import { notify } from './store';

/** Moderation outcomes the author is told about, with the rule and the reason. */
const TOLD_TO_AUTHOR = new Set(['hide', 'remove', 'restore', 'warn', 'suspend']);

export async function onMembershipRequested(services: Services, e: AppEvents['membership.requested']) {
  const community = await loadCommunity(services.db, e.communityId);
  if (!community) return;
  const animators = await loadRecipients(
    services.db,
    await communityAnimatorIds(services.db, e.communityId),
    e.communityId,
  );
  await notify(services, {
    kind: 'membership_request',
    actorId: e.userId,
    communityId: e.communityId,
    groupKey: `membership_request:${e.communityId}`,
    recipients: whoCanModerate(community, animators),
  });
}

export async function onMembershipDecided(services: Services, e: AppEvents['membership.decided']) {
  const community = await loadCommunity(services.db, e.communityId);
  if (!community) return;
  await notify(services, {
    kind: 'membership_decision',
    actorId: e.actorId,
    communityId: e.communityId,
    data: { approved: e.approved },
    recipients: whoCanSee(community, await loadRecipients(services.db, [e.userId], e.communityId)),
  });
}

export async function onMembershipInvited(services: Services, e: AppEvents['membership.invited']) {
  const community = await loadCommunity(services.db, e.communityId);
  if (!community) return;
  await notify(services, {
    kind: 'community_invitation',
    actorId: e.actorId,
    communityId: e.communityId,
    recipients: whoCanSee(community, await loadRecipients(services.db, e.userIds, e.communityId)),
  });
}

export async function onApprovalRequested(services: Services, e: AppEvents['post.approval-requested']) {
  if (e.heldBy) return;
  const community = await loadCommunity(services.db, e.communityId);
  if (!community) return;
  const animators = await loadRecipients(
    services.db,
    await communityAnimatorIds(services.db, e.communityId),
    e.communityId,
  );
  await notify(services, {
    kind: 'approval_request',
    actorId: e.authorId,
    postId: e.postId,
    communityId: e.communityId,
    recipients: whoCanModerate(community, animators),
  });
}

/** The author hears about their own post: no readability check (a rejected post is not published). */
export async function onApprovalDecided(services: Services, e: AppEvents['post.approval-decided']) {
  await notify(services, {
    kind: 'approval_decision',
    actorId: e.actorId,
    postId: e.postId,
    communityId: e.communityId,
    data: { approved: e.approved, reason: e.reason },
    recipients: await loadRecipients(services.db, [e.authorId], e.communityId),
  });
}

/** Moderators act for the community: the author learns what and why, not who. */
export async function onModerationActioned(services: Services, e: AppEvents['moderation.actioned']) {
  if (!TOLD_TO_AUTHOR.has(e.action) || !e.subjectUserId || e.subjectUserId === e.actorId) return;
  const action = await services.db.query.moderationActions.findFirst({
    where: { id: e.actionId },
    columns: { rule: true, reason: true, suspendedUntil: true },
  });
  if (!action) return;
  await notify(services, {
    kind: 'moderation',
    actorId: null,
    postId: e.postId,
    commentId: e.commentId,
    communityId: e.communityId,
    data: {
      action: e.action,
      rule: action.rule,
      reason: action.reason,
      suspendedUntil: action.suspendedUntil?.toISOString() ?? null,
    },
    recipients: await loadRecipients(services.db, [e.subjectUserId], e.communityId),
  });
}
