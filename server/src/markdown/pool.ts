import { availableParallelism } from 'node:os';
import { MessageChannel } from 'node:worker_threads';
import { Piscina } from 'piscina';
import type { MentionResolver, RenderedMarkdown } from './render';
import type { LookupReply, LookupRequest, RenderTask } from './worker';

/** Why a body could not be rendered: it took too long or too much memory, or every worker is busy. */
export class RenderRefused extends Error {
  constructor(readonly reason: 'budget' | 'busy') {
    super(`markdown render refused: ${reason}`);
  }
}

export type RenderBudget = {
  /** Worker time one body may take, not counting the main thread's mention lookups. */
  timeMs: number;
  /** Heap of one worker; a body that needs more ends that worker, never the server. */
  heapMb: number;
};

/**
 * 20,000 characters of ordinary prose render in 5–30 ms; the slowest shapes the limits in
 * ./shape.ts let through (thousands of links in one paragraph) took up to ~700 ms on a loaded
 * 2-core machine. One second leaves room for those and ends anything worse.
 */
export const defaultRenderBudget: RenderBudget = { timeMs: 1000, heapMb: 64 };

/**
 * Renders Markdown in worker threads so no body, whatever its shape, holds the main thread: the main
 * thread only passes the text, answers the mention lookups and gets the HTML back.
 */
export class MarkdownRenderer {
  private readonly pool: Piscina<RenderTask, RenderedMarkdown>;

  constructor(private readonly budget: RenderBudget) {
    const threads = Math.max(1, Math.min(2, availableParallelism() - 1));
    this.pool = new Piscina({
      filename: new URL('./worker-entry.mjs', import.meta.url).href,
      // One worker is loaded from the start: loading the parser takes ~1 s, too long for a first post.
      minThreads: 1,
      maxThreads: threads,
      idleTimeout: 30_000,
      // A few seconds of work queued at most; past that a writer is told to retry.
      maxQueue: threads * 16,
      resourceLimits: {
        maxOldGenerationSizeMb: budget.heapMb,
        maxYoungGenerationSizeMb: 16,
        stackSizeMb: 4,
      },
    });
  }

  async render(source: string, resolver: MentionResolver): Promise<RenderedMarkdown> {
    const { port1: ours, port2: theirs } = new MessageChannel();
    const abort = new AbortController();
    let timer: NodeJS.Timeout | undefined;
    let used = 0;
    let runningSince = 0;
    const run = () => {
      runningSince = performance.now();
      timer = setTimeout(() => abort.abort(), this.budget.timeMs - used);
    };
    const pause = () => {
      clearTimeout(timer);
      used += performance.now() - runningSince;
    };
    let lookups = 0;
    ours.on('message', async (message: LookupRequest | { started: true }) => {
      if ('started' in message) return run();
      if (lookups++ === 0) pause();
      let reply: LookupReply;
      try {
        reply = { id: message.id, entries: [...(await resolver[message.method](message.keys))] };
      } catch (error) {
        reply = { id: message.id, error: String(error) };
      }
      if (--lookups === 0 && !abort.signal.aborted) run();
      ours.postMessage(reply);
    });
    try {
      return await this.pool.run({ source, port: theirs }, { transferList: [theirs], signal: abort.signal });
    } catch (error) {
      // Over time, out of heap, or out of stack (a RangeError from deep recursion in the worker).
      const { code, name } = error as { code?: string; name?: string };
      if (abort.signal.aborted || code === 'ERR_WORKER_OUT_OF_MEMORY' || name === 'RangeError')
        throw new RenderRefused('budget');
      if ((error as Error).message === 'Task queue is at limit') throw new RenderRefused('busy');
      throw error;
    } finally {
      clearTimeout(timer);
      ours.close();
    }
  }

  close(): Promise<void> {
    return this.pool.destroy();
  }
}
