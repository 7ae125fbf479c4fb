import { schema as core, type Db, type Tx } from '@levain/db';
import type { WorkingHours } from '@levain/server/plugin';
import { and, eq, inArray, or, type SQL, sql } from 'drizzle-orm';
import type { PulseAudience } from '../../db/schema';
import type { OrgChart } from '../org-chart';

export type AudienceMember = {
  id: string;
  orgUnitId: string | null;
  timeZone: string;
  workingHours: WorkingHours;
};

/** Active people a campaign asks: everyone, or the people of its org units (and below) and communities. */
export async function audienceMembers(
  db: Db | Tx,
  audience: PulseAudience,
  chart: OrgChart,
): Promise<AudienceMember[]> {
  const u = core.users;
  const who: SQL[] = [];
  if (!audience.everyone) {
    const unitIds = [...new Set(audience.orgUnitIds.flatMap((id) => [...chart.subtree(id)]))];
    if (unitIds.length) who.push(inArray(u.orgUnitId, unitIds));
    if (audience.communityIds.length)
      who.push(
        sql`exists (select 1 from community_memberships m where m.user_id = ${u.id} and m.status = 'active'
          and m.community_id in ${audience.communityIds})`,
      );
    if (!who.length) return [];
  }
  return db
    .select({ id: u.id, orgUnitId: u.orgUnitId, timeZone: u.timeZone, workingHours: u.workingHours })
    .from(u)
    .where(and(eq(u.status, 'active'), who.length ? or(...who) : undefined));
}
