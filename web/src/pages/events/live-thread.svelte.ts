import { query } from '../../lib/graphql/api';
import { graphql } from '../../lib/graphql/graphql';
import { PagedList, pageOf } from '../../lib/graphql/paged.svelte';
import { subscribe } from '../../lib/graphql/subscriptions';
import { type PostData, PostFields } from '../posts/fragments';

const EventLiveThread = graphql(
  `
  query EventLiveThread($id: ID!, $after: String) {
    event(id: $id) {
      id
      liveThread(first: 20, after: $after) {
        edges { node { ...PostFields } }
        pageInfo { hasNextPage endCursor }
      }
    }
  }
`,
  [PostFields],
);

const EventLivePostAdded = graphql(
  `
  subscription EventLivePostAdded($eventId: ID!) {
    eventLivePostAdded(eventId: $eventId) { post { ...PostFields } }
  }
`,
  [PostFields],
);

const EMPTY = { edges: [], pageInfo: { hasNextPage: false, endCursor: null } };

/** An event's live thread, newest first; while the event runs, new posts arrive on top as they are published. */
export class LiveThread {
  readonly list: PagedList<PostData>;
  /** The author of the latest post that arrived, for the screen-reader announcement. */
  arrived = $state<string | null>(null);

  constructor(private readonly eventId: string) {
    this.list = new PagedList<PostData>(async (after) =>
      pageOf((await query(EventLiveThread, { id: eventId, after })).event?.liveThread ?? EMPTY),
    );
  }

  /** Loads the thread and, when `live`, listens for new posts; returns the way to stop listening. */
  start(live: boolean): () => void {
    void this.list.refresh();
    if (!live) return () => {};
    return subscribe(EventLivePostAdded, { eventId: this.eventId }, ({ eventLivePostAdded }) => {
      const post = eventLivePostAdded.post;
      if (post) this.add(post);
    });
  }

  /** Puts a post on top (the viewer's own, or one that just arrived), once. */
  add(post: PostData): void {
    if (this.list.items.some((p) => p.id === post.id)) return;
    this.list.items = [post, ...this.list.items];
    this.arrived = post.author.name;
  }
}
