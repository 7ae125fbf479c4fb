import type { Context } from '../context';
import { NotSignedInError } from '../errors';

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
