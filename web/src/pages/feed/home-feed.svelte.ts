import { query } from '../../lib/graphql/api';
import { graphql } from '../../lib/graphql/graphql';
import { PagedList, pageOf } from '../../lib/graphql/paged.svelte';
import { subscribe } from '../../lib/graphql/subscriptions';
import { type PostData, PostFields } from '../posts/fragments';

const HomeFeed = graphql(
  `
  query HomeFeed($after: String) {
    feed(first: 10, after: $after) {
      edges { node { ...PostFields } }
      pageInfo { hasNextPage endCursor }
    }
  }
`,
  [PostFields],
);

const FeedUpdated = graphql(
  `
  subscription FeedUpdated {
    feedUpdated { post { ...PostFields } }
  }
`,
  [PostFields],
);

/**
 * The home feed, and the posts that reached it since it was loaded: they wait behind the
 * "new posts" button so the page never jumps under the reader's eyes.
 */
export class HomeFeedState {
  list = new PagedList<PostData>(async (after) => pageOf((await query(HomeFeed, { after })).feed));
  waiting = $state<PostData[]>([]);
  private stop: (() => void) | null = null;

  start(): () => void {
    void this.list.refresh();
    this.stop = subscribe(FeedUpdated, {}, ({ feedUpdated }) => {
      const post = feedUpdated.post;
      if (
        !post ||
        this.waiting.some((p) => p.id === post.id) ||
        this.list.items.some((p) => p.id === post.id)
      )
        return;
      this.waiting = [post, ...this.waiting];
    });
    return () => this.stop?.();
  }

  /** Puts the waiting posts on top of the feed. */
  showWaiting(): void {
    this.list.items = [
      ...this.waiting,
      ...this.list.items.filter((p) => !this.waiting.some((w) => w.id === p.id)),
    ];
    this.waiting = [];
  }

  /** The viewer's own new post goes straight to the top. */
  prepend(post: PostData): void {
    this.list.items = [post, ...this.list.items.filter((p) => p.id !== post.id)];
  }
}
