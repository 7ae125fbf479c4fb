import type { Db, Tx } from '@levain/db';
import { and, asc, eq, inArray, isNotNull } from 'drizzle-orm';
import { pulseGroupResults, pulsePeriods } from '../../db/schema';
import type { GroupResult } from './aggregate';

export type ClosedPeriod = { index: number; opensAt: Date; closesAt: Date; questionIds: string[] };
export type GroupRow = GroupResult & { period: number; invitedCount: number | null };

/** The pulses of a campaign whose results are computed, oldest first. */
export async function closedPeriods(db: Db | Tx, campaignId: string): Promise<ClosedPeriod[]> {
  return db
    .select({
      index: pulsePeriods.index,
      opensAt: pulsePeriods.opensAt,
      closesAt: pulsePeriods.closesAt,
      questionIds: pulsePeriods.questionIds,
    })
    .from(pulsePeriods)
    .where(and(eq(pulsePeriods.campaignId, campaignId), isNotNull(pulsePeriods.closedAt)))
    .orderBy(asc(pulsePeriods.index));
}

/** What may be shown of some groups (one filter) over some periods: one statement. */
export async function loadGroupRows(
  db: Db | Tx,
  campaignId: string,
  periods: readonly number[],
  filterKey: string,
  unitIds?: readonly string[],
): Promise<GroupRow[]> {
  if (!periods.length || unitIds?.length === 0) return [];
  const r = pulseGroupResults;
  const rows = await db
    .select()
    .from(r)
    .where(
      and(
        eq(r.campaignId, campaignId),
        inArray(r.period, [...periods]),
        eq(r.filterKey, filterKey),
        unitIds ? inArray(r.orgUnitId, [...unitIds]) : undefined,
      ),
    );
  return rows.map((row) => ({
    unitId: row.orgUnitId,
    filterKey: row.filterKey,
    period: row.period,
    responseCount: row.responseCount,
    hiddenReason: row.hiddenReason,
    invitedCount: row.invitedCount,
    histograms: row.histograms,
    drivers: row.drivers,
    commentsVisible: row.commentsVisible,
  }));
}

export const rowKey = (period: number, unitId: string) => `${period}|${unitId}`;
export const indexRows = (rows: readonly GroupRow[]) =>
  new Map(rows.map((row) => [rowKey(row.period, row.unitId), row]));
