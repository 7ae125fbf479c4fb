import { schema as core } from '@levain/db';
import { and, eq, type SQL, sql } from 'drizzle-orm';
import type { CharterKindValue } from './model';

/**
 * Who a charter is addressed to, as a predicate on the core's users: every active person; for the
 * editorial charter those who speak for the company (admins and the chief CM); for a community's
 * charter its active members.
 */
export function audienceWhere(charter: { kind: CharterKindValue; communityId: string | null }): SQL {
  const active = eq(core.users.status, 'active');
  if (charter.communityId)
    return and(
      active,
      sql`exists (select 1 from ${core.communityMemberships} m
        where m.user_id = users.id and m.community_id = ${charter.communityId} and m.status = 'active')`,
    )!;
  if (charter.kind !== 'editorial') return active;
  return and(
    active,
    sql`exists (select 1 from ${core.userRoles} r
      where r.user_id = users.id and r.role in ('admin', 'chief_cm'))`,
  )!;
}
