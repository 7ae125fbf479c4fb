import { schema as core, type Db } from '@levain/db';
import type { Random } from '@levain/server/plugin';
import { and, eq, sql } from 'drizzle-orm';
import type { OrgChart } from '../org-chart';
import { type TenureBand, tenureBand } from '../results/segments';
import { normal } from './answers';

export type DemoRespondent = {
  id: string;
  email: string;
  orgUnitId: string | null;
  path: string[];
  unitCodes: string[];
  tenure: TenureBand;
  manager: boolean;
  /** How the person feels in general: the same from one pulse to the next. */
  mood: number;
  /** How likely they are to answer a pulse. */
  diligence: number;
};

const DAY_MS = 86_400_000;

/** The demo's active people, each with a stable mood, diligence and time in the company. */
export async function demoRespondents(
  db: Db,
  chart: OrgChart,
  random: Random,
  now: Date,
): Promise<DemoRespondent[]> {
  const users = await db
    .select({
      id: core.users.id,
      email: core.users.email,
      orgUnitId: core.users.orgUnitId,
      manager: sql<boolean>`exists (select 1 from users r where r.manager_id = ${core.users.id})`,
    })
    .from(core.users)
    .where(and(eq(core.users.status, 'active')))
    .orderBy(core.users.email);
  return users.map((user) => {
    const path = chart.pathOf(user.orgUnitId);
    // Arrival dates are not in the directory: the demo draws one per person, up to twelve years ago.
    const arrived = new Date(now.getTime() - random.next() * 12 * 365 * DAY_MS);
    return {
      ...user,
      manager: !!user.manager,
      path,
      unitCodes: path.map((id) => chart.byId.get(id)!.code),
      tenure: tenureBand(arrived, now),
      mood: normal(random) * 0.6,
      diligence: 0.62 + random.next() * 0.33,
    };
  });
}
