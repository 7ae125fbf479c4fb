import type { SeedContext } from './context';
import { later } from './sampling';

/** Posts people keep for later: most keep none or a few, recent posts of their own communities more often. */
export async function insertBookmarks(ctx: SeedContext): Promise<number> {
  await ctx.exec(`
    create unlogged table bench_seed.community_posts as
      select cn, (row_number() over (partition by cn order by published_at desc) - 1)::int as k, id, published_at
      from bench_seed.posts where status = 'published';
    create index on bench_seed.community_posts (cn, k);
    create unlogged table bench_seed.community_post_counts as
      select cn, count(*)::int as n from bench_seed.community_posts group by cn;
    create unlogged table bench_seed.person_communities as
      select n, (row_number() over (partition by n order by cn) - 1)::int as j, cn from bench_seed.members;
    create index on bench_seed.person_communities (n, j);
    alter table bench_seed.community_post_counts add primary key (cn);
    analyze bench_seed.community_posts, bench_seed.community_post_counts, bench_seed.person_communities;

    insert into bookmarks (user_id, post_id, created_at)
    with wanted as (
      select p.n, p.id, floor(16 * power(random(), 2.5))::int as b, count(*)::int as communities
      from bench_seed.people p join bench_seed.person_communities pc on pc.n = p.n group by p.n, p.id
    ),
    draws as (
      select w.n, w.id, floor(random() * w.communities)::int as j, random() as r
      from wanted w cross join lateral generate_series(1, w.b) g
    ),
    picked as (
      select distinct on (d.n, cp.id) d.id as user_id, cp.id as post_id, cp.published_at
      from draws d
      join bench_seed.person_communities pc on pc.n = d.n and pc.j = d.j
      join bench_seed.community_post_counts cc on cc.cn = pc.cn
      join bench_seed.community_posts cp on cp.cn = pc.cn and cp.k = floor(power(d.r, 2) * cc.n)::int
      order by d.n, cp.id
    )
    select user_id, post_id, ${later('published_at', ctx.at, 4320)} from picked;`);
  return ctx.count('bookmarks');
}
