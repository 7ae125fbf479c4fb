import { randomUUID } from 'node:crypto';
import type { Writing } from './bodies';
import type { Cast } from './cast';
import type { SeededCommunity } from './communities';
import { announcementSeeds, pendingSeeds, pinnedSeeds } from './content/announcements';
import { shareIntros } from './content/comments';
import { type CountryCode, fillsFor } from './content/fills';
import { pollSeeds } from './content/polls';
import { profile } from './content/profile';
import type { CommunityPostSeed, Lang, PollSeed, Theme } from './content/types';
import { type Voice, voices } from './content/voices';
import type { Random } from './random';
import { between, Deck, weightedPick, weightedSample } from './sampling';
import type { Timeline } from './timeline';

export type PlannedPost = {
  id: string;
  communityId: string | null;
  authorId: string;
  lang: Lang;
  country: CountryCode;
  /** What comments on it talk about. */
  theme: Theme;
  /** Who reads it and may answer: the community's members, or the author's colleagues. */
  audience: string[];
  publishedMs: number;
  writing: Writing;
  status: 'published' | 'pending_approval';
  /** Whether commenters may answer in their own language (group-wide and bilingual places). */
  mixedLanguages: boolean;
  isAnnouncement?: boolean;
  pinned?: boolean;
  poll?: PollSeed;
  sharedPostId?: string;
};

const PROFILE_POSTS = 36;
const SHARES = 8;
const otherLang = (lang: Lang): Lang => (lang === 'fr' ? 'en' : 'fr');

/** Decides every post of the demo: where, by whom, when, saying what. */
export class PostPlanner {
  private readonly deck: Deck<string>;
  readonly posts: PlannedPost[] = [];

  constructor(
    private readonly cast: Cast,
    private readonly timeline: Timeline,
    private readonly random: Random,
    private readonly communities: SeededCommunity[],
  ) {
    this.deck = new Deck(random);
  }

  private voiceOf(community: SeededCommunity): Voice {
    const voice = voices[community.slug];
    if (!voice) throw new Error(`No demo voice for community "${community.slug}"`);
    return voice;
  }

  private community(slug: string): SeededCommunity {
    const community = this.communities.find((c) => c.slug === slug);
    if (!community) throw new Error(`No demo community "${slug}"`);
    return community;
  }

  /** A colleague to mention: a member other than the author, often one of the demo accounts. */
  private mentionable(audience: string[], authorId: string): string {
    const others = audience.filter((id) => id !== authorId);
    const named = others.filter((id) => this.cast.isNamed(id));
    return named.length && this.random.chance(0.3) ? this.random.pick(named) : this.random.pick(others);
  }

  private writing(template: string, lang: Lang, country: CountryCode, at: number, audience: string[], authorId: string) {
    const fills = fillsFor(lang, country, new Date(at), this.random.pick, this.random.next);
    const writing: Writing = { template, fills };
    if (template.includes('{mention}')) writing.mentionId = this.mentionable(audience, authorId);
    return writing;
  }

  /** The language a post in this community is written in. */
  private langOf(voice: Voice, authorId: string): Lang {
    return voice.lang === 'mixed' ? this.cast.lang(authorId) : voice.lang;
  }

  private add(post: Omit<PlannedPost, 'id' | 'status'> & Partial<Pick<PlannedPost, 'status'>>) {
    const planned: PlannedPost = { id: randomUUID(), status: 'published', ...post };
    this.posts.push(planned);
    return planned;
  }

  /** Everyday posts: bigger communities talk more; the official channel only through its animators. */
  communityPosts(): this {
    for (const community of this.communities) {
      const voice = this.voiceOf(community);
      const members = community.memberIds;
      const animators = new Set(community.animatorIds);
      const authors = community.kind === 'official' ? community.animatorIds : members;
      const count = voice.posts ?? Math.min(90, Math.round(10 + members.length * 1.1));
      for (let i = 0; i < count; i++) {
        const authorId = weightedPick(this.random, authors, (id) => this.cast.activity(id) * (animators.has(id) ? 3 : 1));
        const themeIndex = Math.floor(this.random.next() * voice.themes.length);
        const theme = voice.themes[themeIndex]!;
        let lang = this.langOf(voice, authorId);
        if (!theme.posts[lang].length) lang = otherLang(lang);
        const template = this.deck.draw(`${community.slug}:${themeIndex}:${lang}`, theme.posts[lang]);
        const publishedMs = this.timeline.publication(this.cast.person(authorId).timeZone);
        const country = voice.country ?? this.cast.country(authorId);
        this.add({
          communityId: community.id,
          authorId,
          lang,
          country,
          theme,
          audience: members,
          publishedMs,
          writing: this.writing(template, lang, country, publishedMs, members, authorId),
          mixedLanguages: voice.lang === 'mixed',
        });
      }
    }
    return this;
  }

