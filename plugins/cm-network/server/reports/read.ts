import { schema as core, type Db } from '@levain/db';
import { and, eq, inArray, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { cmReports } from '../../db/schema';
import type { Month } from '../board/month';
import type { Unit } from '../network/org-chart';
import type { Position } from '../network/positions';
import type { NetworkView } from '../network/request';

type UserRow = typeof core.users.$inferSelect;
export type Report = typeof cmReports.$inferSelect & { author: UserRow | null; reviewer: UserRow | null };

/** A position's report for the month, or its absence: pending until submitted, late after the due date. */
export type ReportLine = { position: Position; report: Report | null; pending: boolean; late: boolean };

/** How many reports a country (or, with no country, the network) expects and where they stand. */
export type ReportRollup = {
  country: Unit | null;
  expected: number;
  submitted: number;
  validated: number;
  returned: number;
  pending: number;
  late: number;
};

export type ReportCycle = { month: Month; dueAt: Date; lines: ReportLine[]; rollup: ReportRollup[] };

/** A month's reports are due on the 5th of the next month (UTC), so CMs can count the whole month. */
export const DUE_DAY = 5;
export const dueDate = (month: Month) => new Date(month.to.getTime() + (DUE_DAY - 1) * 86_400_000);

/** Reports with their author and reviewer, in one statement. */
export async function loadReports(db: Db, where: SQL): Promise<Report[]> {
  const author = alias(core.users, 'author');
  const reviewer = alias(core.users, 'reviewer');
  const rows = await db
    .select({ report: cmReports, author, reviewer })
    .from(cmReports)
    .leftJoin(author, eq(author.id, cmReports.authorId))
    .leftJoin(reviewer, eq(reviewer.id, cmReports.reviewerId))
    .where(where);
  return rows.map(({ report, author, reviewer }) => ({ ...report, author, reviewer }));
}

/**
 * The month's cycle over the positions the viewer may see that someone holds (the chief CM's own
 * excepted: they review, they do not report): each with its report, pending or late, and the
 * roll-up by country and for the network.
 */
export async function buildCycle(
  db: Db,
  view: NetworkView,
  positions: Position[],
  month: Month,
  now: Date,
): Promise<ReportCycle> {
  const reporting = positions.filter((p) => p.holder && p.kind !== 'chief');
  const reports = reporting.length
    ? await loadReports(
        db,
        and(
          eq(cmReports.month, month.key),
          inArray(
            cmReports.positionId,
            reporting.map((p) => p.id),
          ),
        )!,
      )
    : [];
  const dueAt = dueDate(month);
  const lines = reporting.map((position): ReportLine => {
    const report = reports.find((r) => r.positionId === position.id) ?? null;
    const pending = !report || report.status === 'returned';
    return { position, report, pending, late: pending && now > dueAt };
  });
  const countryOf = (line: ReportLine) => view.chart.countryOf(line.position.orgUnitId);
  const tally = (country: Unit | null, of: ReportLine[]): ReportRollup => ({
    country,
    expected: of.length,
    submitted: of.filter((l) => l.report?.status === 'submitted').length,
    validated: of.filter((l) => l.report?.status === 'validated').length,
    returned: of.filter((l) => l.report?.status === 'returned').length,
    pending: of.filter((l) => l.pending).length,
    late: of.filter((l) => l.late).length,
  });
  const countries = view.chart.ofKind('country').filter((c) => lines.some((l) => countryOf(l)?.id === c.id));
  return {
    month,
    dueAt,
    lines,
    rollup: [
      tally(null, lines),
      ...countries.map((c) =>
        tally(
          c,
          lines.filter((l) => countryOf(l)?.id === c.id),
        ),
      ),
    ],
  };
}
