import type { SeedContext } from './context';
import { distinctMembers, later } from './sampling';

/** Members who confirmed they read an announcement: most of them after a week, fewer (but someone) for recent ones. */
export async function insertAcknowledgements(ctx: SeedContext): Promise<number> {
  await ctx.exec(`
    create unlogged table bench_seed.acknowledgement_counts as
      select n as key, greatest(least(m - 1, 1), floor((m - 1) * case when published_at < ${ctx.at} - interval '7 days'
        then 0.35 + 0.45 * random() else 0.1 + 0.3 * random() end))::int as count
      from bench_seed.posts where is_announcement and status = 'published';
    insert into announcement_acknowledgements (post_id, user_id, acknowledged_at) ${distinctMembers(
      'select n, id, cn, m, author_k, published_at from bench_seed.posts',
      'bench_seed.acknowledgement_counts',
      `p.id, mb.id, ${later('p.published_at', ctx.at, 1440)}`,
    )};`);
  return ctx.count('announcement_acknowledgements');
}
