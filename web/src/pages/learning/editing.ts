import { ErrorFields, graphql } from '../../lib/graphql/graphql';

/** A path as its animators edit it; `editableContent` is null for anyone else. */
export const PathToEdit = graphql(`
  query PathToEdit($id: ID!) {
    learningPath(id: $id) { id title editableContent community { name slug } }
  }
`);

/** The learning community a new path is written in, and whether the viewer animates it. */
export const CommunityForPath = graphql(`
  query CommunityForPath($slug: String!) {
    community(slug: $slug) { id name slug kind viewerCan { moderate } }
  }
`);

export const CreatePath = graphql(
  `
  mutation CreatePath($communityId: ID!, $input: LearningPathInput!) {
    createLearningPath(communityId: $communityId, input: $input) {
      __typename
      ... on MutationCreateLearningPathSuccess { data { id } }
      ...ErrorFields
    }
  }
`,
  [ErrorFields],
);

export const UpdatePath = graphql(
  `
  mutation UpdatePath($id: ID!, $input: LearningPathInput!) {
    updateLearningPath(id: $id, input: $input) {
      __typename
      ... on MutationUpdateLearningPathSuccess { data { id } }
      ...ErrorFields
    }
  }
`,
  [ErrorFields],
);
