import type { Tx } from '@levain/db';
import { insertMany } from '@levain/db';
import type { Random } from '@levain/server/seeding';
import { Ballots } from './ballots';
import { BodyRenderer } from './bodies';
import { Cast } from './cast';
import type { SeededCommunity } from './communities';
import { EngagementPlanner, type Row } from './engagement';
import { planOccasionalPosts } from './occasional-posts';
import type { DemoPerson } from './people';
import { PostPlanner } from './post-plan';
import { socialGraph } from './social-graph';
import { Timeline } from './timeline';

const iso = (ms: number) => new Date(ms).toISOString();
const PIN_DELAY_MS = 30 * 60_000;

function tally(rows: ReadonlyArray<Row>, key: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const row of rows) counts.set(row[key] as string, (counts.get(row[key] as string) ?? 0) + 1);
  return counts;
}

/**
 * The conversations of Groupe Atlas over the last three months: posts in every community (French,
 * English or both, drawn from the situations of the source documents), profile posts, shares,
 * polls with votes, announcements partly acknowledged, pinned posts, comments with replies,
 * reactions of every kind, impressions, follows and bookmarks. Everything is decided in memory
 * with the seed's generator, then written in a few large statements in the caller's transaction.
 * No domain event is emitted: the notifications of the last days are written by recent-notifications.ts.
 */
export async function seedPosts(
  tx: Tx,
  people: DemoPerson[],
  communities: SeededCommunity[],
  random: Random,
  now = new Date(),
): Promise<Record<string, number>> {
  const cast = new Cast(people, random);
  const timeline = new Timeline(random, now.getTime());
  const { posts } = planOccasionalPosts(
    new PostPlanner(cast, timeline, random, communities).communityPosts(),
  );

  const engagement = new EngagementPlanner(cast, timeline, random);
  const ballots = new Ballots(cast, timeline, random, engagement);
  for (const post of posts) {
    if (post.status !== 'published') continue;
    engagement.react(post);
    engagement.converse(post);
    if (post.poll) ballots.vote(post);
    if (post.isAnnouncement) ballots.acknowledge(post);
    engagement.view(post);
  }
  const reactions = tally(engagement.postReactions, 'post_id');
  const impressions = tally(engagement.impressions, 'post_id');
  const commentCounts = tally(
    engagement.comments.map((c) => ({ post_id: c.postId })),
    'post_id',
  );
  const graph = socialGraph(cast, timeline, random, posts, (id) => reactions.get(id) ?? 0);

  // Secret communities are left out: a `!slug` never reveals one.
  const renderer = new BodyRenderer(
    people,
    communities.filter((c) => c.visibility !== 'secret'),
  );
  const postRows: Row[] = [];
  const hashtags: Row[] = [];
  const mentions: Row[] = [];
  for (const post of posts) {
    const { body, html, rendered } = await renderer.render(post.writing);
    postRows.push({
      id: post.id,
      community_id: post.communityId,
      profile_user_id: post.communityId ? null : post.authorId,
      author_id: post.authorId,
      body,
      body_html: html,
      language: post.lang,
      is_announcement: !!post.isAnnouncement,
      status: post.status,
      published_at: timeline.precise(post.publishedMs),
      pinned_at: post.pinned ? iso(post.publishedMs + PIN_DELAY_MS) : null,
      shared_post_id: post.sharedPostId ?? null,
      reaction_count: reactions.get(post.id) ?? 0,
      comment_count: commentCounts.get(post.id) ?? 0,
      impression_count: impressions.get(post.id) ?? 0,
      created_at: iso(post.publishedMs),
    });
    for (const tag of rendered.hashtags) hashtags.push({ post_id: post.id, tag });
    for (const userId of rendered.mentionedUserIds) mentions.push({ post_id: post.id, user_id: userId });
    for (const communityId of rendered.mentionedCommunityIds)
      mentions.push({ post_id: post.id, community_id: communityId });
  }
  const commentRows: Row[] = [];
  for (const comment of engagement.comments) {
    const { body, html } = await renderer.render(comment.writing);
    commentRows.push({
      id: comment.id,
      post_id: comment.postId,
      parent_id: comment.parentId,
      author_id: comment.authorId,
      body,
      body_html: html,
      reaction_count: comment.reactionCount,
      reply_count: comment.replyCount,
      created_at: timeline.precise(comment.createdMs),
    });
  }

  await insertMany(tx, 'posts', postColumns, postRows);
  await insertMany(tx, 'post_hashtags', { post_id: 'uuid', tag: 'text' }, hashtags);
  await insertMany(tx, 'mentions', { post_id: 'uuid', user_id: 'uuid', community_id: 'uuid' }, mentions);
  await insertMany(tx, 'comments', commentColumns, commentRows);
  await insertMany(tx, 'post_reactions', reactionColumns('post_id'), engagement.postReactions);
  await insertMany(tx, 'comment_reactions', reactionColumns('comment_id'), engagement.commentReactions);
  await insertMany(
    tx,
    'polls',
    { post_id: 'uuid', multiple_choice: 'boolean', closes_at: 'timestamptz' },
    ballots.polls,
  );
  await insertMany(tx, 'poll_options', optionColumns, ballots.options);
  await insertMany(tx, 'poll_votes', voteColumns, ballots.votes);
  await insertMany(tx, 'announcement_acknowledgements', ackColumns, ballots.acknowledgements);
  await insertMany(tx, 'post_impressions', impressionColumns, engagement.impressions);
  await insertMany(tx, 'follows', followColumns, graph.follows);
  await insertMany(tx, 'bookmarks', bookmarkColumns, graph.bookmarks);

  return {
    posts: postRows.length,
    comments: commentRows.length,
    reactions: engagement.postReactions.length + engagement.commentReactions.length,
    votes: ballots.votes.length,
    acknowledgements: ballots.acknowledgements.length,
    impressions: engagement.impressions.length,
    follows: graph.follows.length,
    bookmarks: graph.bookmarks.length,
    renderedTemplates: renderer.renderedTemplates,
  };
}

