import type { SeedContext } from './context';
import { apportion, distinctMembers, lognormal } from './sampling';
import { BODY_VARIANTS, MENTIONED, PROFILE_ARCHETYPE } from './texts';

/** Profile posts (outside communities), as a share of all posts. */
const PROFILE_SHARE = 0.03;
const POLL_SHARE = 0.004;

/**
 * Plans every post in bench_seed.posts: where (bigger communities talk more; official channels
 * mostly through their animators, a quarter of it announcements), who (active members write more),
 * when (weekdays, office hours, over the last 12 months), what (a template of the community's
 * subjects in the author's language, or a poll; a colleague of the community it mentions, if any).
 * Posts of other members in a community that requires approval were approved by its owner, or
 * still wait when recent.
 */
export async function planPosts(ctx: SeedContext): Promise<number> {
  const total = ctx.scale.posts;
  const profiles = Math.round(total * PROFILE_SHARE);
  await ctx.exec(`
    create unlogged table bench_seed.posts as
    with per_community as (
      select 0 as key, ${profiles} as count
      union all ${apportion(
        `select c.n as key, power(mc.m::float8, 0.7) * (case c.kind when 'official' then 0.015 else 1 end)
           * (0.3 + 1.4 * random()) as weight, 1e9::int as cap
         from bench_seed.communities c join bench_seed.member_counts mc on mc.cn = c.n`,
        total - profiles,
      )}
    ),
    slots as (
      select pc.key as cn, mc.m, coalesce(lc.n, 0) as leaders, coalesce(c.kind = 'official', false) as official,
        coalesce(c.archetype, ${PROFILE_ARCHETYPE}) as archetype, coalesce(c.requires_approval, false) as approval,
        c.owner_n, random() as r_author, random() as r_who, random() as r_day, random() as r_weekend,
        random() as r_hour, random() as r_evening, random() as r_template, random() as r_variant,
        random() as r_poll, random() as r_kind, random() as r_wait, random() as u1, random() as u2
      from per_community pc cross join lateral generate_series(1, pc.count) g(i)
      join bench_seed.member_counts mc on mc.cn = pc.key
      left join bench_seed.communities c on c.n = pc.key
      left join bench_seed.leader_counts lc on lc.cn = pc.key
    ),
    authored as (
      select s.*, a.k as author_k, a.n as author_n, a.id as author_id, a.role <> 'member' as leader,
        date_trunc('day', ${ctx.at}) - make_interval(days => floor(359 * s.r_day)::int) as day
      from slots s cross join lateral (
        select m.k, m.n, m.id, m.role from bench_seed.members m
        where m.cn = s.cn and m.k = case when s.official and s.leaders > 0 and s.r_who < 0.85
          then (select l.k from bench_seed.leaders l where l.cn = s.cn and l.j = floor(s.r_author * s.leaders)::int)
          else floor(s.m * power(s.r_author, 2.5))::int end
      ) a
    ),
    timed as (
      select a.*, (case when extract(isodow from day) >= 6 and r_weekend < 0.85
          then day - make_interval(days => extract(isodow from day)::int - 5 + floor(r_weekend * 5)::int) else day end)
        + interval '1 hour' * case when r_evening < 0.06 then 18.5 + 3 * r_hour else 7.25 + 10.25 * r_hour end
        as moment
      from authored a
    )
    select (row_number() over ())::int as n, gen_random_uuid() as id, t.cn, c.id as community_id, t.author_n,
      t.author_id, t.author_k, t.m, t.archetype, atc.lang,
      case when t.moment > ${ctx.at} - interval '5 minutes' then t.moment - interval '1 day' else t.moment end
        as published_at,
      case when t.cn > 0 and t.r_poll < ${POLL_SHARE} then floor(t.r_template * (select count(*) from bench_seed.polls))::int
        end as poll,
      at.template, floor(t.r_variant * ${BODY_VARIANTS})::int as variant,
      -- A quarter of what leaders of official communities write, and at least their latest post
      -- (so even the small scale, with a handful of official communities, has announcements).
      t.official and t.leader and (t.r_kind < 0.25
        or row_number() over (partition by t.cn, t.official and t.leader order by t.moment desc) = 1)
        as is_announcement,
      case when t.approval and not t.leader and t.moment > ${ctx.at} - interval '3 days' and t.r_wait < 0.3
        then 'pending_approval' else 'published' end as status,
      case when t.approval and not t.leader then (select id from bench_seed.people where n = t.owner_n) end
        as reviewed_by_id,
      ${lognormal(0.9, 't.u1', 't.u2')} as appeal,
      false as pinned
    from timed t
    join bench_seed.people p on p.n = t.author_n
    join bench_seed.archetype_template_counts atc on atc.archetype = t.archetype and atc.locale = p.locale
    join bench_seed.archetype_templates at on at.archetype = t.archetype and at.locale = p.locale
      and at.k = floor(t.r_template * atc.n)::int
    left join bench_seed.communities c on c.n = t.cn;

    update bench_seed.posts set template = null where poll is not null;
    update bench_seed.posts set pinned = true where n in (
      select distinct on (cn) n from bench_seed.posts where cn > 0 and cn % 5 = 0 and status = 'published'
      order by cn, published_at desc);
    alter table bench_seed.posts add primary key (n);
    create unlogged table bench_seed.post_texts as
      select p.n, coalesce(t.theme, -1) as theme, coalesce(t.question, false) as question,
        coalesce(t.own_comments, 0) as own_comments
      from bench_seed.posts p left join bench_seed.templates t on t.no = p.template;
    alter table bench_seed.post_texts add primary key (n);
    create unlogged table bench_seed.post_mentions as ${distinctMembers(
      'select n, id, cn, m, author_k from bench_seed.posts',
      '(select p.n as key, 1 as count from bench_seed.posts p join bench_seed.templates t on t.no = p.template where t.mentions)',
      'p.n, mb.id as user_id',
    )};
    alter table bench_seed.post_mentions add primary key (n);
    analyze bench_seed.posts, bench_seed.post_texts, bench_seed.post_mentions;`);
  return ctx.count('bench_seed.posts');
}

