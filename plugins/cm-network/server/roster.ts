import { schema as core, type Db } from '@levain/db';
import { and, asc, eq, type SQL } from 'drizzle-orm';
import { cmNetworkRoles } from '../db/schema';

export type RosterEntry = typeof cmNetworkRoles.$inferSelect & {
  user: typeof core.users.$inferSelect;
  orgUnit: typeof core.orgUnits.$inferSelect;
};

/** Roster entries of active people with their person and org unit, the chief CM first, in one statement. */
export async function loadRoster(db: Db, where?: SQL): Promise<RosterEntry[]> {
  const rows = await db
    .select({ role: cmNetworkRoles, user: core.users, orgUnit: core.orgUnits })
    .from(cmNetworkRoles)
    .innerJoin(core.users, eq(core.users.id, cmNetworkRoles.userId))
    .innerJoin(core.orgUnits, eq(core.orgUnits.id, cmNetworkRoles.orgUnitId))
    .where(and(eq(core.users.status, 'active'), where))
    .orderBy(asc(cmNetworkRoles.kind), asc(core.orgUnits.name), asc(core.users.name));
  return rows.map(({ role, user, orgUnit }) => ({ ...role, user, orgUnit }));
}
