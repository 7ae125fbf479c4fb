import { mutate } from '../../lib/graphql/api';
import { ErrorFields, graphql, type VariablesOf } from '../../lib/graphql/graphql';
import { type Failure, outcome } from '../../lib/graphql/outcome';
import { type PostData, PostFields } from '../posts/fragments';

const CreatePost = graphql(
  `
  mutation CreatePost($input: CreatePostInput!) {
    createPost(input: $input) {
      __typename
      ... on MutationCreatePostSuccess { data { ...PostFields } }
      ...ErrorFields
    }
  }
`,
  [PostFields, ErrorFields],
);

export type CreatePostInput = VariablesOf<typeof CreatePost>['input'];

export async function createPost(
  input: CreatePostInput,
): Promise<{ ok: true; post: PostData } | { ok: false; failure: Failure }> {
  const result = outcome((await mutate(CreatePost, { input })).createPost);
  return result.ok ? { ok: true, post: result.data } : result;
}
