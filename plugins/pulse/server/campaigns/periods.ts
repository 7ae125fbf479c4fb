import type { Db } from '@levain/db';
import { and, eq, gt, isNull, lte, type SQL } from 'drizzle-orm';
import { pulsePeriods } from '../../db/schema';

/** A pulse open at `now`: opened, not past its end, not closed by the job yet. */
export const openAt = (now: Date): SQL =>
  and(lte(pulsePeriods.opensAt, now), gt(pulsePeriods.closesAt, now), isNull(pulsePeriods.closedAt))!;

/** The pulse of a campaign open at `now`, if any. */
export async function openPeriodOf(db: Db, campaignId: string, now: Date) {
  const [period] = await db
    .select()
    .from(pulsePeriods)
    .where(and(eq(pulsePeriods.campaignId, campaignId), openAt(now)));
  return period ?? null;
}
