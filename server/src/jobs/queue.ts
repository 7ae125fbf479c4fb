import { randomUUID } from 'node:crypto';
import { type Db, schema } from '@levain/db';
import { and, asc, eq, inArray, lt, lte, or, sql } from 'drizzle-orm';
import type { Logger } from 'pino';

const { jobs } = schema;

const MAX_ATTEMPTS = 5;
/** How often each replica's worker looks for due jobs. */
export const WORKER_TICK_MS = 5_000;
/** Due jobs one worker claims per tick; the rest are left to the next tick or another replica. */
export const JOBS_PER_CLAIM = 20;
/**
 * A claim lasts this long unless its worker renews it (every HEARTBEAT_MS while its batch runs): a
 * worker killed mid-batch leaves its jobs to others within this, where a fixed 10-minute staleness
 * stranded them for 10 minutes.
 */
export const LEASE_MS = 30_000;
const HEARTBEAT_MS = 10_000;
/** How long a one-off job of a disabled plugin waits before the next look. */
const INACTIVE_RETRY_MS = 60_000;

export type JobHandler = {
  everyMinutes?: number;
  /**
   * Returns false while the job must not run (its plugin is disabled): a recurring period is then
   * skipped, a one-off job waits (it is data, and disabling never deletes data).
   */
  isActive(): Promise<boolean>;
  run(payload: unknown): Promise<void>;
};

/**
 * Jobs live in the database so they survive restarts; a worker claims due jobs with
 * FOR UPDATE SKIP LOCKED, so each runs once whatever the number of replicas.
 */
export class JobQueue {
  private readonly handlers = new Map<string, JobHandler>();
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private stopping = false;
  readonly workerId = randomUUID();

  constructor(
    private readonly db: Db,
    private readonly logger: Logger,
  ) {}

  register(name: string, handler: JobHandler): void {
    if (this.handlers.has(name)) throw new Error(`Job "${name}" is registered twice`);
    this.handlers.set(name, handler);
  }

  async enqueue(name: string, payload: unknown = {}, options: { runAt?: Date; uniqueKey?: string } = {}) {
    await this.db
      .insert(jobs)
      .values({ name, payload, runAt: options.runAt ?? new Date(), uniqueKey: options.uniqueKey ?? null })
      .onConflictDoNothing({ target: jobs.uniqueKey });
  }

  /** Enqueues the current period of every recurring job (idempotent across replicas). */
  private async scheduleRecurring(now: Date): Promise<void> {
    for (const [name, handler] of this.handlers) {
      if (!handler.everyMinutes) continue;
      const periodMs = handler.everyMinutes * 60_000;
      const slot = new Date(Math.floor(now.getTime() / periodMs) * periodMs);
      await this.enqueue(name, {}, { runAt: slot, uniqueKey: `${name}@${slot.toISOString()}` });
    }
  }

  private async claim(limit: number) {
    const due = this.db
      .select({ id: jobs.id })
      .from(jobs)
      .where(
        or(
          and(eq(jobs.status, 'pending'), lte(jobs.runAt, sql`now()`)),
          and(
            eq(jobs.status, 'running'),
            lt(jobs.lockedAt, sql`now() - make_interval(secs => ${LEASE_MS / 1000})`),
          ),
        ),
      )
      .orderBy(asc(jobs.runAt))
      .limit(limit)
      .for('update', { skipLocked: true });
    return this.db
      .update(jobs)
      .set({
        status: 'running',
        // The database's clock, as in the staleness test above: replicas' clocks may differ.
        lockedAt: sql`now()`,
        lockedBy: this.workerId,
        attempts: sql`${jobs.attempts} + 1`,
      })
      .where(inArray(jobs.id, due))
      .returning();
  }

  /** Renews this worker's claims: they stay its own while it works through them. */
  private async renewClaims(): Promise<void> {
    await this.db
      .update(jobs)
      .set({ lockedAt: sql`now()` })
      .where(and(eq(jobs.status, 'running'), eq(jobs.lockedBy, this.workerId)));
  }

