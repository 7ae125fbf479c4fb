import type { SeededCommunity } from './communities';
import { announcementSeeds, pendingSeeds, pinnedSeeds } from './content/announcements';
import { shareIntros } from './content/comments';
import { pollSeeds } from './content/polls';
import { profile } from './content/profile';
import type { CommunityPostSeed, Lang } from './content/types';
import { asTuple, type PostPlanner } from './post-plan';
import { between, weightedPick, weightedSample } from './sampling';

const PROFILE_POSTS = 36;
const SHARES = 8;

/** Announcements, pinned posts and posts awaiting approval, each in its community. */
function seededPosts(planner: PostPlanner): void {
  const { random, timeline, cast } = planner;
  const place = (seed: CommunityPostSeed, authors: (c: SeededCommunity) => string[]) => {
    const community = planner.community(seed.community);
    const lang: Lang = planner.voiceOf(community).lang === 'en' ? 'en' : 'fr';
    const authorId = random.pick(authors(community));
    const publishedMs = timeline.workingMoment(seed.daysAgo, cast.person(authorId).timeZone);
    return planner.inCommunity(community, authorId, seed.body, publishedMs, lang);
  };
  for (const seed of announcementSeeds)
    planner.add({ ...place(seed, (c) => c.animatorIds), isAnnouncement: true });
  for (const seed of pinnedSeeds)
    planner.add({ ...place(seed, (c) => c.animatorIds.slice(0, 1)), pinned: true });
  const ordinary = (c: SeededCommunity) => c.memberIds.filter((id) => !c.animatorIds.includes(id));
  for (const seed of pendingSeeds) planner.add({ ...place(seed, ordinary), status: 'pending_approval' });
}

/** Polls, opened by an animator or a member; some have closed since. */
function polls(planner: PostPlanner): void {
  const { random, timeline, cast } = planner;
  for (const poll of pollSeeds) {
    const community = planner.community(poll.community);
    const pool = random.chance(0.6) ? community.animatorIds : community.memberIds;
    // Someone who writes in the poll's language.
    const speakers = pool.filter((id) => cast.lang(id) === poll.lang);
    const authorId = weightedPick(random, speakers.length ? speakers : pool, (id) => cast.activity(id));
    const publishedMs = timeline.workingMoment(between(random, 3, 60), cast.person(authorId).timeZone);
    planner.add({ ...planner.inCommunity(community, authorId, poll.body, publishedMs, poll.lang), poll });
  }
}

/** Posts on people's own profiles, read by the colleagues of their country. */
export function planProfilePosts(planner: PostPlanner): void {
  const { random, timeline, cast } = planner;
  for (let i = 0; i < PROFILE_POSTS; i++) {
    const author = weightedPick(random, cast.people, (p) => cast.activity(p.id));
    const country = cast.country(author.id);
    const audience = cast.people.filter((p) => cast.country(p.id) === country).map((p) => p.id);
    const lang = author.locale;
    // A deck per person: nobody's profile says the same thing twice.
    const [template, ...ownComments] = asTuple(
      planner.deck.draw(`profile:${author.id}:${lang}`, profile.posts[lang]),
    );
    const publishedMs = timeline.publication(author.timeZone);
    planner.add({
      communityId: null,
      authorId: author.id,
      lang,
      country,
      theme: profile,
      audience,
      publishedMs,
      writing: planner.writing(template, lang, country, publishedMs, audience, author.id),
      ownComments,
      mixedLanguages: true,
    });
  }
}

/** A few posts of public communities shared by a reader into another community of theirs. */
function shares(planner: PostPlanner): void {
  const { random, timeline, cast, communities } = planner;
  const open = new Set(
    communities.filter((c) => c.visibility === 'public' && c.kind !== 'official').map((c) => c.id),
  );
  const originals = planner.posts.filter(
    (p) => p.communityId && open.has(p.communityId) && p.status === 'published' && !p.poll,
  );
  for (const original of weightedSample(random, originals, SHARES)) {
    const sharer = random.pick(original.audience.filter((id) => id !== original.authorId));
    const targets = communities.filter(
      (c) => c.id !== original.communityId && c.kind !== 'official' && c.memberIds.includes(sharer),
    );
    if (!targets.length) continue;
    const target = random.pick(targets);
    const lang = cast.lang(sharer);
    const publishedMs = timeline.after(original.publishedMs, 600);
    const post = planner.inCommunity(target, sharer, random.pick(shareIntros[lang]), publishedMs, lang);
    post.writing.fills.firstName = cast.firstName(original.authorId);
    planner.add({ ...post, country: original.country, theme: original.theme, sharedPostId: original.id });
  }
}

/** Everything but everyday community posts: call after `communityPosts` (shares pick among them). */
export function planOccasionalPosts(planner: PostPlanner): PostPlanner {
  seededPosts(planner);
  polls(planner);
  planProfilePosts(planner);
  shares(planner);
  return planner;
}
