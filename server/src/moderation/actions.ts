import { type Db, schema, type Tx } from '@levain/db';
import { and, eq, isNull, sql } from 'drizzle-orm';
import { audit } from '../audit';
import type { SignedInContext } from '../context';
import { NotFoundError, ValidationError } from '../errors';
import type { MessageKey } from '../i18n/messages';
import { recountComments } from '../posts/counters';
import { loadTargetFor, type Target } from './targets';

export const moderationActionKinds = ['dismiss', 'hide', 'restore', 'remove', 'warn', 'suspend'] as const;
export type ModerationActionKind = (typeof moderationActionKinds)[number];
export const MAX_SUSPEND_DAYS = 365;
export const MAX_CITED_RULES = 5;

export type ModerateInput = {
  reportId?: string | null;
  postId?: string | null;
  commentId?: string | null;
  action: ModerationActionKind;
  reason: string;
  rule?: string | null;
  /** Rule ids cited (the charter's articles); `rule` counts as one of them. */
  rules?: readonly string[] | null;
  suspendDays?: number | null;
};

type Visibility = Target['moderation'];

/** Why an action that would change nothing is refused (another moderator may have acted first). */
const alreadyKey: Record<Visibility, MessageKey> = {
  visible: 'moderation.alreadyVisible',
  hidden: 'moderation.alreadyHidden',
  removed: 'moderation.alreadyRemoved',
};

/** What each action does to the item, and to the open reports on it (null: they stay open). */
const effects: Record<
  ModerationActionKind,
  { from?: Visibility[]; to?: Visibility; strict?: boolean; reports: 'dismissed' | 'actioned' | null }
> = {
  // Dismissing the reports on an item hidden pending review shows it again.
  dismiss: { from: ['hidden'], to: 'visible', reports: 'dismissed' },
  hide: { from: ['visible'], to: 'hidden', strict: true, reports: null },
  restore: { from: ['hidden', 'removed'], to: 'visible', strict: true, reports: 'dismissed' },
  remove: { from: ['visible', 'hidden'], to: 'removed', strict: true, reports: 'actioned' },
  warn: { reports: 'actioned' },
  suspend: { reports: 'actioned' },
};

/**
 * Applies a moderator's decision in one transaction: the item's state (and the counts readers
 * see), the reports on it, the suspension, the action record and the audit entry. Emits
 * `moderation.actioned` after commit.
 */
export async function moderate(ctx: SignedInContext, input: ModerateInput): Promise<string> {
  const viewer = ctx.viewer;
  const effect = effects[input.action];
  const ref = input.reportId ? await reportTarget(ctx.db, input.reportId) : input;
  if (!ref.postId && !ref.commentId) throw ValidationError.field('reportId', 'validation.moderationTarget');
  // The plugins list their rules on their own connection: asked before the transaction (PGlite has one).
  const where = await loadTargetFor(ctx.db, viewer, ref, 'content:moderate');
  const citations = await citedRules(ctx, input, where.communityId);
  const done = await ctx.db.transaction(async (tx) => {
    const target = await loadTargetFor(tx, viewer, ref, 'content:moderate', true);

    if (effect.to && effect.from?.includes(target.moderation)) await setVisibility(tx, target, effect.to);
    else if (effect.strict) throw ValidationError.field('action', alreadyKey[target.moderation]);
    const suspendedUntil = input.action === 'suspend' ? await suspend(tx, target, input.suspendDays) : null;

    const now = new Date();
    await tx
      .update(schema.reports)
      .set({
        firstActionAt: sql`coalesce(${schema.reports.firstActionAt}, ${now.toISOString()}::timestamptz)`,
        ...(effect.reports && { status: effect.reports, resolvedAt: now }),
      })
      .where(and(openReportsOn(target), eq(schema.reports.status, 'open')));

    const [action] = await tx
      .insert(schema.moderationActions)
      .values({
        reportId: input.reportId ?? null,
        actorId: viewer.id,
        action: input.action,
        communityId: target.communityId,
        postId: target.postId,
        commentId: target.commentId,
        subjectUserId: target.authorId,
        rule: citations[0]?.id ?? null,
        citations,
        reason: input.reason,
        suspendedUntil,
      })
      .returning({ id: schema.moderationActions.id });
    await audit(
      tx,
      viewer.id,
      `moderation.${input.action}`,
      target.commentId ? 'comment' : 'post',
      target.commentId ?? target.postId,
      {
        reportId: input.reportId ?? null,
        communityId: target.communityId,
        authorId: target.authorId,
        reason: input.reason,
        rules: citations.map((c) => c.id),
        ...(suspendedUntil && { suspendedUntil: suspendedUntil.toISOString() }),
      },
    );
    return { actionId: action!.id, target };
  });
  ctx.services.events.emit('moderation.actioned', {
    actionId: done.actionId,
    action: input.action,
    communityId: done.target.communityId,
    postId: done.target.postId,
    commentId: done.target.commentId,
    subjectUserId: done.target.authorId,
    actorId: viewer.id,
  });
  return done.actionId;
}

