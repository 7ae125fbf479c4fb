import { ErrorFields, graphql } from '../../lib/graphql/graphql';
import { PollFields, PostFields } from './fragments';

const ReactionState = graphql(`
  fragment ReactionState on Reacted @_unmask {
    post { id reactionCount reactionSummary { kind count } viewerReaction }
    comment { id reactionCount reactionSummary { kind count } viewerReaction }
  }
`);

export const React = graphql(
  `
  mutation React($postId: ID, $commentId: ID, $kind: ReactionKind!) {
    react(postId: $postId, commentId: $commentId, kind: $kind) {
      __typename
      ... on MutationReactSuccess { data { ...ReactionState } }
      ...ErrorFields
    }
  }
`,
  [ReactionState, ErrorFields],
);

export const Unreact = graphql(
  `
  mutation Unreact($postId: ID, $commentId: ID) {
    unreact(postId: $postId, commentId: $commentId) {
      __typename
      ... on MutationUnreactSuccess { data { ...ReactionState } }
      ...ErrorFields
    }
  }
`,
  [ReactionState, ErrorFields],
);

export const Bookmark = graphql(
  `
  mutation Bookmark($postId: ID!) {
    bookmarkPost(postId: $postId) {
      __typename
      ... on MutationBookmarkPostSuccess { data { id viewerBookmarked } }
      ...ErrorFields
    }
  }
`,
  [ErrorFields],
);

export const Unbookmark = graphql(
  `
  mutation Unbookmark($postId: ID!) {
    unbookmarkPost(postId: $postId) {
      __typename
      ... on MutationUnbookmarkPostSuccess { data { id viewerBookmarked } }
      ...ErrorFields
    }
  }
`,
  [ErrorFields],
);

export const UpdatePost = graphql(
  `
  mutation UpdatePost($id: ID!, $body: String!, $language: String) {
    updatePost(id: $id, body: $body, language: $language) {
      __typename
      ... on MutationUpdatePostSuccess { data { ...PostFields } }
      ...ErrorFields
    }
  }
`,
  [PostFields, ErrorFields],
);

export const DeletePost = graphql(
  `
  mutation DeletePost($id: ID!) {
    deletePost(id: $id) {
      __typename
      ... on MutationDeletePostSuccess { data }
      ...ErrorFields
    }
  }
`,
  [ErrorFields],
);

export const PinPost = graphql(
  `
  mutation PinPost($id: ID!) {
    pinPost(id: $id) {
      __typename
      ... on MutationPinPostSuccess { data { id pinned } }
      ...ErrorFields
    }
  }
`,
  [ErrorFields],
);

export const UnpinPost = graphql(
  `
  mutation UnpinPost($id: ID!) {
    unpinPost(id: $id) {
      __typename
      ... on MutationUnpinPostSuccess { data { id pinned } }
      ...ErrorFields
    }
  }
`,
  [ErrorFields],
);

export const Vote = graphql(
  `
  mutation Vote($postId: ID!, $optionIds: [ID!]!) {
    vote(postId: $postId, optionIds: $optionIds) {
      __typename
      ... on MutationVoteSuccess { data { id poll { ...PollFields } } }
      ...ErrorFields
    }
  }
`,
  [PollFields, ErrorFields],
);

export const Acknowledge = graphql(
  `
  mutation Acknowledge($postId: ID!) {
    acknowledgeAnnouncement(postId: $postId) {
      __typename
      ... on MutationAcknowledgeAnnouncementSuccess {
        data { id acknowledgement { acknowledgedCount audienceCount rate viewerAcknowledged } }
      }
      ...ErrorFields
    }
  }
`,
  [ErrorFields],
);

export const Remind = graphql(
  `
  mutation Remind($postId: ID!) {
    remindAnnouncement(postId: $postId) {
      __typename
      ... on MutationRemindAnnouncementSuccess { data { remindedCount } }
      ...ErrorFields
    }
  }
`,
  [ErrorFields],
);

export const UrgentNotice = graphql(
  `
  mutation UrgentNotice($postId: ID!) {
    sendUrgentAnnouncementNotice(postId: $postId) {
      __typename
      ... on MutationSendUrgentAnnouncementNoticeSuccess { data }
      ...ErrorFields
    }
  }
`,
  [ErrorFields],
);

/** The Markdown source, asked for only when someone edits. */
export const PostSource = graphql(`
  query PostSource($id: ID!) {
    post(id: $id) { id body language }
  }
`);
