import { once } from 'node:events';
import { Redis } from 'ioredis';
import pino from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import { RateLimits } from '../src/rate-limit';

const rule = { name: 'test-fallback', points: 2, durationSeconds: 60, blockSeconds: 60 };
const clients: Redis[] = [];
afterAll(() => {
  for (const client of clients) client.disconnect();
});

/** A Redis client as the server makes it, for a server that may or may not answer. */
function redisAt(url: string): Redis {
  const client = new Redis(url, { maxRetriesPerRequest: 1, enableOfflineQueue: false });
  client.on('error', () => {});
  clients.push(client);
  return client;
}

describe('rate limits', () => {
  it('count in Redis, so that two processes count together', async () => {
    const url = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
    const one = new RateLimits(redisAt(url), pino({ level: 'silent' })).limit(rule);
    const two = new RateLimits(redisAt(url), pino({ level: 'silent' })).limit(rule);
    // Both connected (a loaded machine takes more than a moment): until then each process counts alone.
    await Promise.all(clients.map((client) => (client.status === 'ready' ? null : once(client, 'ready'))));
    const key = `shared-${Math.random()}`;
    await one.hit(key);
    expect(await two.retryAfter(key)).toBe(0);
    await two.hit(key);
    expect(await one.retryAfter(key)).toBe(60);
  });

  it('keep counting in the process while Redis is unreachable, and say so once', async () => {
    const lines: string[] = [];
    const logger = pino({ level: 'info' }, { write: (line: string) => lines.push(line) });
    const limit = new RateLimits(redisAt('redis://127.0.0.1:1'), logger).limit(rule);
    const key = 'while-redis-is-down';
    expect(await limit.hit(key)).toEqual({ count: 1, retryAfterSeconds: 0 });
    expect(await limit.hit(key)).toEqual({ count: 2, retryAfterSeconds: 60 });
    expect(await limit.retryAfter(key)).toBe(60);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(lines.filter((line) => line.includes('Redis unreachable'))).toHaveLength(1);
  });
});
