import { schema as core, type Db } from '@levain/db';
import { and, asc, eq, inArray, type SQL } from 'drizzle-orm';
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

type Batch = { userIds: Set<string>; roster: Promise<RosterEntry[]> };
const openBatches = new WeakMap<object, Batch>();

/**
 * A person's roles, read in one statement with those of every person the request resolves
 * meanwhile, so a page of people costs one statement whatever its size. A timer rather than a
 * microtask closes the batch, as the drizzle plugin's own loader does, so that people resolved
 * behind asynchronous checks (auth scopes, other loads) still join it.
 */
export function rolesOf(request: { db: Db }, userId: string): Promise<RosterEntry[]> {
  let batch = openBatches.get(request);
  if (!batch) {
    const userIds = new Set<string>();
    const roster = new Promise((resolve) => setTimeout(resolve, 0)).then(() => {
      openBatches.delete(request);
      return loadRoster(request.db, inArray(cmNetworkRoles.userId, [...userIds]));
    });
    batch = { userIds, roster };
    openBatches.set(request, batch);
  }
  batch.userIds.add(userId);
  return batch.roster.then((roster) => roster.filter((role) => role.userId === userId));
}
