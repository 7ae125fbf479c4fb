import type { Db } from '@levain/db';
import { sql } from 'drizzle-orm';
import type { Logger } from 'pino';

const FLUSH_EVERY_MS = 5_000;
/** Rows per INSERT: well under PostgreSQL's parameter limit. */
const BATCH = 1_000;

/**
 * Unique viewers of posts (reach), collected in memory and written in batches off the request
 * path: the feed never waits for them. A person seeing a post again adds nothing (primary key),
 * and the post's counter moves by the rows actually inserted, in the same statement.
 */
export class ImpressionBuffer {
  private pending = new Map<string, { postId: string; userId: string }>();
  private timer: NodeJS.Timeout | null = null;
  private flushing: Promise<void> = Promise.resolve();

  constructor(
    private readonly db: Db,
    private readonly logger: Logger,
  ) {}

  record(userId: string, postIds: string[]): void {
    for (const postId of postIds) this.pending.set(`${postId}:${userId}`, { postId, userId });
  }

  /** Writes everything recorded so far; flushes run one after the other. */
  flush(): Promise<void> {
    this.flushing = this.flushing
      .then(() => this.write())
      .catch((error) => {
        this.logger.error({ err: error }, 'impressions flush failed');
      });
    return this.flushing;
  }

  private async write(): Promise<void> {
    const rows = [...this.pending.values()];
    this.pending = new Map();
    for (let start = 0; start < rows.length; start += BATCH) {
      const values = sql.join(
        rows.slice(start, start + BATCH).map((r) => sql`(${r.postId}::uuid, ${r.userId}::uuid)`),
        sql`, `,
      );
      await this.db.execute(sql`
        with seen as (
          insert into post_impressions (post_id, user_id)
          select v.post_id, v.user_id from (values ${values}) as v(post_id, user_id)
          where exists (select 1 from posts p where p.id = v.post_id)
          on conflict do nothing
          returning post_id
        )
        update posts set impression_count = posts.impression_count + counted.n
        from (select post_id, count(*)::int as n from seen group by post_id) counted
        where posts.id = counted.post_id`);
    }
  }

  start(): void {
    this.timer ??= setInterval(() => void this.flush(), FLUSH_EVERY_MS);
    this.timer.unref();
  }

  /** Stops the timer and writes what is left (shutdown). */
  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.flush();
  }
}