/**
 * The rules the moderator cites, each one offered where the content is, as worded now; at least
 * one when an enabled plugin asks it for this action (the charter, for hide, remove and warn).
 */
async function citedRules(ctx: SignedInContext, input: ModerateInput, communityId: string | null) {
  const ids = [...new Set([input.rule, ...(input.rules ?? [])].filter((id): id is string => !!id))];
  if (ids.length > MAX_CITED_RULES)
    throw ValidationError.field('rules', 'validation.tooManyCitations', { max: MAX_CITED_RULES });
  if (!ids.length) {
    if (await ctx.services.host.moderationRules.citationRequired(input.action))
      throw ValidationError.field('rules', 'validation.citationRequired');
    return [];
  }
  const offered = await ctx.services.host.moderationRules.list({ communityId });
  return ids.map((id) => {
    const rule = offered.find((r) => r.id === id);
    if (!rule) throw ValidationError.field(input.rule === id ? 'rule' : 'rules', 'validation.unknownRule');
    return rule;
  });
}

async function reportTarget(db: Db, reportId: string) {
  const [report] = await db
    .select({ postId: schema.reports.postId, commentId: schema.reports.commentId })
    .from(schema.reports)
    .where(eq(schema.reports.id, reportId));
  if (!report) throw new NotFoundError();
  return report;
}

/** The reports on exactly this item (a post's reports, not its comments'). */
function openReportsOn(target: Target) {
  return target.commentId
    ? eq(schema.reports.commentId, target.commentId)
    : and(eq(schema.reports.postId, target.postId), isNull(schema.reports.commentId));
}

/** Hidden and removed items leave feeds, search and counts: comment counts are recomputed. */
export async function setVisibility(tx: Tx, target: Pick<Target, 'postId' | 'commentId'>, to: Visibility) {
  if (target.commentId) {
    await tx.update(schema.comments).set({ moderation: to }).where(eq(schema.comments.id, target.commentId));
    await recountComments(tx, target.postId);
  } else {
    await tx.update(schema.posts).set({ moderation: to }).where(eq(schema.posts.id, target.postId));
  }
}

/** Suspends the author from the item's community: they read, but cannot post, comment or react. */
async function suspend(tx: Tx, target: Target, days: number | null | undefined): Promise<Date> {
  if (!days || days < 1 || days > MAX_SUSPEND_DAYS)
    throw ValidationError.field('suspendDays', 'validation.suspendDays', { max: MAX_SUSPEND_DAYS });
  if (!target.communityId) throw ValidationError.field('action', 'moderation.suspendOutsideCommunity');
  const until = new Date(Date.now() + days * 24 * 60 * 60 * 1000);
  const suspended = await tx
    .update(schema.communityMemberships)
    .set({ suspendedUntil: until })
    .where(
      and(
        eq(schema.communityMemberships.communityId, target.communityId),
        eq(schema.communityMemberships.userId, target.authorId),
        eq(schema.communityMemberships.status, 'active'),
      ),
    )
    .returning({ userId: schema.communityMemberships.userId });
  if (!suspended.length) throw ValidationError.field('action', 'moderation.suspendNonMember');
  return until;
}
