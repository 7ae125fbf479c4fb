import type { DbHandle } from '@levain/db';
import { insertAcknowledgements } from './acknowledgements';
import { insertBookmarks } from './bookmarks';
import { deferIndexes } from './bulk-load';
import { loadCatalogue } from './catalogue';
import { insertCommunityManagers } from './cm-network';
import { insertComments, planComments } from './comments';
import { insertCommunities, planCommunities } from './communities';
import { planCompany } from './company';
import { seedContext } from './context';
import { insertEvents } from './events';
import { insertFollows } from './follows';
import { insertMemberships } from './memberships';
import { insertNotifications } from './notifications';
import { insertPeople } from './people';
import { insertPolls } from './polls';
import { insertPosts, planPosts } from './posts';
import { Progress, type StepTiming } from './progress';
import { insertPulseYear } from './pulse';
import { insertReactions, planReactions } from './reactions';
import { type ScaleName, scales } from './scale';
import { searchWordCounts, tableCounts } from './summary';

/** Every seeded person signs in with person<N>@bench.example and this password. */
export const BENCH_PASSWORD = 'levain-bench-2026';

export type SeedOptions = {
  scale: ScaleName;
  /** The server's hash of BENCH_PASSWORD (argon2 is slow on purpose: hash it once). */
  passwordHash: string;
  now?: Date;
  /** Where step lines go (stderr by default). */
  log?: (line: string) => void;
};

export type SeedSummary = {
  scale: ScaleName;
  seconds: number;
  counts: Record<string, number>;
  steps: StepTiming[];
  /** Posts each suggested search word finds. */
  searchWords: Record<string, number>;
  /** People worth signing in as, by what they are. */
  signIns: Record<string, string>;
};

/**
 * Fills a migrated, empty database (PostgreSQL or PGlite) with a company at the given scale, in
 * set-based statements: texts and the org chart are computed here, everything else in SQL.
 */
export async function seedBench(handle: DbHandle, options: SeedOptions): Promise<SeedSummary> {
  const scale = scales[options.scale];
  const ctx = seedContext(handle, scale, options.now ?? new Date());
  const progress = new Progress(options.log ?? ((line) => process.stderr.write(`${line}\n`)));
  const company = planCompany(scale.people);
  const communities = planCommunities(company, scale.communities, ctx.now);
  const mentionable = communities.filter((c) => c.visibility !== 'secret');
  await ctx.exec('drop schema if exists bench_seed cascade; create schema bench_seed;');

  let restore: () => Promise<number> = async () => 0;
  await progress.step('set keys and indexes aside', async () => {
    restore = await deferIndexes(ctx);
    return 0;
  });
  await progress.step('texts, rendered as the app does', () => loadCatalogue(ctx, mentionable));
  await progress.step('org chart and people', () => insertPeople(ctx, company, options.passwordHash));
  await progress.step('communities', () => insertCommunities(ctx, company, communities));
  await progress.step('memberships', () => insertMemberships(ctx));
  await progress.step('follows', () => insertFollows(ctx));
  await progress.step('plan posts', () => planPosts(ctx));
  await progress.step('plan comments', () => planComments(ctx));
  await progress.step('plan reactions', () => planReactions(ctx));
  await progress.step('posts, hashtags and comments', async () => {
    const [posts, comments] = await Promise.all([insertPosts(ctx), insertComments(ctx)]);
    return posts + comments;
  });
  await progress.step('reactions', () => insertReactions(ctx));
  await progress.step('polls and votes', () => insertPolls(ctx));
  await progress.step('announcement acknowledgements', () => insertAcknowledgements(ctx));
  await progress.step('bookmarks', () => insertBookmarks(ctx));
  await progress.step('notifications', () => insertNotifications(ctx));
  await progress.step('events and answers', () => insertEvents(ctx));
  await progress.step('CM network roster', () => insertCommunityManagers(ctx));
  await progress.step('a year of pulse answers and their results', () => insertPulseYear(ctx));
  await progress.step('keys, indexes and foreign keys back', () => restore());
  await progress.step('analyze', async () => {
    await ctx.exec('drop schema bench_seed cascade; analyze;');
    return 0;
  });

  const person = (test: (p: (typeof company.people)[number]) => boolean) => company.people.find(test)!.email;
  return {
    scale: scale.name,
    seconds: Number(progress.elapsedSeconds.toFixed(1)),
    counts: await tableCounts(ctx),
    steps: progress.steps,
    searchWords: await searchWordCounts(ctx),
    signIns: {
      admin: person((p) => p.roles.includes('admin')),
      hr: person((p) => p.roles.includes('hr')),
      chiefCm: person((p) => p.roles.includes('chief_cm')),
      partTimeCm: person((p) => p.rank === 3 && p.n % 3 === 0),
      employeeFr: person((p) => p.rank === 4 && p.locale === 'fr'),
      employeeEn: person((p) => p.rank === 4 && p.locale === 'en'),
    },
  };
}
