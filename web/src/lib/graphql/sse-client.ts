import { type Client, createClient } from 'graphql-sse';

/** The server writes a ping every 12 s on an open event stream; this long without one means it is gone. */
export const SILENCE_MS = 30_000;
/** Reconnection delays double from 1 s up to this, with jitter, for as long as it takes. */
const RETRY_AT_MOST_EVERY_MS = 30_000;

/**
 * `fetch`, but an event stream that goes quiet for `silenceMs` fails, so graphql-sse retries. A server
 * that vanished without closing the connection (a frozen replica, a network cut, a proxy that keeps
 * the client's side open) otherwise leaves live updates stopped with nothing to show for it.
 */
export function fetchWithHeartbeat(silenceMs: number, fetchFn: typeof fetch = fetch): typeof fetch {
  return async (input, init) => {
    // A server that accepts the connection but never answers (frozen) counts as silent too.
    const request = new AbortController();
    const caller = init?.signal;
    caller?.addEventListener('abort', () => request.abort(caller.reason));
    const unanswered = setTimeout(() => request.abort(new Error('no answer from the server')), silenceMs);
    const response = await fetchFn(input, { ...init, signal: request.signal }).finally(() =>
      clearTimeout(unanswered),
    );
    if (!response.body || !response.headers.get('content-type')?.includes('text/event-stream'))
      return response;
    const reader = response.body.getReader();
    const body = new ReadableStream<Uint8Array>({
      async pull(controller) {
        let timer: ReturnType<typeof setTimeout> | undefined;
        const silence = new Promise<never>((_, reject) => {
          timer = setTimeout(
            () => reject(new Error(`no ping from the server for ${silenceMs / 1000} s`)),
            silenceMs,
          );
        });
        try {
          const next = await Promise.race([reader.read(), silence]);
          if (next.done) controller.close();
          else controller.enqueue(next.value);
        } catch (error) {
          void reader.cancel(error).catch(() => undefined);
          throw error;
        } finally {
          clearTimeout(timer);
        }
      },
      cancel: (reason) => reader.cancel(reason),
    });
    return new Response(body, {
      status: response.status,
      statusText: response.statusText,
      headers: response.headers,
    });
  };
}

/**
 * A graphql-sse client ("distinct connections": one event stream per subscription) that never gives
 * up reconnecting, and notices a silent server by its missing pings.
 */
export function createSubscriptionClient(options: {
  url: string;
  headers?: Record<string, string>;
  silenceMs?: number;
  fetchFn?: typeof fetch;
}): Client {
  return createClient({
    url: options.url,
    headers: options.headers,
    credentials: 'same-origin',
    fetchFn: fetchWithHeartbeat(options.silenceMs ?? SILENCE_MS, options.fetchFn),
    retryAttempts: Number.POSITIVE_INFINITY,
    retry: (retries) => {
      const delay = Math.min(1_000 * 2 ** retries, RETRY_AT_MOST_EVERY_MS);
      return new Promise((resolve) => setTimeout(resolve, delay / 2 + Math.random() * (delay / 2)));
    },
  });
}
