import type { schema } from '@levain/db';
import { type SQL, sql } from 'drizzle-orm';
import { type Viewer, visibleCommunityIds } from '../permissions';

type Communities = typeof schema.communities;

/**
 * Communities worth suggesting to the viewer: visible, alive, not secret (even to an admin), not
 * joined or asked for yet, and open to them (on request, or invitation-only when they were invited).
 */
export function discoverableWhere(viewer: Viewer, c: Communities): SQL {
  return sql`(${c.id} in ${visibleCommunityIds(viewer)}
    and ${c.deletedAt} is null and ${c.archivedAt} is null and ${c.visibility} <> 'secret'
    and not exists (select 1 from community_memberships m where m.community_id = ${c.id}
      and m.user_id = ${viewer.id} and m.status in ('active', 'requested'))
    and (${c.joinPolicy} <> 'invitation' or exists (select 1 from community_memberships m
      where m.community_id = ${c.id} and m.user_id = ${viewer.id} and m.status = 'invited')))`;
}

/**
 * How relevant a community is to the viewer:
 * - attached to the viewer's org unit (8) or to a unit above it (6, 4, … the company last);
 * - plus one per colleague who is an active member: same org unit, same manager, the manager,
 *   or the viewer's own reports.
 */
export function discoverScore(viewer: Viewer, c: Communities): SQL<number> {
  const orgUnitScore = sql`(with recursive up(id, depth) as (
      select ${viewer.orgUnitId}::uuid, 0 where ${viewer.orgUnitId}::uuid is not null
      union all select o.parent_id, up.depth + 1 from org_units o join up on o.id = up.id
        where o.parent_id is not null
    ) select coalesce(max(greatest(1, 8 - 2 * up.depth)), 0) from community_org_units cou
      join up on up.id = cou.org_unit_id where cou.community_id = ${c.id})`;
  const colleagueScore = sql`(select count(*) from community_memberships m
      join users u on u.id = m.user_id and u.status = 'active' and u.id <> ${viewer.id}
      cross join (select manager_id from users where id = ${viewer.id}) me
      where m.community_id = ${c.id} and m.status = 'active' and (
        u.org_unit_id = ${viewer.orgUnitId}::uuid or u.manager_id = me.manager_id
        or u.id = me.manager_id or u.manager_id = ${viewer.id}))`;
  return sql<number>`(${orgUnitScore} + ${colleagueScore})::int`;
}
