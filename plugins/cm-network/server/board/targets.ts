import type { Db } from '@levain/db';
import { cmTargets } from '../../db/schema';

/** Targets by metric: the network's default and each country's own. */
export type Targets = { of(metric: string, countryId: string | null): number | null };

export async function loadTargets(db: Db): Promise<Targets> {
  const rows = await db
    .select({ metric: cmTargets.metric, orgUnitId: cmTargets.orgUnitId, value: cmTargets.value })
    .from(cmTargets);
  const byKey = new Map(rows.map((r) => [`${r.metric}:${r.orgUnitId ?? ''}`, r.value]));
  return {
    of: (metric, countryId) =>
      (countryId !== null ? byKey.get(`${metric}:${countryId}`) : undefined) ??
      byKey.get(`${metric}:`) ??
      null,
  };
}
