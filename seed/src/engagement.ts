import { randomUUID } from 'node:crypto';
import type { Random } from '@levain/server/seeding';
import type { Writing } from './bodies';
import type { Cast } from './cast';
import { anyComment, replies } from './content/comments';
import { fillsFor } from './content/fills';
import type { Lang } from './content/types';
import type { PlannedPost } from './post-plan';
import { between, weightedPick, weightedSample } from './sampling';
import type { Timeline } from './timeline';

export type PlannedComment = {
  id: string;
  postId: string;
  parentId: string | null;
  authorId: string;
  createdMs: number;
  writing: Writing;
  reactionCount: number;
  replyCount: number;
};

export type Row = Record<string, unknown>;
type Kind = 'like' | 'bravo' | 'support' | 'insightful' | 'curious';

const kindWeights: Record<Kind, number> = {
  like: 0.46,
  bravo: 0.16,
  support: 0.12,
  insightful: 0.14,
  curious: 0.12,
};
const kinds = Object.keys(kindWeights) as Kind[];
const iso = (ms: number) => new Date(ms).toISOString();

/**
 * How colleagues answer each post: reactions (each post leaning to one kind), comments and some
 * replies, and who saw it. Counters are counted here from the rows themselves, so they agree.
 */
export class EngagementPlanner {
  readonly comments: PlannedComment[] = [];
  readonly postReactions: Row[] = [];
  readonly commentReactions: Row[] = [];
  readonly impressions: Row[] = [];
  /** People who saw a post so far: its reactors, commenters, voters… */
  readonly seen = new Map<string, Set<string>>();

  constructor(
    private readonly cast: Cast,
    private readonly timeline: Timeline,
    private readonly random: Random,
  ) {}

  private weight = (id: string) => Math.sqrt(this.cast.activity(id));

  /** Everyone in the post's audience but its author. */
  readers(post: PlannedPost): string[] {
    return post.audience.filter((id) => id !== post.authorId);
  }

  saw(post: PlannedPost, userId: string): void {
    if (userId === post.authorId) return;
    const seen = this.seen.get(post.id);
    if (seen) seen.add(userId);
    else this.seen.set(post.id, new Set([userId]));
  }

  private kind(leaning: Kind): Kind {
    return weightedPick(this.random, kinds, (k) => kindWeights[k] + (k === leaning ? 0.6 : 0));
  }

  react(post: PlannedPost): void {
    const readers = this.readers(post);
    const scale = 0.7 * (0.15 + this.random.next() * 1.1) * (post.isAnnouncement ? 1.4 : 1);
    const count = Math.min(readers.length, Math.round(readers.length ** 0.75 * scale));
    const leaning = weightedPick(this.random, kinds, (k) => kindWeights[k]);
    for (const userId of weightedSample(this.random, readers, count, this.weight)) {
      const at = this.timeline.after(post.publishedMs, 240);
      this.postReactions.push({
        post_id: post.id,
        user_id: userId,
        kind: this.kind(leaning),
        created_at: iso(at),
      });
      this.saw(post, userId);
    }
  }

  /** Comments, more under questions, fewer under announcements; some get one or two replies. */
  converse(post: PlannedPost): void {
    const readers = this.readers(post);
    const question = post.writing.template.includes('?') ? 1.6 : 1;
    const expected =
      Math.sqrt(readers.length) * 1.3 * this.random.next() * question * (post.isAnnouncement ? 0.5 : 1);
    const commenters = weightedSample(this.random, readers, Math.floor(expected), (id) =>
      this.cast.activity(id),
    );
    const threads = commenters
      .map((authorId) => ({ authorId, at: this.timeline.after(post.publishedMs, 150) }))
      .sort((a, b) => a.at - b.at);
    const used = new Set<string>();
    for (const { authorId, at } of threads) {
      const comment = this.comment(post, null, authorId, at, used);
      if (!this.random.chance(0.3)) continue;
      let last = at;
      for (let n = this.random.chance(0.3) ? 2 : 1; n > 0; n--) {
        const others = readers.filter((id) => id !== authorId);
        const replier =
          this.random.chance(0.5) || !others.length
            ? post.authorId
            : weightedPick(this.random, others, (id) => this.cast.activity(id));
        last = this.timeline.after(last, 60);
        this.comment(post, comment, replier, last, used);
        comment.replyCount++;
      }
    }
  }

  /** In bilingual places people often answer in their own language. */
  private langFor(post: PlannedPost, authorId: string): Lang {
    const own = this.cast.lang(authorId);
    return post.mixedLanguages && own !== post.lang && this.random.chance(0.5) ? own : post.lang;
  }

  /**
   * What a comment may say: first what was written for this very post, then what fits its theme,
   * then what fits anything; replies answer a comment.
   */
  private commentChoices(
    post: PlannedPost,
    parent: PlannedComment | null,
    lang: Lang,
    fits: (t: string) => boolean,
  ) {
    if (parent) return replies[lang].filter(fits).length ? replies[lang].filter(fits) : replies[lang];
    const own = lang === post.lang ? (post.ownComments ?? []).filter(fits) : [];
    if (own.length && this.random.chance(0.75)) return own;
    const themed = post.theme.comments[lang].filter(fits);
    // On a profile, colleagues congratulate or thank: community talk would be out of place.
    const personal = post.communityId === null;
    if (themed.length && (personal || this.random.chance(0.5))) return themed;
    if (personal) return post.theme.comments[lang];
    const any = anyComment[lang].filter(fits);
    return any.length ? any : anyComment[lang];
  }

  private comment(
    post: PlannedPost,
    parent: PlannedComment | null,
    authorId: string,
    createdMs: number,
    used: Set<string>,
  ): PlannedComment {
    const lang = this.langFor(post, authorId);
    const answering = parent?.authorId ?? post.authorId;
    const fits = (t: string) => (answering !== authorId || !t.includes('{firstName}')) && !used.has(t);
    const template = this.random.pick(this.commentChoices(post, parent, lang, fits));
    used.add(template);
    const fills = fillsFor(lang, post.country, new Date(createdMs), this.random.pick, this.random.next);
    fills.firstName = this.cast.firstName(answering);
    const comment: PlannedComment = {
      id: randomUUID(),
      postId: post.id,
      parentId: parent?.id ?? null,
      authorId,
      createdMs,
      writing: { template, fills },
      reactionCount: 0,
      replyCount: 0,
    };
    this.comments.push(comment);
    this.saw(post, authorId);
    if (this.random.chance(0.35)) {
      const others = post.audience.filter((id) => id !== authorId);
      for (const userId of weightedSample(this.random, others, between(this.random, 1, 4), this.weight)) {
        const kind = this.random.chance(0.6) ? 'like' : this.random.pick(kinds);
        const at = iso(this.timeline.after(createdMs, 120));
        this.commentReactions.push({ comment_id: comment.id, user_id: userId, kind, created_at: at });
        comment.reactionCount++;
        this.saw(post, userId);
      }
    }
    return comment;
  }

  /** Who saw the post: everyone who engaged, and a share of the other readers. */
  view(post: PlannedPost): void {
    const readers = this.readers(post);
    const share = 0.25 + this.random.next() * 0.45;
    for (const userId of weightedSample(
      this.random,
      readers,
      Math.round(readers.length * share),
      this.weight,
    ))
      this.saw(post, userId);
    for (const userId of this.seen.get(post.id) ?? []) {
      const at = iso(this.timeline.after(post.publishedMs, 300));
      this.impressions.push({ post_id: post.id, user_id: userId, first_seen_at: at });
    }
  }
}
