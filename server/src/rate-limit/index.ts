import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import {
  type RateLimiterAbstract,
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
} from 'rate-limiter-flexible';

/** A counter of attempts per key: `points` in `durationSeconds`, then refused for `blockSeconds`. */
export type LimitRule = { name: string; points: number; durationSeconds: number; blockSeconds?: number };

export type Limit = {
  /** Seconds before `key` may try again; 0 when it may now. */
  retryAfter(key: string): Promise<number>;
  /** Counts one attempt; returns how many the key has in its window and the wait it now has. */
  hit(key: string): Promise<{ count: number; retryAfterSeconds: number }>;
  reset(key: string): Promise<void>;
};

const seconds = (ms: number) => Math.max(1, Math.ceil(ms / 1000));

class FlexibleLimit implements Limit {
  constructor(
    private readonly rule: LimitRule,
    private readonly limiter: RateLimiterAbstract,
  ) {}

  async retryAfter(key: string): Promise<number> {
    const state = await this.limiter.get(key);
    return state && state.consumedPoints >= this.rule.points ? seconds(state.msBeforeNext) : 0;
  }

  async hit(key: string): Promise<{ count: number; retryAfterSeconds: number }> {
    let state: RateLimiterRes;
    try {
      state = await this.limiter.consume(key);
    } catch (refused) {
      if (!(refused instanceof RateLimiterRes)) throw refused;
      state = refused;
    }
    // The attempt that uses the last point starts the block, so the wait is the whole block.
    if (state.consumedPoints === this.rule.points && this.rule.blockSeconds) {
      await this.limiter.block(key, this.rule.blockSeconds);
      return { count: state.consumedPoints, retryAfterSeconds: this.rule.blockSeconds };
    }
    const full = state.consumedPoints >= this.rule.points;
    return { count: state.consumedPoints, retryAfterSeconds: full ? seconds(state.msBeforeNext) : 0 };
  }

  async reset(key: string): Promise<void> {
    await this.limiter.delete(key);
  }
}

/**
 * Rate limits through rate-limiter-flexible: in Redis when REDIS_URL is set, so replicas count
 * together, with each replica's memory as the insurance. While Redis is unreachable every limit
 * keeps working on this process's own counts (and says so once in the log) instead of failing
 * every sign-in.
 */
export class RateLimits {
  constructor(
    private readonly redis: Redis | null,
    logger: Logger,
  ) {
    if (!redis) return;
    let down = false;
    redis.on('error', (error) => {
      if (down) return;
      down = true;
      logger.warn({ err: error }, 'Redis unreachable: rate limits count in this process until it is back');
    });
    redis.on('ready', () => {
      if (down) logger.info('Redis is back: rate limits are shared again');
      down = false;
    });
  }

  limit(rule: LimitRule): Limit {
    const options = {
      keyPrefix: `levain:rl:${rule.name}`,
      points: rule.points,
      duration: rule.durationSeconds,
    };
    const memory = new RateLimiterMemory(options);
    const limiter = this.redis
      ? new RateLimiterRedis({
          ...options,
          storeClient: this.redis,
          rejectIfRedisNotReady: true,
          insuranceLimiter: memory,
        })
      : memory;
    return new FlexibleLimit(rule, limiter);
  }
}
