import type { Db } from '@levain/db';
import { audit, type PluginServices, ValidationError } from '@levain/server/plugin';
import { and, eq } from 'drizzle-orm';
import { cmReports } from '../../db/schema';
import type { Month } from '../board/month';

/** The qualitative part of a CM's monthly report, as they type it. */
export type ReportText = { highlights: string; requests: string; recommendations: string };

const MAX_LENGTH = 5000;

/** Trimmed texts: highlights required, each at most 5,000 characters; otherwise an error naming the field. */
export function checkedText(input: ReportText): ReportText {
  const text = {
    highlights: input.highlights.trim(),
    requests: input.requests.trim(),
    recommendations: input.recommendations.trim(),
  };
  if (!text.highlights) throw ValidationError.field('highlights', 'cm-network:validation.reportHighlights');
  for (const [field, value] of Object.entries(text))
    if (value.length > MAX_LENGTH)
      throw ValidationError.field(field, 'cm-network:validation.reportTooLong', { max: MAX_LENGTH });
  return text;
}

/**
 * Submits a position's report for a month (again, after the chief CM returned it). A report
 * already submitted, or validated, cannot change: a ValidationError on `month`, nothing written.
 */
export async function submitReport(
  db: Db,
  authorId: string,
  input: { positionId: string; month: Month } & ReportText,
): Promise<string> {
  const text = checkedText(input);
  return db.transaction(async (tx) => {
    const [existing] = await tx
      .select({ id: cmReports.id, status: cmReports.status })
      .from(cmReports)
      .where(and(eq(cmReports.positionId, input.positionId), eq(cmReports.month, input.month.key)))
      .for('update');
    if (existing?.status === 'submitted')
      throw ValidationError.field('month', 'cm-network:validation.reportSubmitted');
    if (existing?.status === 'validated')
      throw ValidationError.field('month', 'cm-network:validation.reportValidated');
    const values = { ...text, authorId, status: 'submitted' as const, submittedAt: new Date() };
    const [row] = existing
      ? await tx.update(cmReports).set(values).where(eq(cmReports.id, existing.id)).returning()
      : await tx
          .insert(cmReports)
          .values({ ...values, positionId: input.positionId, month: input.month.key })
          .onConflictDoNothing()
          .returning();
    // A second submission racing this one inserted first.
    if (!row) throw ValidationError.field('month', 'cm-network:validation.reportSubmitted');
    await audit(tx, authorId, 'cm-network.report-submitted', 'user', authorId, {
      reportId: row.id,
      month: input.month.key,
    });
    return row.id;
  });
}

/**
 * The chief CM validates a submitted report or returns it with a comment (required to return);
 * the author is told. Only a submitted report can be reviewed: a ValidationError on `reportId`.
 */
export async function reviewReport(
  db: Db,
  services: PluginServices,
  reviewerId: string,
  input: { reportId: string; decision: 'validated' | 'returned'; comment: string | null },
): Promise<string> {
  const comment = input.comment?.trim() || null;
  if (input.decision === 'returned' && !comment)
    throw ValidationError.field('comment', 'cm-network:validation.returnComment');
  if (comment && comment.length > MAX_LENGTH)
    throw ValidationError.field('comment', 'cm-network:validation.reportTooLong', { max: MAX_LENGTH });
  const report = await db.transaction(async (tx) => {
    const [row] = await tx
      .update(cmReports)
      .set({ status: input.decision, reviewerId, reviewComment: comment, reviewedAt: new Date() })
      .where(and(eq(cmReports.id, input.reportId), eq(cmReports.status, 'submitted')))
      .returning({ id: cmReports.id, month: cmReports.month, authorId: cmReports.authorId });
    if (!row) throw ValidationError.field('reportId', 'cm-network:validation.reportNotSubmitted');
    await audit(tx, reviewerId, `cm-network.report-${input.decision}`, 'user', row.authorId, {
      reportId: row.id,
      month: row.month,
    });
    return row;
  });
  if (report.authorId)
    await services.notifications.send({
      userIds: [report.authorId],
      message:
        input.decision === 'validated' ? 'notification.reportValidated' : 'notification.reportReturned',
      params: { month: report.month },
      link: `/cm-network/reports?month=${report.month}`,
      groupKey: `report-${input.decision}:${report.id}`,
    });
  return report.id;
}
