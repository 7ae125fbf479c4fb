import { schema } from '@levain/db';
import { eq } from 'drizzle-orm';
import type { TestApp, TestClient } from './harness';

/** Global ids as the API gives them. */
export const gid = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString('base64');
export const rawId = (globalId: string) => Buffer.from(globalId, 'base64').toString().split(':')[1]!;

export const CREATE_POST = `mutation CreatePost($input: CreatePostInput!) {
  createPost(input: $input) {
    __typename
    ... on MutationCreatePostSuccess { data { id status body bodyHtml publishedAt isAnnouncement hashtags } }
    ... on Error { code message }
    ... on ValidationError { issues { field message } }
  }
}`;

/** Creates a post through the API and returns it; fails the test on any error. */
export async function post(client: TestClient, input: Record<string, unknown>) {
  const result = await client.data(CREATE_POST, { input });
  if (result.createPost.__typename !== 'MutationCreatePostSuccess')
    throw new Error(`createPost failed: ${JSON.stringify(result.createPost)}`);
  return result.createPost.data as {
    id: string;
    status: string;
    body: string;
    bodyHtml: string;
    publishedAt: string;
    isAnnouncement: boolean;
    hashtags: string[];
  };
}

/** The __typename (and message) of a mutation result, for permission checks. */
export async function outcome(client: TestClient, query: string, variables: Record<string, unknown>) {
  const result = await client.gql(query, variables);
  if (result.errors?.length) return result.errors[0]!.extensions?.code ?? result.errors[0]!.message;
  const field = Object.values(result.data ?? {})[0] as { __typename: string } | null;
  return field?.__typename ?? null;
}

/** Makes a signed-in person lose their account (their next request is anonymous). */
export async function deactivate(app: TestApp, userId: string) {
  await app.services.db
    .update(schema.users)
    .set({ status: 'deactivated' })
    .where(eq(schema.users.id, userId));
}

export const FEED = `query Feed($first: Int, $after: String) {
  feed(first: $first, after: $after) {
    edges { cursor node { id body publishedAt } }
    pageInfo { hasNextPage endCursor }
  }
}`;

/** Every post id of a connection, page after page. */
export async function allPages(
  client: TestClient,
  query: string,
  pick: (data: any) => {
    edges: { node: { id: string } }[];
    pageInfo: { hasNextPage: boolean; endCursor: string };
  },
  variables: Record<string, unknown> = {},
  first = 3,
): Promise<string[]> {
  const ids: string[] = [];
  let after: string | null = null;
  for (;;) {
    const page = pick(await client.data(query, { ...variables, first, after }));
    ids.push(...page.edges.map((e) => e.node.id));
    if (!page.pageInfo.hasNextPage) return ids;
    after = page.pageInfo.endCursor;
  }
}

/** Opens a subscription over Server-Sent Events, as the web client does, and collects its events. */
export async function subscribe(client: TestClient, query: string) {
  const response = await client.fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
    body: JSON.stringify({ query }),
  });
  const events: any[] = [];
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  let opened!: () => void;
  const open = new Promise<void>((resolve) => {
    opened = resolve;
  });
  const reading = (async () => {
    for (;;) {
      const chunk = await reader.read().catch(() => ({ done: true as const, value: undefined }));
      if (chunk.done) return;
      opened();
      buffer += decoder.decode(chunk.value, { stream: true });
      for (let end = buffer.indexOf('\n\n'); end >= 0; end = buffer.indexOf('\n\n')) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const data = block.split('\n').find((line) => line.startsWith('data: '));
        if (block.startsWith('event: next') && data) events.push(JSON.parse(data.slice(6)).data);
      }
    }
  })();
  // The stream opens with a ping; the subscription listens right after it.
  await open;
  await new Promise((resolve) => setTimeout(resolve, 50));
  return {
    events,
    /** Waits until `count` events arrived (or a few seconds passed). */
    async next(count: number, waitMs = 3_000) {
      const deadline = Date.now() + waitMs;
      while (events.length < count && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
      return events;
    },
    async close() {
      await reader.cancel();
      await reading;
    },
  };
}
