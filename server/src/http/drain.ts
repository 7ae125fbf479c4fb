import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { NextFunction, Request, Response } from 'express';

/** How often idle keep-alive connections are closed while draining: a response that just ended leaves one. */
const SWEEP_IDLE_MS = 100;

/**
 * The HTTP half of a graceful stop. Once draining, /readyz answers 503 (a load balancer stops
 * sending), then the listening socket is closed, every response still to be written says
 * `Connection: close` (a kept-alive client cannot slip another request in), idle keep-alive
 * connections are closed, and event streams are cut so their clients reconnect to another replica;
 * requests already received are answered. Without this, the pool was closed under running requests
 * and kept-alive connections got requests after SIGTERM that answered 500.
 */
export class HttpDrain {
  private draining = false;
  private readonly inFlight = new Set<ServerResponse>();
  private readonly eventStreams = new Set<ServerResponse>();

  get isDraining(): boolean {
    return this.draining;
  }

  /** First middleware of the app: knows every response still open. */
  readonly track = (req: Request, res: Response, next: NextFunction): void => {
    if (this.draining) res.setHeader('Connection', 'close');
    const open = isEventStream(req) ? this.eventStreams : this.inFlight;
    open.add(res);
    res.once('close', () => open.delete(res));
    next();
  };

  /**
   * Stops `server` as above; resolves once every request received has been answered (0), or when
   * `graceMs` ran out first with the number of requests still running, whose connections are cut.
   * During `delayMs` first, the server still accepts connections but /readyz says 503: time for a
   * load balancer that polls it to stop sending before connections are refused.
   */
  async drain(server: Server, { delayMs, graceMs }: { delayMs: number; graceMs: number }): Promise<number> {
    this.draining = true;
    for (const res of this.inFlight) if (!res.headersSent) res.setHeader('Connection', 'close');
    if (delayMs > 0) await new Promise((resolve) => setTimeout(resolve, delayMs));
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    // graphql-sse clients take a stream that ends without "complete" for a lost connection and retry.
    for (const res of this.eventStreams) res.destroy();
    server.closeIdleConnections();
    const sweep = setInterval(() => server.closeIdleConnections(), SWEEP_IDLE_MS);
    let timer: NodeJS.Timeout | undefined;
    const answered = await Promise.race([
      closed.then(() => true),
      new Promise<false>((resolve) => {
        timer = setTimeout(() => resolve(false), graceMs);
      }),
    ]);
    clearInterval(sweep);
    clearTimeout(timer);
    if (answered) return 0;
    const cut = this.inFlight.size;
    server.closeAllConnections();
    return cut;
  }
}

function isEventStream(req: IncomingMessage): boolean {
  return String(req.headers.accept ?? '').includes('text/event-stream');
}
