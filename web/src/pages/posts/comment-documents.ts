import { ErrorFields, graphql } from '../../lib/graphql/graphql';
import { CommentFields } from './fragments';

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

export const CommentSource = graphql(`
  query CommentSource($id: ID!) {
    node(id: $id) { ... on Comment { id body } }
  }
`);
