import { type AnyVariables, stringifyDocument, type TypedDocumentNode } from '@urql/core';
import { createClient } from 'graphql-sse';
import { CSRF_HEADERS } from './client';

/** Server-sent events on the same /graphql endpoint (graphql-sse "distinct connections" mode). */
const sse = createClient({
  url: '/graphql',
  headers: { ...CSRF_HEADERS },
  credentials: 'same-origin',
  retryAttempts: 20,
});

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
      // The client retries by itself; a final failure only means live updates stop.
      error: () => {},
      complete: () => {},
    },
  );
}