  /**
   * Runs every due job once; returns how many were claimed. A job may run again after a crash (its
   * claim expires), so each handler's effects must be idempotent and complete on a second run.
   */
  async runDue(now = new Date()): Promise<number> {
    await this.scheduleRecurring(now);
    const claimed = await this.claim(JOBS_PER_CLAIM);
    const heartbeat = setInterval(() => {
      this.renewClaims().catch((error) => this.logger.warn({ err: error }, 'job claims not renewed'));
    }, HEARTBEAT_MS);
    try {
      for (const [index, job] of claimed.entries()) {
        // Stopping (SIGTERM): the jobs not started yet go back to the queue for another worker now.
        if (this.stopping) {
          await this.release(claimed.slice(index));
          break;
        }
        await this.runOne(job);
      }
    } finally {
      clearInterval(heartbeat);
    }
    return claimed.length;
  }

  private async runOne(job: typeof jobs.$inferSelect): Promise<void> {
    const handler = this.handlers.get(job.name);
    try {
      if (!handler) throw new Error(`No handler for job "${job.name}"`);
      const active = await handler.isActive();
      if (!active && !handler.everyMinutes) {
        await this.postpone(job.id, job.attempts - 1);
        return;
      }
      if (active) await handler.run(job.payload);
      await this.db
        .update(jobs)
        .set({ status: 'done', finishedAt: new Date(), lastError: null })
        .where(eq(jobs.id, job.id));
    } catch (error) {
      const failed = job.attempts >= MAX_ATTEMPTS;
      this.logger.error({ err: error, job: job.name, attempts: job.attempts }, 'job failed');
      await this.db
        .update(jobs)
        .set({
          status: failed ? 'failed' : 'pending',
          lastError: String(error instanceof Error ? error.message : error),
          runAt: new Date(Date.now() + 2 ** job.attempts * 1000),
          lockedAt: null,
          lockedBy: null,
        })
        .where(eq(jobs.id, job.id));
    }
  }

  /** Gives claimed jobs back, due now, as if this worker had not claimed them. */
  private async release(released: (typeof jobs.$inferSelect)[]): Promise<void> {
    if (!released.length) return;
    await this.db
      .update(jobs)
      .set({ status: 'pending', attempts: sql`${jobs.attempts} - 1`, lockedAt: null, lockedBy: null })
      .where(
        and(
          inArray(
            jobs.id,
            released.map((job) => job.id),
          ),
          eq(jobs.lockedBy, this.workerId),
        ),
      );
  }

  private async postpone(id: string, attempts: number): Promise<void> {
    await this.db
      .update(jobs)
      .set({
        status: 'pending',
        attempts,
        runAt: new Date(Date.now() + INACTIVE_RETRY_MS),
        lockedAt: null,
        lockedBy: null,
      })
      .where(eq(jobs.id, id));
  }

  /** Deletes jobs that finished more than `days` days ago (recurring jobs add a row per period). */
  async deleteFinished(days: number): Promise<void> {
    await this.db
      .delete(jobs)
      .where(and(eq(jobs.status, 'done'), lt(jobs.finishedAt, new Date(Date.now() - days * 86_400_000))));
  }

  start(intervalMs = WORKER_TICK_MS): void {
    if (this.timer) return;
    this.stopping = false;
    const tick = () => {
      this.running = this.runDue()
        .then(() => undefined)
        .catch((error) => this.logger.error({ err: error }, 'job worker tick failed'))
        .finally(() => {
          this.running = null;
        });
    };
    this.timer = setInterval(() => {
      if (!this.running) tick();
    }, intervalMs);
    this.timer.unref();
    tick();
  }

  /** Stops looking for jobs; the job running finishes, the rest of its batch goes back to the queue. */
  async stop(): Promise<void> {
    this.stopping = true;
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
  }
}
