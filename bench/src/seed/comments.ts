import type { SeedContext } from './context';
import { apportion, later } from './sampling';

/** A quarter of the comments answer another comment (one level of replies). */
export const REPLY_SHARE = 0.25;

/** A member of the post's community other than the person at index `skip` (members are numbered 0…m-1). */
const otherMember = (draw: string, skip: string) =>
  `(case when ${draw} >= ${skip} then ${draw} + 1 else ${draw} end)`;

/**
 * Plans the comments in bench_seed.comments: under published posts, more under posts of big
 * communities, questions and posts with appeal, fewer under announcements; by members (the active
 * ones more), minutes to days after the post. Then replies: under some comments, half of them by
 * the post's author. Texts are drawn from what was written for the post, its subject, or anything.
 */
export async function planComments(ctx: SeedContext): Promise<number> {
  const replies = Math.round(ctx.scale.comments * REPLY_SHARE);
  const topLevel = ctx.scale.comments - replies;
  const delay = (from: string) => later(from, ctx.at, 4320);
  await ctx.exec(`
    create unlogged table bench_seed.comments as
    with per_post as (${apportion(
      `select p.n as key, power(p.m - 1.0::float8, 0.55) * p.appeal * (case when t.question then 1.6 else 1 end)
         * (case when p.is_announcement then 0.5 else 1 end) as weight, 2 * (p.m - 1) as cap
       from bench_seed.posts p join bench_seed.post_texts t using (n) where p.status = 'published' and p.m > 1`,
      topLevel,
    )}),
    slots as (
      select p.n as post_n, p.id as post_id, p.cn, p.m, p.author_k as post_author_k, p.author_n as post_author_n,
        p.published_at, p.template, p.lang, t.theme, t.own_comments,
        floor((p.m - 1) * power(random(), 1.6))::int as draw, random() as r_pool
      from per_post pp join bench_seed.posts p on p.n = pp.key join bench_seed.post_texts t on t.n = p.n
      cross join lateral generate_series(1, pp.count) g(i)
    ),
    pooled as (
      select s.*, case when s.own_comments > 0 and s.r_pool < 0.4 then 'own:' || s.template
        when s.r_pool < 0.7 and exists (select 1 from bench_seed.comment_pools where pool = 'theme:' || s.theme || ':' || s.lang)
          then 'theme:' || s.theme || ':' || s.lang
        else 'any:' || s.lang end as pool
      from slots s
    )
    select (row_number() over ())::int as n, gen_random_uuid() as id, s.post_n, s.post_id, null::int as parent_n,
      null::uuid as parent_id, s.cn, s.m, mb.k as author_k, mb.n as author_n, mb.id as author_id,
      s.post_author_n as answered_n, s.post_author_k, s.lang, ${delay('s.published_at')} as created_at,
      s.pool, floor(random() * cp.n)::int as k
    from pooled s
    join bench_seed.members mb on mb.cn = s.cn and mb.k = ${otherMember('s.draw', 's.post_author_k')}
    join bench_seed.comment_pools cp on cp.pool = s.pool;

    insert into bench_seed.comments
    with per_comment as (${apportion(
      `select n as key, power(random(), 3) as weight, 3 as cap from bench_seed.comments`,
      replies,
    )}),
    slots as (
      select c.*, random() < 0.5 and c.author_n <> c.answered_n as by_post_author,
        floor((c.m - 1) * power(random(), 1.6))::int as draw
      from per_comment pc join bench_seed.comments c on c.n = pc.key cross join lateral generate_series(1, pc.count) g(i)
    )
    select ${topLevel} + (row_number() over ())::int, gen_random_uuid(), s.post_n, s.post_id, s.n, s.id, s.cn, s.m,
      mb.k, mb.n, mb.id, s.author_n, s.post_author_k, s.lang, ${delay('s.created_at')}, 'reply:' || s.lang,
      floor(random() * cp.n)::int
    from slots s
    join bench_seed.members mb on mb.cn = s.cn
      and mb.k = case when s.by_post_author then s.post_author_k else ${otherMember('s.draw', 's.author_k')} end
    join bench_seed.comment_pools cp on cp.pool = 'reply:' || s.lang;

    alter table bench_seed.comments add primary key (n);
    analyze bench_seed.comments;`);
  return ctx.count('bench_seed.comments');
}

/** Writes the comments with their texts (the first name of whom they answer filled in), counters and mentions. */
export async function insertComments(ctx: SeedContext): Promise<number> {
  await ctx.exec(`
    insert into comments (id, post_id, parent_id, author_id, body, body_html, moderation, reaction_count, reply_count,
      created_at)
    select c.id, c.post_id, c.parent_id, c.author_id, replace(t.body, '{firstName}', a.first_name),
      replace(t.body_html, '{firstName}', a.first_name), 'visible', coalesce(rc.count, 0), coalesce(rp.count, 0),
      c.created_at
    from bench_seed.comments c
    join bench_seed.comment_texts t on t.pool = c.pool and t.k = c.k
    join bench_seed.people a on a.n = c.answered_n
    left join bench_seed.comment_reaction_counts rc on rc.key = c.n
    left join (select parent_n, count(*)::int as count from bench_seed.comments where parent_n is not null
      group by parent_n) rp on rp.parent_n = c.n;

    insert into mentions (post_id, comment_id, community_id)
    select c.post_id, c.id, mentioned from bench_seed.comments c
    join bench_seed.comment_texts t on t.pool = c.pool and t.k = c.k cross join unnest(t.communities) mentioned;`);
  return ctx.count('comments');
}
