import { randomUUID } from 'node:crypto';
import type { Random } from '@levain/server/seeding';
import type { Cast } from './cast';
import type { EngagementPlanner, Row } from './engagement';
import type { PlannedPost } from './post-plan';
import { between, weightedPick, weightedSample } from './sampling';
import type { Timeline } from './timeline';

const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString();

/** Votes on the demo's polls and acknowledgements of its announcements. */
export class Ballots {
  readonly polls: Row[] = [];
  readonly options: Row[] = [];
  readonly votes: Row[] = [];
  readonly acknowledgements: Row[] = [];

  constructor(
    private readonly cast: Cast,
    private readonly timeline: Timeline,
    private readonly random: Random,
    private readonly engagement: EngagementPlanner,
  ) {}

  private weight = (id: string) => Math.sqrt(this.cast.activity(id));

  /** A third to two thirds of the members vote, leaning to some options; closed polls stop at closing. */
  vote(post: PlannedPost): void {
    const poll = post.poll!;
    const closesMs = poll.closesAfterDays === null ? null : post.publishedMs + poll.closesAfterDays * DAY;
    this.polls.push({
      post_id: post.id,
      multiple_choice: !!poll.multipleChoice,
      closes_at: closesMs === null ? null : iso(closesMs),
    });
    const options = poll.options.map((label, position) => ({
      id: randomUUID(),
      post_id: post.id,
      label,
      position,
      vote_count: 0,
      appeal: 0.2 + this.random.next() ** 1.5,
    }));
    const turnout = 0.35 + this.random.next() * 0.35;
    const voters = weightedSample(
      this.random,
      post.audience,
      Math.round(post.audience.length * turnout),
      this.weight,
    );
    for (const userId of voters) {
      const choices = poll.multipleChoice
        ? weightedSample(this.random, options, between(this.random, 1, 3), (o) => o.appeal)
        : [weightedPick(this.random, options, (o) => o.appeal)];
      const at = Math.min(this.timeline.after(post.publishedMs, 720), closesMs ?? Number.POSITIVE_INFINITY);
      for (const option of choices) {
        this.votes.push({ option_id: option.id, post_id: post.id, user_id: userId, voted_at: iso(at) });
        option.vote_count++;
      }
      this.engagement.saw(post, userId);
    }
    for (const { appeal: _appeal, ...option } of options) this.options.push(option);
  }

  /** Older announcements have been read by more people, never by everyone. */
  acknowledge(post: PlannedPost): void {
    const readers = this.engagement.readers(post);
    const ageDays = (this.timeline.now - post.publishedMs) / DAY;
    const share = Math.min(0.92, 0.3 + 0.6 * Math.min(1, ageDays / 45)) * (0.8 + 0.2 * this.random.next());
    const count = Math.max(1, Math.min(readers.length - 1, Math.round(readers.length * share)));
    for (const userId of weightedSample(this.random, readers, count, this.weight)) {
      const at = iso(this.timeline.after(post.publishedMs, 600));
      this.acknowledgements.push({ post_id: post.id, user_id: userId, acknowledged_at: at });
      this.engagement.saw(post, userId);
    }
  }
}
