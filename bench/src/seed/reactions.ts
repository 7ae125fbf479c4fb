import type { SeedContext } from './context';
import { apportion, distinctMembers, later } from './sampling';

/** Reactions on posts, as a share of all reactions (the rest are on comments). */
const ON_POSTS = 0.75;
const kinds = "(array['like', 'bravo', 'support', 'insightful', 'curious']::reaction_kind[])";
/** The demo's mix: likes first, then bravo and insightful. */
const anyKind = (r: string) =>
  `(case when ${r} < 0.46 then 'like' when ${r} < 0.62 then 'bravo' when ${r} < 0.74 then 'support' when ${r} < 0.88 then 'insightful' else 'curious' end)::reaction_kind`;

/** How many reactions each published post and each comment gets: more with reach and appeal. */
export async function planReactions(ctx: SeedContext): Promise<number> {
  const onPosts = Math.round(ctx.scale.reactions * ON_POSTS);
  await ctx.exec(`
    create unlogged table bench_seed.post_reaction_counts as ${apportion(
      `select n as key, power(m - 1.0::float8, 0.75) * appeal * (case when is_announcement then 1.4 else 1 end) as weight,
         m - 1 as cap from bench_seed.posts where status = 'published' and m > 1`,
      onPosts,
    )};
    alter table bench_seed.post_reaction_counts add primary key (key);
    create unlogged table bench_seed.comment_reaction_counts as ${apportion(
      `select c.n as key, exp(1.1 * sqrt(-2 * ln(1 - random())) * cos(2 * pi() * random())) * sqrt(p.appeal) as weight,
         c.m - 1 as cap from bench_seed.comments c join bench_seed.posts p on p.n = c.post_n`,
      ctx.scale.reactions - onPosts,
    )};
    alter table bench_seed.comment_reaction_counts add primary key (key);
    analyze bench_seed.post_reaction_counts, bench_seed.comment_reaction_counts;`);
  return 0;
}

/** The reactions themselves, by distinct members; each post leans to one kind, comments mostly get likes. */
export async function insertReactions(ctx: SeedContext): Promise<number> {
  await ctx.parallel([
    `insert into post_reactions (post_id, user_id, kind, created_at) ${distinctMembers(
      `select n, id, cn, m, author_k, published_at, ${kinds}[1 + floor(random() * 5)::int] as leaning
       from bench_seed.posts`,
      'bench_seed.post_reaction_counts',
      `p.id, mb.id, case when p.r1 < 0.45 then p.leaning else ${anyKind('p.r2')} end, ${later('p.published_at', ctx.at)}`,
    )}`,
    `insert into comment_reactions (comment_id, user_id, kind, created_at) ${distinctMembers(
      'select n, id, cn, m, author_k, created_at from bench_seed.comments',
      'bench_seed.comment_reaction_counts',
      `p.id, mb.id, case when p.r1 < 0.6 then 'like'::reaction_kind else ${kinds}[1 + floor(p.r2 * 5)::int] end,
       ${later('p.created_at', ctx.at, 720)}`,
    )}`,
  ]);
  return (await ctx.count('post_reactions')) + (await ctx.count('comment_reactions'));
}
