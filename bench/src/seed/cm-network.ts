import type { SeedContext } from './context';

/**
 * The CM network's positions and their holders (cm-network plugin): the chief CM for the company, the head of
 * communication of each country for the country, each direction's head for the direction, and one
 * team lead in three as a part-time CM of their team ("manager tous CM").
 */
export async function insertCommunityManagers(ctx: SeedContext): Promise<number> {
  await ctx.exec(`
    create temp table bench_cm_roster as
    with chief as (select user_id as id from user_roles where role = 'chief_cm' order by user_id limit 1),
    roster as (
      select (select id from chief) as user_id, id as org_unit_id, 'chief'::cm_network_role_kind as kind, 100 as share
      from org_units where kind = 'company'
      union all
      select p.id, country.id, 'country', 40 from bench_seed.people p
      join org_units direction on direction.id = p.direction_unit and direction.code like '%-communication'
      join org_units country on country.id = direction.parent_id where p.rank = 2
      union all
      select p.id, p.direction_unit, 'department', 20 from bench_seed.people p where p.rank = 2
      union all
      select p.id, p.team_unit, 'manager_part_time', 10 + 5 * (p.n % 3) from bench_seed.people p
      where p.rank = 3 and p.n % 3 = 0
    )
    select gen_random_uuid() as position_id, user_id, org_unit_id, kind, share, (select id from chief) as assigned_by,
      ${ctx.at} - interval '300 days' * random() as assigned_at
    from roster;
    insert into cm_network_positions (id, org_unit_id, kind, time_basis, share_of_time_percent, created_by, created_at)
    select position_id, org_unit_id, kind,
      (case when share = 100 then 'full_time' else 'part_time' end)::cm_network_time_basis, share, assigned_by, assigned_at
    from bench_cm_roster;
    insert into cm_network_assignments (position_id, user_id, started_at, assigned_by)
    select position_id, user_id, assigned_at, assigned_by from bench_cm_roster;
    drop table bench_cm_roster;`);
  return ctx.count('cm_network_assignments');
}