/** The body of each planned post: its template written out for its month, or its poll. */
const bodies = `bench_seed.posts p
  left join bench_seed.bodies b on b.template = p.template and b.variant = p.variant
    and b.month = extract(month from p.published_at at time zone 'UTC')::int - 1
  left join bench_seed.polls pl on pl.no = p.poll`;
/** Who a post mentions: a member drawn for it, or its author alone in a community of one. */
const mentioned = `left join bench_seed.post_mentions pm on pm.n = p.n
  join users mu on mu.id = coalesce(pm.user_id, p.author_id)`;
const withMention = (text: string) =>
  `replace(replace(${text}, '${MENTIONED.id}', mu.id::text), '${MENTIONED.name}', mu.name)`;

/** Writes the posts with their bodies (Markdown and the HTML the app renders), counters, hashtags and mentions. */
export async function insertPosts(ctx: SeedContext): Promise<number> {
  await ctx.exec(`
    insert into posts (id, community_id, profile_user_id, author_id, body, body_html, is_announcement, status,
      moderation, published_at, reviewed_by_id, pinned_at, reaction_count, comment_count, impression_count, created_at)
    select p.id, p.community_id, case when p.cn = 0 then p.author_id end, p.author_id,
      ${withMention('coalesce(b.body, pl.body)')}, ${withMention('coalesce(b.body_html, pl.body_html)')}, p.is_announcement, p.status::post_status, 'visible', p.published_at,
      p.reviewed_by_id, case when p.pinned then p.published_at + interval '30 minutes' end, coalesce(rc.count, 0),
      coalesce(cc.count, 0), 0, p.published_at
    from ${bodies} ${mentioned}
    left join bench_seed.post_reaction_counts rc on rc.key = p.n
    left join (select post_n, count(*)::int as count from bench_seed.comments group by post_n) cc on cc.post_n = p.n;

    insert into post_hashtags (post_id, tag)
    select p.id, tag from ${bodies} cross join unnest(coalesce(b.tags, pl.tags)) tag;

    insert into mentions (post_id, community_id)
    select p.id, mentioned from ${bodies} cross join unnest(coalesce(b.communities, pl.communities)) mentioned;
    insert into mentions (post_id, user_id)
    select p.id, mu.id from bench_seed.posts p join bench_seed.templates t on t.no = p.template and t.mentions ${mentioned};`);
  return ctx.count('posts');
}
