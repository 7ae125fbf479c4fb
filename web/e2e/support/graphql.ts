import type { Page } from 'playwright-core';
import { inject } from 'vitest';

/**
 * Sends a GraphQL operation as the person signed in on this page (their session cookie), to set
 * up what a test needs but does not test.
 */
export async function gql<T = any>(
  page: Page,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const response = await page.request.post('/graphql', {
    headers: { 'content-type': 'application/json', 'x-graphql-yoga-csrf': '1', origin: inject('serverUrl') },
    data: { query, variables },
  });
  const json = await response.json();
  if (json.errors) throw new Error(JSON.stringify(json.errors));
  return json.data as T;
}

/** Creates a community; its creator becomes its owner. Returns its id and slug. */
export async function createCommunity(
  page: Page,
  input: { name: string; visibility?: string; joinPolicy?: string; description?: string },
): Promise<{ id: string; slug: string }> {
  const data = await gql(
    page,
    `mutation($input: CreateCommunityInput!) {
      createCommunity(input: $input) {
        __typename
        ... on MutationCreateCommunitySuccess { data { id slug } }
        ... on Error { message }
      }
    }`,
    { input },
  );
  if (!data.createCommunity.data) throw new Error(data.createCommunity.message);
  return data.createCommunity.data;
}

export async function joinCommunity(page: Page, id: string): Promise<void> {
  await gql(page, 'mutation($id: ID!) { joinCommunity(id: $id) { __typename } }', { id });
}

/** Publishes a post in a community; returns its id. */
export async function createPost(page: Page, communityId: string, body: string): Promise<string> {
  const data = await gql(
    page,
    `mutation($input: CreatePostInput!) {
      createPost(input: $input) {
        __typename
        ... on MutationCreatePostSuccess { data { id } }
        ... on Error { message }
      }
    }`,
    { input: { communityId, body } },
  );
  if (!data.createPost.data) throw new Error(data.createPost.message);
  return data.createPost.data.id;
}

export async function addComment(page: Page, postId: string, body: string): Promise<string> {
  const data = await gql(
    page,
    `mutation($postId: ID!, $body: String!) {
      addComment(postId: $postId, body: $body) {
        __typename
        ... on MutationAddCommentSuccess { data { id } }
        ... on Error { message }
      }
    }`,
    { postId, body },
  );
  if (!data.addComment.data) throw new Error(data.addComment.message);
  return data.addComment.data.id;
}
