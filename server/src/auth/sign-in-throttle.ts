import { RateLimitedError } from '../errors';
import type { RateLimits } from '../rate-limit';

const QUARTER_HOUR = 15 * 60;
/** Failures at which the account's owner is told someone is guessing their password. */
export const ALERT_AFTER_FAILURES = 10;

export type SignInAttempt = {
  email: string;
  ip: string;
  /** The browser holds a device cookie of this account from an earlier sign-in. */
  knownDevice: boolean;
};

/**
 * Failed sign-ins are counted so that guessing is slow and nobody can lock someone else out:
 * - per address and IP: 5 failures block that address from that IP for 15 minutes;
 * - per IP: 30 failures, whatever the addresses, block the IP for 15 minutes;
 * - per address from unknown devices: past 20 failures in an hour, one attempt per 30 seconds.
 *   The owner still gets in, from a device they signed in on before (not counted here) or after
 *   that short wait; a stranger gets two guesses a minute at most.
 */
export class SignInThrottle {
  private readonly pair;
  private readonly ip;
  private readonly account;
  private readonly accountPace;

  constructor(limits: RateLimits) {
    this.pair = limits.limit({
      name: 'signin-pair',
      points: 5,
      durationSeconds: QUARTER_HOUR,
      blockSeconds: QUARTER_HOUR,
    });
    this.ip = limits.limit({
      name: 'signin-ip',
      points: 30,
      durationSeconds: QUARTER_HOUR,
      blockSeconds: QUARTER_HOUR,
    });
    this.account = limits.limit({ name: 'signin-account', points: 20, durationSeconds: 3600 });
    this.accountPace = limits.limit({ name: 'signin-account-pace', points: 1, durationSeconds: 30 });
  }

  private keys({ email, ip }: SignInAttempt) {
    const address = email.toLowerCase();
    return { pair: `${address}|${ip}`, ip, address };
  }

  async assertAllowed(attempt: SignInAttempt): Promise<void> {
    const keys = this.keys(attempt);
    const waits = await Promise.all([
      this.pair.retryAfter(keys.pair),
      this.ip.retryAfter(keys.ip),
      attempt.knownDevice ? 0 : this.paceWait(keys.address),
    ]);
    const wait = Math.max(...waits);
    if (wait > 0) throw new RateLimitedError(wait);
  }

  private async paceWait(address: string): Promise<number> {
    if (!(await this.account.retryAfter(address))) return 0;
    return this.accountPace.retryAfter(address);
  }

  /** Counts a failure; says whether it is the one that should alert the account's owner. */
  async recordFailure(attempt: SignInAttempt): Promise<{ alertOwner: boolean }> {
    const keys = this.keys(attempt);
    await Promise.all([this.pair.hit(keys.pair), this.ip.hit(keys.ip)]);
    if (attempt.knownDevice) return { alertOwner: false };
    const [{ count }] = await Promise.all([
      this.account.hit(keys.address),
      this.accountPace.hit(keys.address),
    ]);
    return { alertOwner: count === ALERT_AFTER_FAILURES };
  }

  async recordSuccess(attempt: SignInAttempt): Promise<void> {
    await this.pair.reset(this.keys(attempt).pair);
  }
}
