import { RateLimitedError } from '../errors';
import type { RateLimits } from '../rate-limit';

const QUARTER_HOUR = 15 * 60;
/** Wrong current passwords one account may send in 15 minutes; the last one ends the session. */
export const MAX_WRONG_CURRENT_PASSWORDS = 5;

/**
 * A session someone else holds must not become a way to guess the password: wrong current
 * passwords are counted per account, like failed sign-ins, and the session that sends too many is
 * signed out.
 */
export class PasswordChangeThrottle {
  private readonly failures;

  constructor(limits: RateLimits) {
    this.failures = limits.limit({
      name: 'password-change',
      points: MAX_WRONG_CURRENT_PASSWORDS,
      durationSeconds: QUARTER_HOUR,
      blockSeconds: QUARTER_HOUR,
    });
  }

  async assertAllowed(userId: string): Promise<void> {
    const wait = await this.failures.retryAfter(userId);
    if (wait > 0) throw new RateLimitedError(wait);
  }

  /** Counts a wrong current password; true when it was one too many and the session must end. */
  async recordFailure(userId: string): Promise<boolean> {
    const { retryAfterSeconds } = await this.failures.hit(userId);
    return retryAfterSeconds > 0;
  }
}
