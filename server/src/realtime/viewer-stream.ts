import type { Context } from '../context';
import { NotSignedInError, RateLimitedError } from '../errors';

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

/**
 * Every subscription of a signed-in person goes through here: refused at once when signed out,
 * counted against the caps, and ended when its session is revoked (sign out, sign out everywhere,
 * deactivation, a password change) on whichever replica that happens. The revocation listener
 * starts with the stream, not with its first read, and every way out releases the count.
 */
export function viewerStream<T>(ctx: Context, source: () => AsyncIterable<T>): AsyncIterableIterator<T> {
  const { viewer, sessionId } = ctx;
  if (!viewer || !sessionId) throw new NotSignedInError();
  const release = ctx.services.streams.open(sessionId, ctx.ip);
  const events = source()[Symbol.asyncIterator]();
  const revocations = ctx.services.pubsub.subscribe('session.revoked', viewer.id)[Symbol.asyncIterator]();
  const done: IteratorReturnResult<undefined> = { done: true, value: undefined };
  let end = () => {};
  const ended = new Promise<typeof done>((resolve) => {
    end = () => resolve(done);
  });
  let closed = false;
  const close = () => {
    if (closed) return;
    closed = true;
    release();
    end();
    void events.return?.();
    void revocations.return?.();
  };
  const sessionGone = async () => !(await ctx.db.query.sessions.findFirst({ where: { id: sessionId } }));
  void (async () => {
    for (let next = await revocations.next(); !next.done; next = await revocations.next())
      if (await sessionGone()) return close();
  })().catch(close);
  return {
    [Symbol.asyncIterator]() {
      return this;
    },
    next: async () => {
      if (closed) return done;
      const next = await Promise.race([events.next(), ended]);
      if (next.done) close();
      return next;
    },
    return: async () => {
      close();
      return done;
    },
    throw: async (error: unknown) => {
      close();
      throw error;
    },
  };
}
