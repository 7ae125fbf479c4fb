import { sql } from 'drizzle-orm';
import type { SeedContext } from './context';

/** The tables the seed fills, in the order a reader expects them. */
export const seededTables = [
  'org_units',
  'users',
  'user_roles',
  'communities',
  'community_org_units',
  'community_memberships',
  'follows',
  'posts',
  'post_hashtags',
  'mentions',
  'comments',
  'post_reactions',
  'comment_reactions',
  'polls',
  'poll_options',
  'poll_votes',
  'announcement_acknowledgements',
  'bookmarks',
  'notifications',
  'cm_network_positions',
  'cm_network_assignments',
  'pulse_campaigns',
  'pulse_responses',
  'pulse_group_results',
] as const;

/**
 * Words to search for, picked from the seeded texts by how many posts they find at the large
 * scale (about 40,000 to 20,000 for the common ones, 6,000 to 1,300 for the rare ones, about 70
 * for the rarest); each is counted again after every seed, with the app's own query.
 */
export const searchWords = {
  fr: {
    common: ['équipe', 'communauté', 'charte'],
    rare: ['télétravail', 'hyperconnexion', 'covoiturage'],
    rarest: ['mentorat'],
  },
  en: {
    common: ['thanks', 'community', 'meeting'],
    rare: ['wellbeing', 'workload', 'remote'],
    rarest: ['monitoring'],
  },
};

export async function tableCounts(ctx: SeedContext): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of seededTables) counts[table] = await ctx.count(table);
  return counts;
}

/** Posts each word finds, asked the way the app's search asks (French or English stems, accents ignored). */
export async function searchWordCounts(ctx: SeedContext): Promise<Record<string, number>> {
  const words = Object.values(searchWords).flatMap((byFrequency) => Object.values(byFrequency).flat());
  const counts: Record<string, number> = {};
  for (const word of words) {
    const [row] = await ctx.rows<{ n: number }>(sql`select count(*)::int as n from posts
      where search @@ (websearch_to_tsquery('levain_fr', ${word}) || websearch_to_tsquery('levain_en', ${word}))`);
    counts[word] = row!.n;
  }
  return counts;
}
