import type { SeedContext } from './context';
import { distinctMembers, later } from './sampling';

/**
 * Polls of the poll posts, their options and ballots: 5 to 35 % of the community votes before the
 * poll closes; in a multiple-choice poll some tick two options. Vote counts are counted from the ballots.
 */
export async function insertPolls(ctx: SeedContext): Promise<number> {
  const closes = 'p.published_at + make_interval(days => pl.closes_after_days)';
  await ctx.exec(`
    insert into polls (post_id, multiple_choice, closes_at)
    select p.id, pl.multiple_choice, ${closes} from bench_seed.posts p join bench_seed.polls pl on pl.no = p.poll;

    create unlogged table bench_seed.poll_options as
      select p.n as post_n, p.id as post_id, gen_random_uuid() as id, o.label, (o.position - 1)::int as position
      from bench_seed.posts p join bench_seed.polls pl on pl.no = p.poll
      cross join unnest(pl.options) with ordinality o(label, position);
    create unlogged table bench_seed.poll_voter_counts as
      select n as key, floor((m - 1) * (0.05 + 0.3 * random()))::int as count
      from bench_seed.posts where poll is not null and status = 'published';
    create unlogged table bench_seed.poll_ballots as ${distinctMembers(
      `select p.n, p.id, p.cn, p.m, p.author_k, p.published_at, pl.multiple_choice, cardinality(pl.options) as options,
         least(${ctx.at}, coalesce(${closes}, ${ctx.at})) as until
       from bench_seed.posts p join bench_seed.polls pl on pl.no = p.poll`,
      'bench_seed.poll_voter_counts',
      `p.n as post_n, p.id as post_id, mb.id as user_id, ${later('p.published_at', 'p.until', 1440)} as voted_at,
       array[floor(p.r1 * p.options)::int] || case when p.multiple_choice and p.r2 < 0.4
         then array[(floor(p.r1 * p.options)::int + 1 + floor(random() * (p.options - 1))::int) % p.options] else '{}' end
         as choices`,
    )};

    insert into poll_options (id, post_id, label, position, vote_count)
    select o.id, o.post_id, o.label, o.position, coalesce(v.count, 0)
    from bench_seed.poll_options o left join (
      select post_n, choice, count(*)::int as count from bench_seed.poll_ballots cross join unnest(choices) choice
      group by post_n, choice) v on v.post_n = o.post_n and v.choice = o.position;

    insert into poll_votes (option_id, post_id, user_id, voted_at)
    select o.id, b.post_id, b.user_id, b.voted_at
    from bench_seed.poll_ballots b cross join unnest(b.choices) choice
    join bench_seed.poll_options o on o.post_n = b.post_n and o.position = choice;`);
  return ctx.count('poll_votes');
}
