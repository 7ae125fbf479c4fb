import { RateLimitedError } from '../errors';

/** Open streams one session, and one IP, may hold on this server process. */
export const MAX_STREAMS_PER_SESSION = 8;
export const MAX_STREAMS_PER_IP = 64;

/**
 * Streams are connections held by one process, so they are counted here, not in Redis: a cap
 * per replica. A browser tab holds two or three; the caps stop one client from holding thousands.
 */
export class OpenStreams {
  private readonly counts = new Map<string, number>();
  /** Streams open on this process (the SSE connections metric). */
  size = 0;

  /** Counts a new stream; returns how to release it, or throws when a cap is reached. */
  open(sessionId: string, ip: string): () => void {
    const keys = [`session:${sessionId}`, `ip:${ip}`];
    const caps = [MAX_STREAMS_PER_SESSION, MAX_STREAMS_PER_IP];
    if (keys.some((key, i) => (this.counts.get(key) ?? 0) >= caps[i]!)) throw new RateLimitedError(60);
    for (const key of keys) this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
    this.size += 1;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.size -= 1;
      for (const key of keys) {
        const left = (this.counts.get(key) ?? 1) - 1;
        if (left) this.counts.set(key, left);
        else this.counts.delete(key);
      }
    };
  }
}
