import { ErrorFields, graphql } from '../../lib/graphql/graphql';
import { CommentFields, PollFields, PostFields } from './fragments';

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
  mutation UpdatePost($id: ID!, $body: String!) {
    updatePost(id: $id, body: $body) {
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

export const PostComments = graphql(
  `
  query PostComments($id: ID!, $after: String) {
    post(id: $id) {
      id
      comments(first: 20, after: $after) {
        edges { node { ...CommentFields } }
        pageInfo { hasNextPage endCursor }
      }
    }
  }
`,
  [CommentFields],
);

export const CommentReplies = graphql(
  `
  query CommentReplies($id: ID!, $after: String) {
    node(id: $id) {
      ... on Comment {
        id
        replies(first: 20, after: $after) {
          edges { node { ...CommentFields } }
          pageInfo { hasNextPage endCursor }
        }
      }
    }
  }
`,
  [CommentFields],
);

export const AddComment = graphql(
  `
  mutation AddComment($postId: ID!, $parentId: ID, $body: String!) {
    addComment(postId: $postId, parentId: $parentId, body: $body) {
      __typename
      ... on MutationAddCommentSuccess { data { ...CommentFields } }
      ...ErrorFields
    }
  }
`,
  [CommentFields, ErrorFields],
);

export const UpdateComment = graphql(
  `
  mutation UpdateComment($id: ID!, $body: String!) {
    updateComment(id: $id, body: $body) {
      __typename
      ... on MutationUpdateCommentSuccess { data { ...CommentFields } }
      ...ErrorFields
    }
  }
`,
  [CommentFields, ErrorFields],
);

export const DeleteComment = graphql(
  `
  mutation DeleteComment($id: ID!) {
    deleteComment(id: $id) {
      __typename
      ... on MutationDeleteCommentSuccess { data }
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
    post(id: $id) { id body }
  }
`);

export const CommentSource = graphql(`
  query CommentSource($id: ID!) {
    node(id: $id) { ... on Comment { id body } }
  }
`);
