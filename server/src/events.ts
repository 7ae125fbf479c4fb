import type { Logger } from 'pino';

/**
 * Every domain event and its payload. Plugins add theirs by declaration merging:
 * `declare module '@levain/server/plugin' { interface AppEvents { 'pulse.campaign-opened': {...} } }`
 */
export interface AppEvents {
  'user.created': { userId: string; via: 'invitation' | 'sso' | 'import' | 'signup' | 'seed' };
  'user.updated': { userId: string; actorId: string };
  'user.deactivated': { userId: string; actorId: string };
  'directory.imported': { actorId: string; created: number; updated: number; orgUnitsCreated: number };
  'plugin.toggled': { pluginId: string; enabled: boolean; actorId: string };

  // The social layer. Ids only: listeners read what they need through the permission module.
  'community.created': { communityId: string; actorId: string };
  'community.updated': { communityId: string; actorId: string };
  'community.deleted': { communityId: string; actorId: string };
  'membership.requested': { communityId: string; userId: string };
  'membership.decided': { communityId: string; userId: string; approved: boolean; actorId: string };
  'membership.invited': { communityId: string; userIds: string[]; actorId: string };
  'membership.joined': { communityId: string; userId: string };
  'membership.left': { communityId: string; userId: string };
  /** A post became visible in feeds (immediately, at its scheduled time, or once approved). */
  'post.published': {
    postId: string;
    communityId: string | null;
    authorId: string;
    mentionedUserIds: string[];
    isAnnouncement: boolean;
  };
  /** `heldBy`: the plugin that holds the post for its own approval, null when the animators decide. */
  'post.approval-requested': { postId: string; communityId: string; authorId: string; heldBy: string | null };
  'post.approval-decided': {
    postId: string;
    communityId: string;
    authorId: string;
    approved: boolean;
    actorId: string;
    reason: string | null;
  };
  'post.updated': { postId: string; actorId: string };
  'post.deleted': { postId: string; actorId: string };
  'comment.created': {
    commentId: string;
    postId: string;
    parentId: string | null;
    authorId: string;
    mentionedUserIds: string[];
  };
  'reaction.added': { postId: string; commentId: string | null; userId: string; kind: string };
  'announcement.reminded': { postId: string; actorId: string; userIds: string[] };
  /** A person completed every step of a path; their certificate is issued on the path's version. */
  'learning.path-completed': { pathId: string; communityId: string; userId: string; certificateId: string };
  /** An animator or a manager assigned a path with a due date (`dueAt` in ISO 8601). */
  'learning.path-assigned': {
    pathId: string;
    communityId: string;
    userIds: string[];
    actorId: string;
    dueAt: string;
  };
  /** The asker or an animator accepted an answer; the delays are in seconds from the question. */
  'qa.answer-accepted': {
    postId: string;
    communityId: string;
    answerId: string;
    answerAuthorId: string;
    actorId: string;
    secondsToFirstAnswer: number | null;
    secondsToAcceptedAnswer: number;
  };
  /** A colleague endorsed one of a person's skills. */
  'skills.endorsed': { userId: string; skill: string; endorserId: string };
  /** People given a seat from an event's waiting list (an answer, or more seats). */
  'event.promoted': { eventId: string; userIds: string[]; actorId: string };
  /** An organiser invited people, communities or org units: the new invitations. */
  'event.invited': { eventId: string; invitationIds: string[]; actorId: string };
  /** An organiser cancelled an event: those who answered going or maybe are told. */
  'event.cancelled': { eventId: string; actorId: string };
  'report.created': { reportId: string; communityId: string | null };
  'moderation.actioned': {
    actionId: string;
    action: 'dismiss' | 'hide' | 'restore' | 'remove' | 'warn' | 'suspend';
    communityId: string | null;
    postId: string | null;
    commentId: string | null;
    subjectUserId: string | null;
    actorId: string;
  };
}

export type EventName = keyof AppEvents;
export type EventHandler<E extends EventName> = (payload: AppEvents[E]) => Promise<void> | void;

/** In-process typed bus; writers emit after their transaction commits. */
export class EventBus {
  private readonly handlers = new Map<EventName, EventHandler<EventName>[]>();
  private readonly pending = new Set<Promise<void>>();

  constructor(private readonly logger: Logger) {}

  on<E extends EventName>(event: E, handler: EventHandler<E>): void {
    const list = this.handlers.get(event) ?? [];
    list.push(handler as EventHandler<EventName>);
    this.handlers.set(event, list);
  }

  emit<E extends EventName>(event: E, payload: AppEvents[E]): void {
    for (const handler of this.handlers.get(event) ?? []) {
      const run = (async () => {
        try {
          await handler(payload);
        } catch (error) {
          this.logger.error({ err: error, event }, 'event handler failed');
        }
      })();
      this.pending.add(run);
      void run.finally(() => this.pending.delete(run));
    }
  }

  /**
   * Runs every handler of `event` and resolves once they all finished; rejects if any failed. For a
   * job that announces what it did: the job is done only once its effects are, and runs again if not.
   */
  async deliver<E extends EventName>(event: E, payload: AppEvents[E]): Promise<void> {
    const results = await Promise.allSettled(
      (this.handlers.get(event) ?? []).map(async (handler) => handler(payload)),
    );
    const failures = results.flatMap((r) => (r.status === 'rejected' ? [r.reason] : []));
    if (failures.length)
      throw new AggregateError(failures, `${failures.length} handler(s) of "${event}" failed`);
  }

  /** Resolves when every handler started so far has finished (shutdown, tests). */
  async settled(): Promise<void> {
    while (this.pending.size > 0) await Promise.all([...this.pending]);
  }
}
