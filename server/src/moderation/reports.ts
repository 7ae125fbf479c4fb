import { schema } from '@levain/db';
import { and, eq, isNull } from 'drizzle-orm';
import type { SignedInContext } from '../context';
import { ValidationError } from '../errors';
import { isCoreReason } from './rules';
import { loadTargetFor } from './targets';

export type ReportInput = {
  postId?: string | null;
  commentId?: string | null;
  reason: string;
  rule?: string | null;
  details?: string | null;
};

/** A plugin rule the person cites must be one offered where the content is. */
export async function assertKnownRule(
  ctx: SignedInContext,
  rule: string | null | undefined,
  communityId: string | null,
) {
  if (rule && !(await ctx.services.host.moderationRules.find(rule, { communityId })))
    throw ValidationError.field('rule', 'validation.unknownRule');
}

/**
 * Files a report on a post or comment the viewer may read. One open report per person and item:
 * reporting again returns the open one (a double click, or a second thought, adds no noise).
 */
export async function fileReport(
  ctx: SignedInContext,
  input: ReportInput,
): Promise<{ id: string; created: boolean }> {
  const viewer = ctx.viewer;
  if (!!input.postId === !!input.commentId) throw ValidationError.field('postId', 'validation.oneTarget');
  if (!isCoreReason(input.reason)) throw ValidationError.field('reason', 'validation.reportReason');
  const target = await loadTargetFor(ctx.db, viewer, input, 'content:report');
  await assertKnownRule(ctx, input.rule, target.communityId);

  const [created] = await ctx.db
    .insert(schema.reports)
    .values({
      reporterId: viewer.id,
      communityId: target.communityId,
      postId: target.postId,
      commentId: target.commentId,
      reason: input.reason,
      rule: input.rule || null,
      details: input.details || null,
    })
    .onConflictDoNothing()
    .returning({ id: schema.reports.id });
  if (created) {
    ctx.services.events.emit('report.created', { reportId: created.id, communityId: target.communityId });
    return { id: created.id, created: true };
  }
  const [open] = await ctx.db
    .select({ id: schema.reports.id })
    .from(schema.reports)
    .where(
      and(
        eq(schema.reports.reporterId, viewer.id),
        eq(schema.reports.status, 'open'),
        eq(schema.reports.postId, target.postId),
        target.commentId ? eq(schema.reports.commentId, target.commentId) : isNull(schema.reports.commentId),
      ),
    );
  return { id: open!.id, created: false };
}
