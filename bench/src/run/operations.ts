import { AgendaEvents } from '@levain/web/events';
import { CommentFields, PostFields } from '@levain/web/fragments';
import { print } from 'graphql';
import type { Viewer } from './workload';

/**
 * What the benchmark asks, as the web client asks it: the feed and post documents spread the
 * client's own `PostFields`/`CommentFields` fragments, so the bench measures what browsers send.
 */
export type Request = { query: string; variables?: Record<string, unknown> };

export type Operation = {
  name: string;
  /** p95 target in milliseconds (the targets). */
  targetP95: number;
  /** Runs the same SQL straight through postgres-js too, as the floor for our overhead. */
  floor?: boolean;
  /** Sent as HR (whose results these are) rather than as the people drawn at random. */
  asHr?: boolean;
  /** A request for this viewer; each call may differ (random community, post, word). */
  request(viewer: Viewer, pick: <T>(items: readonly T[]) => T): Request;
  /** Checks an answer is the real thing (not an error, not empty) before timing it. */
  check(data: Record<string, unknown>): boolean;
};

/** Features the issue names that do not exist yet: reported, not timed. */
export const notBuiltYet = [
  { name: 'CM monthly board', targetP95: 300, reason: 'the CM board is not built yet' },
];

const fragments = `${print(PostFields)}\n${print(CommentFields)}`;

const HOME_FEED = `query HomeFeed { feed(first: 20) { edges { node { ...PostFields } } pageInfo { hasNextPage endCursor } } }
${print(PostFields)}`;

const COMMUNITY_FEED = `query CommunityFeed($slug: String!) {
  community(slug: $slug) { id name memberCount feed(first: 20) { edges { node { ...PostFields } } pageInfo { hasNextPage endCursor } } }
}
${print(PostFields)}`;

const POST_WITH_COMMENTS = `query PostPage($id: ID!) {
  post(id: $id) { ...PostFields comments(first: 20) { edges { node { ...CommentFields } } pageInfo { hasNextPage endCursor } } }
}
${fragments}`;

const SEARCH = `query Search($query: String!) {
  search(query: $query, first: 20) {
    totalCount
    edges { node {
      __typename rank snippet
      ... on PostSearchResult { post { id publishedAt author { id name avatarUrl } community { id slug name } profileUser { id } } }
      ... on CommentSearchResult { comment { id createdAt author { id name avatarUrl } post { id community { id slug name } profileUser { id } author { id } } } }
      ... on CommunitySearchResult { community { id slug name kind visibility memberCount description } }
      ... on PersonSearchResult { person { id name title avatarUrl orgUnit { name } } }
      ... on HashtagSearchResult { tag postCount }
    } }
    pageInfo { hasNextPage endCursor }
  }
}`;

const NOTIFICATIONS = `query Notifications {
  unreadNotificationCount
  notifications(first: 20) { edges { node { id kind message link readAt createdAt urgent actorCount actors { id name avatarUrl } } } pageInfo { hasNextPage endCursor } }
}`;

const CREATE_POST = `mutation CreatePost($input: CreatePostInput!) {
  createPost(input: $input) { __typename ... on MutationCreatePostSuccess { data { id status } } ... on Error { code message } }
}`;

/** The HR dashboard's heatmap, as the web client asks it (plugins/pulse/web/api.ts). */
const PULSE_HEATMAP = `query PulseHeatmap($campaignId: ID!) {
  pulseHeatmap(campaignId: $campaignId) {
    period { index number closesAt }
    dimensions { key name }
    rows { orgUnit { id name } depth responseCount hiddenReason riskIndex
      cells { dimension { key name } responseCount score hiddenReason } }
  }
}`;

const REACT = `mutation React($postId: ID, $kind: ReactionKind!) {
  react(postId: $postId, kind: $kind) { __typename ... on MutationReactSuccess { data { post { id reactionCount reactionSummary { kind count } viewerReaction } } } ... on Error { code message } }
}`;

/** Ends every post the benchmark writes, so the run can delete them when it is done. */
export const BENCH_MARK = '(levain-bench)';