  /** Announcements, pinned posts and posts awaiting approval, each in its community. */
  seededPosts(): this {
    const place = (seed: CommunityPostSeed, authors: (c: SeededCommunity) => string[]) => {
      const community = this.community(seed.community);
      const voice = this.voiceOf(community);
      const authorId = this.random.pick(authors(community));
      const lang: Lang = voice.lang === 'en' ? 'en' : 'fr';
      const publishedMs = this.timeline.workingMoment(seed.daysAgo, this.cast.person(authorId).timeZone);
      const country = voice.country ?? this.cast.country(authorId);
      const writing = this.writing(seed.body, lang, country, publishedMs, community.memberIds, authorId);
      const theme = voice.themes[0]!;
      const mixedLanguages = voice.lang === 'mixed';
      return { communityId: community.id, authorId, lang, country, theme, audience: community.memberIds, publishedMs, writing, mixedLanguages };
    };
    for (const seed of announcementSeeds) this.add({ ...place(seed, (c) => c.animatorIds), isAnnouncement: true });
    for (const seed of pinnedSeeds) this.add({ ...place(seed, (c) => c.animatorIds.slice(0, 1)), pinned: true });
    const ordinary = (c: SeededCommunity) => c.memberIds.filter((id) => !c.animatorIds.includes(id));
    for (const seed of pendingSeeds) this.add({ ...place(seed, ordinary), status: 'pending_approval' });
    return this;
  }

  /** Polls, opened by an animator or a member; some have closed since. */
  polls(): this {
    for (const poll of pollSeeds) {
      const community = this.community(poll.community);
      const voice = this.voiceOf(community);
      const authors = this.random.chance(0.6) ? community.animatorIds : community.memberIds;
      const authorId = weightedPick(this.random, authors, (id) => this.cast.activity(id));
      const publishedMs = this.timeline.workingMoment(between(this.random, 3, 60), this.cast.person(authorId).timeZone);
      const country = voice.country ?? this.cast.country(authorId);
      const writing = this.writing(poll.body, poll.lang, country, publishedMs, community.memberIds, authorId);
      const theme = voice.themes[0]!;
      const mixedLanguages = voice.lang === 'mixed';
      this.add({ communityId: community.id, authorId, lang: poll.lang, country, theme, audience: community.memberIds, publishedMs, writing, poll, mixedLanguages });
    }
    return this;
  }

  /** Posts on people's own profiles, read by the colleagues of their country. */
  profilePosts(): this {
    const people = this.cast.people;
    for (let i = 0; i < PROFILE_POSTS; i++) {
      const author = weightedPick(this.random, people, (p) => this.cast.activity(p.id));
      const country = this.cast.country(author.id);
      const audience = people.filter((p) => this.cast.country(p.id) === country).map((p) => p.id);
      const lang = author.locale;
      const template = this.deck.draw(`profile:${lang}`, profile.posts[lang]);
      const publishedMs = this.timeline.publication(author.timeZone);
      const writing = this.writing(template, lang, country, publishedMs, audience, author.id);
      this.add({ communityId: null, authorId: author.id, lang, country, theme: profile, audience, publishedMs, writing, mixedLanguages: true });
    }
    return this;
  }

  /** A few posts of public communities shared into another community of the person sharing. */
  shares(): this {
    const publicIds = new Set(this.communities.filter((c) => c.visibility === 'public' && c.kind !== 'official').map((c) => c.id));
    const originals = this.posts.filter((p) => p.communityId && publicIds.has(p.communityId) && p.status === 'published' && !p.poll);
    for (const original of weightedSample(this.random, originals, SHARES)) {
      const sharer = this.random.pick(original.audience.filter((id) => id !== original.authorId));
      const targets = this.communities.filter((c) => c.id !== original.communityId && c.kind !== 'official' && c.memberIds.includes(sharer));
      if (!targets.length) continue;
      const target = this.random.pick(targets);
      const lang = this.cast.lang(sharer);
      const publishedMs = this.timeline.after(original.publishedMs, 600);
      const writing = this.writing(this.random.pick(shareIntros[lang]), lang, original.country, publishedMs, target.memberIds, sharer);
      writing.fills.firstName = this.cast.firstName(original.authorId);
      this.add({ communityId: target.id, authorId: sharer, lang, country: original.country, theme: original.theme, audience: target.memberIds, publishedMs, writing, sharedPostId: original.id, mixedLanguages: this.voiceOf(target).lang === 'mixed' });
    }
    return this;
  }
}
