import { RateLimitedError } from '../errors';
import type { RateLimiter } from '../rate-limit';

const WINDOW_SECONDS = 15 * 60;
const MAX_FAILURES_PER_ACCOUNT = 5;
const MAX_FAILURES_PER_IP = 30;

/** Failed sign-ins are counted per account and per IP; past the limit the next attempt is refused. */
export class SignInThrottle {
  constructor(private readonly limiter: RateLimiter) {}

  private buckets(email: string, ip: string) {
    return { account: `signin:account:${email.toLowerCase()}`, ip: `signin:ip:${ip}` };
  }

  async assertAllowed(email: string, ip: string): Promise<void> {
    const b = this.buckets(email, ip);
    const [account, byIp] = await Promise.all([
      this.limiter.count(b.account, WINDOW_SECONDS),
      this.limiter.count(b.ip, WINDOW_SECONDS),
    ]);
    if (account >= MAX_FAILURES_PER_ACCOUNT || byIp >= MAX_FAILURES_PER_IP)
      throw new RateLimitedError(WINDOW_SECONDS);
  }

  async recordFailure(email: string, ip: string): Promise<void> {
    const b = this.buckets(email, ip);
    await Promise.all([this.limiter.hit(b.account, WINDOW_SECONDS), this.limiter.hit(b.ip, WINDOW_SECONDS)]);
  }

  async recordSuccess(email: string): Promise<void> {
    await this.limiter.reset(this.buckets(email, '').account);
  }
}
