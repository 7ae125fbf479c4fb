import type { SeedContext } from './context';

/**
 * Whom people follow (their posts reach the follower's home feed): most follow nobody or a few,
 * some up to 24 — their manager, teammates, leaders (the higher, the more followed) and anyone.
 */
export async function insertFollows(ctx: SeedContext): Promise<number> {
  await ctx.exec(`
    create unlogged table bench_seed.leading_people as
      select (row_number() over (order by rank, n) - 1)::int as k, n from bench_seed.people where rank <= 3;
    create index on bench_seed.leading_people (k);
    analyze bench_seed.leading_people;

    insert into follows (follower_id, followee_id, created_at)
    with wanted as (select p.*, floor(25 * power(random(), 2))::int as f from bench_seed.people p),
    draws as (
      select w.n, w.manager_n, w.team_unit, random() as r_kind, random() as r_pick
      from wanted w cross join lateral generate_series(1, w.f) g(i)
    ),
    picked as (
      select distinct d.n, case
        when d.r_kind < 0.2 and d.manager_n is not null then d.manager_n
        when d.r_kind < 0.6 and d.team_unit is not null then (
          select tm.n from bench_seed.team_members tm join bench_seed.team_sizes ts using (team_unit)
          where tm.team_unit = d.team_unit and tm.k = floor(d.r_pick * ts.size)::int)
        when d.r_kind < 0.9 then (
          select l.n from bench_seed.leading_people l
          where l.k = floor(power(d.r_pick, 2) * (select count(*) from bench_seed.leading_people))::int)
        else 1 + floor(d.r_pick * ${ctx.scale.people})::int end as followee
      from draws d
    )
    select a.id, b.id, greatest(ua.created_at, ub.created_at) + (${ctx.at} - greatest(ua.created_at, ub.created_at)) * random()
    from picked
    join bench_seed.people a on a.n = picked.n join users ua on ua.id = a.id
    join bench_seed.people b on b.n = picked.followee join users ub on ub.id = b.id
    where picked.followee <> picked.n;`);
  return ctx.count('follows');
}