const globalId = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString('base64');
const edgesOf = (connection: unknown) => (connection as { edges: unknown[] } | null)?.edges ?? [];
const succeeded = (result: unknown) => (result as { __typename?: string })?.__typename?.endsWith('Success');

const reactionKinds = ['like', 'bravo', 'support', 'insightful', 'curious'] as const;

type Words = Record<'fr' | 'en', Record<string, string[]>>;

/**
 * The operations, searching the seed's common and rarer words of each language (the rarest may
 * all sit in communities a viewer cannot read, and an empty answer would not be timed).
 */
export function operations(searchWords: Words, pulseCampaignId: string | null): Operation[] {
  const usable = (byFrequency: Record<string, string[]>) =>
    Object.entries(byFrequency).flatMap(([frequency, list]) => (frequency === 'rarest' ? [] : list));
  const words = { fr: usable(searchWords.fr), en: usable(searchWords.en) };
  return [
    {
      name: 'home feed',
      targetP95: 50,
      floor: true,
      request: () => ({ query: HOME_FEED }),
      check: (data) => edgesOf(data.feed).length === 20,
    },
    {
      name: 'community feed',
      targetP95: 50,
      request: (viewer, pick) => ({
        query: COMMUNITY_FEED,
        variables: { slug: pick(viewer.communitySlugs) },
      }),
      check: (data) => edgesOf((data.community as { feed: unknown })?.feed).length > 0,
    },
    {
      name: 'post with comments',
      targetP95: 50,
      request: (viewer, pick) => ({
        query: POST_WITH_COMMENTS,
        variables: { id: globalId('Post', pick(viewer.commentedPostIds)) },
      }),
      check: (data) => edgesOf((data.post as { comments: unknown })?.comments).length > 0,
    },
    {
      name: 'search (French)',
      targetP95: 150,
      floor: true,
      request: (_viewer, pick) => ({ query: SEARCH, variables: { query: pick(words.fr) } }),
      check: (data) => edgesOf(data.search).length > 0,
    },
    {
      name: 'search (English)',
      targetP95: 150,
      floor: true,
      request: (_viewer, pick) => ({ query: SEARCH, variables: { query: pick(words.en) } }),
      check: (data) => edgesOf(data.search).length > 0,
    },
    {
      name: 'event agenda',
      targetP95: 50,
      // The viewer's next 30 days, as the agenda page asks them.
      request: () => {
        const from = new Date();
        return {
          query: print(AgendaEvents),
          variables: {
            from: from.toISOString(),
            to: new Date(from.getTime() + 30 * 86_400_000).toISOString(),
          },
        };
      },
      check: (data) => edgesOf(data.events).length > 0,
    },
    {
      name: 'notifications',
      targetP95: 50,
      request: () => ({ query: NOTIFICATIONS }),
      check: (data) =>
        typeof data.unreadNotificationCount === 'number' && edgesOf(data.notifications).length > 0,
    },
    {
      name: 'create post',
      targetP95: 50,
      request: (viewer, pick) => ({
        query: CREATE_POST,
        variables: {
          input: {
            communityId: globalId('Community', pick(viewer.postableCommunityIds)),
            body: `Point d'étape : la #qualité de vie au travail progresse, merci à toute l'équipe. ${BENCH_MARK}`,
          },
        },
      }),
      check: (data) => succeeded(data.createPost) === true,
    },
    {
      name: 'react',
      targetP95: 50,
      request: (viewer, pick) => ({
        query: REACT,
        variables: { postId: globalId('Post', pick(viewer.readablePostIds)), kind: pick(reactionKinds) },
      }),
      check: (data) => succeeded(data.react) === true,
    },
    ...(pulseCampaignId
      ? [
          {
            name: 'HR pulse heatmap',
            targetP95: 300,
            asHr: true,
            request: () => ({ query: PULSE_HEATMAP, variables: { campaignId: pulseCampaignId } }),
            check: (data: Record<string, unknown>) =>
              ((data.pulseHeatmap as { rows: unknown[] } | null)?.rows.length ?? 0) > 0,
          },
        ]
      : []),
  ];
}
