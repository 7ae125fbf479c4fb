import { type Db, isDatabaseUnavailable } from '@levain/db';
import { sql } from 'drizzle-orm';
import type { NextFunction, Request, Response } from 'express';
import { GraphQLError } from 'graphql';
import type { Logger } from 'pino';
import { type Locale, pickLocale, translate } from '../i18n/messages';

/** What a client is told to wait before sending again while the database is unreachable. */
export const RETRY_AFTER_SECONDS = 5;
const PROBE_EVERY_MS = 500;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Whether the database answers. The first error that says it cannot (connection refused or lost,
 * server shutting down) marks it unreachable: requests are then refused at once with 503 instead of
 * queueing behind reconnection attempts, until a probe gets an answer again.
 */
export class DatabaseStatus {
  private outage: Promise<void> | null = null;
  private closed = false;

  constructor(
    private readonly db: Db,
    private readonly logger: Logger,
  ) {}

  get reachable(): boolean {
    return this.outage === null;
  }

  /** Looks at an error that reached a request's surface; true when it means the database is unreachable. */
  noticed(error: unknown): boolean {
    if (!isDatabaseUnavailable(error)) return false;
    if (!this.outage && !this.closed) {
      this.logger.warn({ err: error }, 'database unreachable: requests answer 503 until it is back');
      this.outage = this.waitUntilBack();
    }
    return true;
  }

  /** True when `select 1` answers within `ms`. */
  async ping(ms: number): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    const answered = await Promise.race([
      this.db.execute(sql`select 1`).then(
        () => true,
        () => false,
      ),
      new Promise<false>((resolve) => {
        timer = setTimeout(() => resolve(false), ms);
      }),
    ]);
    clearTimeout(timer);
    return answered;
  }

  private async waitUntilBack(): Promise<void> {
    const since = Date.now();
    while (!this.closed && !(await this.ping(1_000))) await sleep(PROBE_EVERY_MS);
    this.outage = null;
    if (!this.closed) this.logger.warn({ downForMs: Date.now() - since }, 'database reachable again');
  }

  close(): void {
    this.closed = true;
  }
}

/** The body of a 503 for this request: GraphQL's shape on /graphql, the API's elsewhere. */
export function answerUnavailable(req: Request, res: Response): void {
  const message = translate(pickLocale(null, req.get('accept-language')), {
    key: 'error.serviceUnavailable',
  });
  const code = 'SERVICE_UNAVAILABLE';
  res.status(503).setHeader('Retry-After', String(RETRY_AFTER_SECONDS));
  if (req.originalUrl.startsWith('/graphql'))
    res.json({ errors: [{ message, extensions: { code, retryAfterSeconds: RETRY_AFTER_SECONDS } }] });
  else res.json({ error: { code, message, retryAfterSeconds: RETRY_AFTER_SECONDS } });
}

/**
 * The GraphQL error for an operation the database could not answer: typed, worded in the viewer's
 * language, HTTP 503 with Retry-After (graphql-yoga reads `extensions.http` and keeps it out of the body).
 */
export function serviceUnavailable(
  locale: Locale,
  at?: { nodes?: GraphQLError['nodes']; path?: GraphQLError['path'] },
) {
  return new GraphQLError(translate(locale, { key: 'error.serviceUnavailable' }), {
    ...at,
    extensions: {
      code: 'SERVICE_UNAVAILABLE',
      retryAfterSeconds: RETRY_AFTER_SECONDS,
      http: { status: 503, headers: { 'Retry-After': String(RETRY_AFTER_SECONDS) } },
    },
  });
}

/** Refuses requests that need the database while it is known to be unreachable. */
export function refuseWhileUnreachable(status: DatabaseStatus) {
  return (req: Request, res: Response, next: NextFunction) => {
    if (status.reachable) return next();
    answerUnavailable(req, res);
  };
}

/** Error middleware: an error that means "database unreachable" answers 503 with Retry-After, not 500. */
export function unavailableErrors(status: DatabaseStatus) {
  return (error: unknown, req: Request, res: Response, next: NextFunction) => {
    if (res.headersSent || !status.noticed(error)) return next(error);
    answerUnavailable(req, res);
  };
}
