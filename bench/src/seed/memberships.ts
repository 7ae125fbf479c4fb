import type { SeedContext } from './context';

/**
 * Who belongs where. Everyone is in the official channels of their company, country, direction
 * and team; then each person joins 4 to 36 more communities (most people few, some many), about
 * half around their own team, direction and country, the rest across the company, more often the
 * well-known ones; private and secret communities are joined less. Each community also has a core
 * of up to 8 people of its place, its managers first (directors and heads for group-wide ones),
 * like the demo's CM network of direction heads. Owners are members; the most active members animate; a few requests
 * and invitations are pending.
 *
 * Leaves bench_seed.members (active members of each community, the most active first, k from 0)
 * and bench_seed.member_counts; community 0 stands for profiles, which everyone reads.
 */
export async function insertMemberships(ctx: SeedContext): Promise<number> {
  await ctx.exec(`
    create unlogged table bench_seed.unit_communities as
      select unit_id, (row_number() over (partition by unit_id order by n) - 1)::int as k, n as cn
      from bench_seed.communities where unit_id is not null and kind <> 'official';
    create unlogged table bench_seed.unit_community_counts as
      select unit_id, count(*)::int as n from bench_seed.unit_communities group by unit_id;
    alter table bench_seed.unit_community_counts add primary key (unit_id);
    create index on bench_seed.unit_communities (unit_id, k);
    create unlogged table bench_seed.community_cdf as
      select n as cn, (sum(weight) over (order by n) - weight) / (sum(weight) over ()) as lo
      from bench_seed.communities where kind <> 'official';
    create index on bench_seed.community_cdf (lo);
    create unlogged table bench_seed.person_units as
      select p.n, unit, company from bench_seed.people p, (select id as company from org_units where kind = 'company') c,
        unnest(array[p.team_unit, p.direction_unit, p.country_unit, c.company]) unit
      where unit is not null;
    analyze bench_seed.people, bench_seed.communities, bench_seed.unit_communities, bench_seed.unit_community_counts,
      bench_seed.community_cdf, bench_seed.person_units;

    create unlogged table bench_seed.memberships as
    with wanted as (
      select p.*, 4 + floor(33 * power(random(), 2.2))::int as k from bench_seed.people p
    ),
    draws as (
      select w.n, w.k, g.i, random() as r_where, random() as r_unit, random() as r_pick,
        w.team_unit, w.direction_unit, w.country_unit
      from wanted w cross join lateral generate_series(1, w.k * 3) g(i)
    ),
    picked as materialized (
      select d.n, d.k, d.i, coalesce(
        case when d.r_where < 0.5 then (
          select uc.cn from bench_seed.unit_communities uc join bench_seed.unit_community_counts cnt using (unit_id)
          where uc.unit_id = case when d.r_unit < 0.5 then d.team_unit when d.r_unit < 0.8 then d.direction_unit
            else d.country_unit end and uc.k = floor(d.r_pick * cnt.n)::int) end,
        (select cn from bench_seed.community_cdf where lo <= d.r_pick order by lo desc limit 1)) as cn
      from draws d
    ),
    accepted as (
      select distinct on (p.n, p.cn) p.n, p.cn, p.k, p.i from picked p join bench_seed.communities c on c.n = p.cn
      where random() < case c.visibility when 'secret' then 0.15 when 'private' then 0.6 else 1 end
      order by p.n, p.cn, p.i
    ),
    chosen as (
      select cn, n from (select n, cn, k, row_number() over (partition by n order by i) as rank from accepted) a
      where rank <= k
      union
      select c.n, pu.n from bench_seed.communities c
      join bench_seed.person_units pu on pu.unit = coalesce(c.unit_id, (select id from org_units where kind = 'company')) where c.kind = 'official'
      union
      select n, owner_n from bench_seed.communities
      union
      select cn, n from (
        select c.n as cn, p.n, row_number() over (partition by c.n order by p.rank + random()) as draw
        from bench_seed.communities c
        join bench_seed.person_units pu on pu.unit = coalesce(c.unit_id, (select id from org_units where kind = 'company'))
        join bench_seed.people p on p.n = pu.n and p.rank > 0 and (p.rank <= 2 or pu.unit <> pu.company)
        where c.kind <> 'official') core
      where draw <= 8
    ),
    ranked as (
      select ch.cn, ch.n, c.owner_n = ch.n as owner, c.join_policy, c.kind,
        row_number() over (partition by ch.cn order by ch.n = c.owner_n, p.activity desc) as by_activity,
        count(*) over (partition by ch.cn) as size
      from chosen ch join bench_seed.communities c on c.n = ch.cn join bench_seed.people p on p.n = ch.n
    )
    select cn, n, case when owner then 'owner' when by_activity <= least(3, 1 + size / 200) then 'animator'
        else 'member' end as role,
      case when owner or by_activity <= least(3, 1 + size / 200) or kind = 'official' or random() >= 0.02 then 'active'
        when join_policy = 'request' then 'requested' when join_policy = 'invitation' then 'invited'
        else 'active' end as status
    from ranked;

    insert into community_memberships (community_id, user_id, role, status, invited_by_id, joined_at)
    select c.id, p.id, m.role::community_role, m.status::membership_status,
      case when m.status = 'invited' then o.id end,
      case when m.status = 'active'
        then greatest(c.created_at, u.created_at) + (${ctx.at} - greatest(c.created_at, u.created_at)) * random()
        else ${ctx.at} - interval '20 days' * random() end
    from bench_seed.memberships m
    join bench_seed.communities c on c.n = m.cn
    join bench_seed.people p on p.n = m.n
    join bench_seed.people o on o.n = c.owner_n
    join users u on u.id = p.id;

    create unlogged table bench_seed.members as
      select m.cn, (row_number() over (partition by m.cn order by p.activity desc, p.n) - 1)::int as k,
        p.n, p.id, m.role
      from bench_seed.memberships m join bench_seed.people p on p.n = m.n where m.status = 'active'
      union all
      select 0, (row_number() over (order by activity desc, n) - 1)::int, n, id, 'member' from bench_seed.people;
    create index on bench_seed.members (cn, k);
    create unlogged table bench_seed.member_counts as
      select cn, count(*)::int as m from bench_seed.members group by cn;
    alter table bench_seed.member_counts add primary key (cn);
    create unlogged table bench_seed.leaders as
      select cn, (row_number() over (partition by cn order by k) - 1)::int as j, k, n, id
      from bench_seed.members where role <> 'member';
    create index on bench_seed.leaders (cn, j);
    create unlogged table bench_seed.leader_counts as select cn, count(*)::int as n from bench_seed.leaders group by cn;
    alter table bench_seed.leader_counts add primary key (cn);
    analyze bench_seed.memberships, bench_seed.members, bench_seed.member_counts, bench_seed.leaders,
      bench_seed.leader_counts;

    update communities set member_count = mc.m
    from bench_seed.communities c join bench_seed.member_counts mc on mc.cn = c.n
    where communities.id = c.id;`);
  return ctx.count('community_memberships');
}
