import { schema as core, type Db } from '@levain/db';
import { and, asc, eq, gt, inArray, or, type SQL, sql } from 'drizzle-orm';
import { charterAmbassadors, charterDocuments, charterVersions } from '../../db/schema';

export type AmbassadorView = {
  ambassador: typeof charterAmbassadors.$inferSelect;
  user: typeof core.users.$inferSelect;
  orgUnit: typeof core.orgUnits.$inferSelect | null;
  /** Certified since the latest major version of the social-media charter. */
  certified: boolean;
};

/** When the social-media charter's latest major version was published: certifications before it lapse. */
const latestMajorSocialMedia = sql`(select max(${charterVersions.publishedAt}) from ${charterVersions}
  join ${charterDocuments} d on d.id = ${charterVersions.charterId}
  where d.kind = 'social_media' and d.community_id is null and ${charterVersions.major})`;

const certified = sql<boolean>`coalesce(${charterAmbassadors.certifiedAt} >= ${latestMajorSocialMedia}, ${charterAmbassadors.certifiedAt} is not null)`;

/** Ambassadors (with their person and unit) matching `where`, by name then id, in one statement. */
export async function ambassadorsWhere(
  db: Db,
  where: SQL | undefined,
  page: { first: number; after?: [string, string] | null },
): Promise<AmbassadorView[]> {
  const keyset = page.after
    ? or(
        gt(core.users.name, page.after[0]),
        and(eq(core.users.name, page.after[0]), gt(core.users.id, page.after[1])),
      )
    : undefined;
  return db
    .select({ ambassador: charterAmbassadors, user: core.users, orgUnit: core.orgUnits, certified })
    .from(charterAmbassadors)
    .innerJoin(core.users, eq(core.users.id, charterAmbassadors.userId))
    .leftJoin(core.orgUnits, eq(core.orgUnits.id, charterAmbassadors.orgUnitId))
    .where(and(eq(core.users.status, 'active'), where, keyset))
    .orderBy(asc(core.users.name), asc(core.users.id))
    .limit(page.first + 1);
}

/**
 * The approved ambassadors who serve a unit: those of the unit itself or of a unit above it (a
 * site's ambassadors answer its teams), or those with no unit (the whole organisation).
 */
export const servingUnit = (orgUnitId: string | null): SQL =>
  orgUnitId
    ? sql`(${charterAmbassadors.orgUnitId} is null or ${charterAmbassadors.orgUnitId} in (
        with recursive up(id, parent_id) as (
          select id, parent_id from ${core.orgUnits} where id = ${orgUnitId}
          union all select u.id, u.parent_id from ${core.orgUnits} u join up on u.id = up.parent_id)
        select id from up))`
    : sql`${charterAmbassadors.orgUnitId} is null`;

/** Which of these people are approved ambassadors, in one statement (the badge beside names). */
export async function approvedAmong(db: Db, userIds: readonly string[]) {
  if (!userIds.length) return [];
  const rows = await db
    .select({ user: core.users })
    .from(charterAmbassadors)
    .innerJoin(core.users, eq(core.users.id, charterAmbassadors.userId))
    .where(and(eq(charterAmbassadors.status, 'approved'), inArray(charterAmbassadors.userId, [...userIds])));
  return rows.map((r) => r.user);
}
