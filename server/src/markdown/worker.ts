import type { MessagePort } from 'node:worker_threads';
import { type MentionResolver, type RenderedMarkdown, renderMarkdown } from './render';

export type RenderTask = { source: string; port: MessagePort };
export type LookupRequest = { id: number; method: keyof MentionResolver; keys: string[] };
export type LookupReply = { id: number; entries?: Array<[string, unknown]>; error?: string };
/** First message of a task: the worker has picked it up, so its time budget starts now. */
export const STARTED = { started: true } as const;

/**
 * The mention lookups need the database, which lives on the main thread: each one goes there over
 * the task's port and comes back as entries of a Map.
 */
function remoteResolver(port: MessagePort): MentionResolver {
  let next = 0;
  const pending = new Map<number, { resolve: (m: Map<string, never>) => void; reject: (e: Error) => void }>();
  port.on('message', (reply: LookupReply) => {
    const waiting = pending.get(reply.id);
    pending.delete(reply.id);
    if (reply.error !== undefined) waiting?.reject(new Error(reply.error));
    else waiting?.resolve(new Map(reply.entries as Array<[string, never]>));
  });
  const ask = (method: keyof MentionResolver) => (keys: string[]) =>
    new Promise<Map<string, never>>((resolve, reject) => {
      const id = next++;
      pending.set(id, { resolve, reject });
      port.postMessage({ id, method, keys } satisfies LookupRequest);
    });
  return {
    usersById: ask('usersById'),
    usersByEmail: ask('usersByEmail'),
    communitiesBySlug: ask('communitiesBySlug'),
  };
}

/** Runs in a worker thread of the render pool. */
export default async function render({ source, port }: RenderTask): Promise<RenderedMarkdown> {
  port.postMessage(STARTED);
  try {
    return await renderMarkdown(source, remoteResolver(port));
  } finally {
    port.close();
  }
}
