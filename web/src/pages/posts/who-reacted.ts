import { query } from '../../lib/graphql/api';
import { graphql, type ResultOf } from '../../lib/graphql/graphql';
import { type Page, pageOf } from '../../lib/graphql/paged.svelte';
import type { ReactionKind } from './fragments';
import type { ReactionTarget } from './reactions.svelte';

const PostReactions = graphql(`
  query PostReactions($id: ID!, $kind: ReactionKind, $after: String) {
    post(id: $id) {
      id
      reactions(first: 30, after: $after, kind: $kind) {
        edges { node { kind reactedAt user { id name avatarUrl } } }
        pageInfo { hasNextPage endCursor }
      }
    }
  }
`);

const CommentReactions = graphql(`
  query CommentReactions($id: ID!, $kind: ReactionKind, $after: String) {
    node(id: $id) {
      ... on Comment {
        id
        reactions(first: 30, after: $after, kind: $kind) {
          edges { node { kind reactedAt user { id name avatarUrl } } }
          pageInfo { hasNextPage endCursor }
        }
      }
    }
  }
`);

export type Reactor = NonNullable<
  ResultOf<typeof PostReactions>['post']
>['reactions']['edges'][number]['node'];

const empty: Page<Reactor> = { items: [], endCursor: null, hasNextPage: false };

/** One page of the people who reacted to a post or a comment, optionally with one kind. */
export async function reactorsPage(
  target: ReactionTarget,
  kind: ReactionKind | null,
  after: string | null,
): Promise<Page<Reactor>> {
  if ('postId' in target) {
    const { post } = await query(PostReactions, { id: target.postId, kind, after });
    return post ? pageOf(post.reactions) : empty;
  }
  const { node } = await query(CommentReactions, { id: target.commentId, kind, after });
  return node && 'reactions' in node ? pageOf(node.reactions) : empty;
}
