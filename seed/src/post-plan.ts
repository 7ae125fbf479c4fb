import { randomUUID } from 'node:crypto';
import type { Random } from '@levain/server/seeding';
import type { Writing } from './bodies';
import type { Cast } from './cast';
import type { SeededCommunity } from './communities';
import { type CountryCode, fillsFor } from './content/fills';
import type { Lang, PollSeed, PostTemplate, Theme } from './content/types';
import { type Voice, voices } from './content/voices';
import { Deck, weightedPick } from './sampling';
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
  /** Comments written for this very post, used first. */
  ownComments?: string[];
  status: 'published' | 'pending_approval';
  /** Whether commenters may answer in their own language (group-wide and bilingual places). */
  mixedLanguages: boolean;
  isAnnouncement?: boolean;
  pinned?: boolean;
  poll?: PollSeed;
  sharedPostId?: string;
};

const otherLang = (lang: Lang): Lang => (lang === 'fr' ? 'en' : 'fr');
/** A template's text and the comments written for it. */
export const asTuple = (template: PostTemplate): readonly [string, ...string[]] =>
  typeof template === 'string' ? [template] : template;

/**
 * Decides every post of the demo: where, by whom, when, saying what. Everyday community posts
 * here; announcements, polls, profile posts and shares in occasional-posts.ts.
 */
export class PostPlanner {
  readonly deck: Deck<PostTemplate>;
  readonly posts: PlannedPost[] = [];

  constructor(
    readonly cast: Cast,
    readonly timeline: Timeline,
    readonly random: Random,
    readonly communities: SeededCommunity[],
  ) {
    this.deck = new Deck(random);
  }

  voiceOf(community: SeededCommunity): Voice {
    const voice = voices[community.slug];
    if (!voice) throw new Error(`No demo voice for community "${community.slug}"`);
    return voice;
  }

  community(slug: string): SeededCommunity {
    const community = this.communities.find((c) => c.slug === slug);
    if (!community) throw new Error(`No demo community "${slug}"`);
    return community;
  }

  /** A colleague to mention: a member other than the author, sometimes one of the demo accounts. */
  private mentionable(audience: string[], authorId: string): string {
    const others = audience.filter((id) => id !== authorId);
    const named = others.filter((id) => this.cast.isNamed(id));
    return named.length && this.random.chance(0.2) ? this.random.pick(named) : this.random.pick(others);
  }

  writing(
    template: string,
    lang: Lang,
    country: CountryCode,
    at: number,
    audience: string[],
    authorId: string,
  ) {
    const fills = fillsFor(lang, country, new Date(at), this.random.pick, this.random.next);
    const writing: Writing = { template, fills };
    if (template.includes('{mention}')) writing.mentionId = this.mentionable(audience, authorId);
    return writing;
  }

  /** A post of a community's member, in a given language, at a given time. */
  inCommunity(
    community: SeededCommunity,
    authorId: string,
    template: string,
    publishedMs: number,
    lang: Lang,
  ) {
    const voice = this.voiceOf(community);
    const country = voice.country ?? this.cast.country(authorId);
    const audience = community.memberIds;
    return {
      communityId: community.id,
      authorId,
      lang,
      country,
      theme: voice.themes[0]!,
      audience,
      publishedMs,
      writing: this.writing(template, lang, country, publishedMs, audience, authorId),
      mixedLanguages: voice.lang === 'mixed',
    };
  }

  /**
   * How many posts a community's templates can carry over three months: each comes back about
   * once a month (a ritual, a report, the canteen), never as a wall of repeats.
   */
  private variety(voice: Voice): number {
    const lang: Lang = voice.lang === 'en' ? 'en' : 'fr';
    return Math.round(3 * voice.themes.reduce((n, theme) => n + theme.posts[lang].length, 0));
  }

  add(post: Omit<PlannedPost, 'id' | 'status'> & Partial<Pick<PlannedPost, 'status'>>): PlannedPost {
    const planned: PlannedPost = { id: randomUUID(), status: 'published', ...post };
    this.posts.push(planned);
    return planned;
  }

  /**
   * Everyday posts: bigger communities talk more; the official channel only through its
   * animators. In bilingual places each author writes in their own language.
   */
  communityPosts(): this {
    for (const community of this.communities) {
      const voice = this.voiceOf(community);
      const members = community.memberIds;
      const animators = new Set(community.animatorIds);
      const authors = community.kind === 'official' ? community.animatorIds : members;
      const count = voice.posts ?? Math.min(Math.round(10 + members.length * 1.1), this.variety(voice));
      // Who writes and when first, then what in chronological order: repeats come weeks apart.
      const slots = Array.from({ length: count }, () => {
        const authorId = weightedPick(
          this.random,
          authors,
          (id) => this.cast.activity(id) * (animators.has(id) ? 3 : 1),
        );
        return { authorId, publishedMs: this.timeline.publication(this.cast.person(authorId).timeZone) };
      }).sort((a, b) => a.publishedMs - b.publishedMs);
      for (const { authorId, publishedMs } of slots) {
        const themeIndex = Math.floor(this.random.next() * voice.themes.length);
        const theme = voice.themes[themeIndex]!;
        let lang = voice.lang === 'mixed' ? this.cast.lang(authorId) : voice.lang;
        if (!theme.posts[lang].length) lang = otherLang(lang);
        const [template, ...ownComments] = asTuple(
          this.deck.draw(`${community.slug}:${themeIndex}:${lang}`, theme.posts[lang]),
        );
        this.add({
          ...this.inCommunity(community, authorId, template, publishedMs, lang),
          theme,
          ownComments,
        });
      }
    }
    return this;
  }
}