const postColumns = {
  id: 'uuid',
  community_id: 'uuid',
  profile_user_id: 'uuid',
  author_id: 'uuid',
  body: 'text',
  body_html: 'text',
  language: 'text',
  is_announcement: 'boolean',
  status: 'post_status',
  published_at: 'timestamptz',
  pinned_at: 'timestamptz',
  shared_post_id: 'uuid',
  reaction_count: 'int',
  comment_count: 'int',
  impression_count: 'int',
  created_at: 'timestamptz',
};
const commentColumns = {
  id: 'uuid',
  post_id: 'uuid',
  parent_id: 'uuid',
  author_id: 'uuid',
  body: 'text',
  body_html: 'text',
  reaction_count: 'int',
  reply_count: 'int',
  created_at: 'timestamptz',
};
const reactionColumns = (target: 'post_id' | 'comment_id') => ({
  [target]: 'uuid',
  user_id: 'uuid',
  kind: 'reaction_kind',
  created_at: 'timestamptz',
});
const optionColumns = { id: 'uuid', post_id: 'uuid', label: 'text', position: 'int', vote_count: 'int' };
const voteColumns = { option_id: 'uuid', post_id: 'uuid', user_id: 'uuid', voted_at: 'timestamptz' };
const ackColumns = { post_id: 'uuid', user_id: 'uuid', acknowledged_at: 'timestamptz' };
const impressionColumns = { post_id: 'uuid', user_id: 'uuid', first_seen_at: 'timestamptz' };
const followColumns = { follower_id: 'uuid', followee_id: 'uuid', created_at: 'timestamptz' };
const bookmarkColumns = { user_id: 'uuid', post_id: 'uuid', created_at: 'timestamptz' };
