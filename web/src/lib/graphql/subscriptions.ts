import { type AnyVariables, stringifyDocument, type TypedDocumentNode } from '@urql/core';
import { CSRF_HEADERS } from './client';
import { createSubscriptionClient } from './sse-client';

/** Server-sent events on the same /graphql endpoint (graphql-sse "distinct connections" mode). */
const sse = createSubscriptionClient({ url: '/graphql', headers: { ...CSRF_HEADERS } });

/** Starts a subscription; returns the function that stops it. */
export function subscribe<Data, Variables extends AnyVariables>(
  document: TypedDocumentNode<Data, Variables>,
  variables: Variables,
  onData: (data: Data) => void,
): () => void {
  return sse.subscribe<Data>(
    { query: stringifyDocument(document), variables: variables ?? {} },
    {
      next: (result) => {
        if (result.data) onData(result.data);
      },
      // The client reconnects by itself, without end; an error here is one the server sent.
      error: () => {},
      complete: () => {},
    },
  );
}
