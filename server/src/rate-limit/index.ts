import type { Redis } from 'ioredis';

/** Counts hits in a sliding window; shared across replicas when Redis is configured. */
export interface RateLimiter {
  /** Records a hit and returns how many hits the bucket has in the window (this one included). */
  hit(bucket: string, windowSeconds: number): Promise<number>;
  count(bucket: string, windowSeconds: number): Promise<number>;
  reset(bucket: string): Promise<void>;
}

export class MemoryRateLimiter implements RateLimiter {
  private readonly hits = new Map<string, number[]>();

  private recent(bucket: string, windowSeconds: number): number[] {
    const since = Date.now() - windowSeconds * 1000;
    const kept = (this.hits.get(bucket) ?? []).filter((t) => t > since);
    this.hits.set(bucket, kept);
    return kept;
  }

  async hit(bucket: string, windowSeconds: number): Promise<number> {
    const kept = this.recent(bucket, windowSeconds);
    kept.push(Date.now());
    return kept.length;
  }

  async count(bucket: string, windowSeconds: number): Promise<number> {
    return this.recent(bucket, windowSeconds).length;
  }

  async reset(bucket: string): Promise<void> {
    this.hits.delete(bucket);
  }
}

export class RedisRateLimiter implements RateLimiter {
  constructor(
    private readonly redis: Redis,
    private readonly prefix = 'levain:rl:',
  ) {}

  async hit(bucket: string, windowSeconds: number): Promise<number> {
    const key = this.prefix + bucket;
    const now = Date.now();
    const result = await this.redis
      .multi()
      .zremrangebyscore(key, 0, now - windowSeconds * 1000)
      .zadd(key, now, `${now}-${Math.random()}`)
      .zcard(key)
      .expire(key, windowSeconds)
      .exec();
    return Number(result?.[2]?.[1] ?? 0);
  }

  async count(bucket: string, windowSeconds: number): Promise<number> {
    const key = this.prefix + bucket;
    await this.redis.zremrangebyscore(key, 0, Date.now() - windowSeconds * 1000);
    return this.redis.zcard(key);
  }

  async reset(bucket: string): Promise<void> {
    await this.redis.del(this.prefix + bucket);
  }
}
