import { createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';

export const OIDC_STATE_COOKIE = 'levain_oidc';
/** The person has this long to sign in at the provider before the attempt expires. */
const STATE_TTL_SECONDS = 600;

/** What the start of a sign-in must remember for its callback (RFC 9700: PKCE, state and nonce). */
export type OidcAttempt = {
  state: string;
  nonce: string;
  codeVerifier: string;
  /** Where to land after signing in: a path of this site, already checked. */
  next: string;
};

/**
 * Signs the attempt with a key derived from the client secret rather than one kept in memory,
 * so a callback landing on another replica than the start still verifies.
 */
export class OidcStateCookie {
  private readonly key: Buffer;

  constructor(
    clientSecret: string,
    private readonly secure: boolean,
  ) {
    this.key = Buffer.from(hkdfSync('sha256', clientSecret, 'levain', 'oidc state cookie', 32));
  }

  serialise(attempt: OidcAttempt): string {
    const payload = Buffer.from(
      JSON.stringify({ ...attempt, exp: Date.now() + STATE_TTL_SECONDS * 1000 }),
    ).toString('base64url');
    return this.cookie(`${payload}.${this.sign(payload)}`, STATE_TTL_SECONDS);
  }

  cleared(): string {
    return this.cookie('', 0);
  }

  /** Returns the attempt when the cookie is ours, intact and not expired. */
  parse(value: string | null): OidcAttempt | null {
    const [payload, signature, ...rest] = (value ?? '').split('.');
    if (!payload || !signature || rest.length > 0) return null;
    const expected = Buffer.from(this.sign(payload));
    const given = Buffer.from(signature);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
    try {
      const data = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
      if (typeof data.exp !== 'number' || data.exp < Date.now()) return null;
      if ([data.state, data.nonce, data.codeVerifier, data.next].some((v) => typeof v !== 'string'))
        return null;
      return { state: data.state, nonce: data.nonce, codeVerifier: data.codeVerifier, next: data.next };
    } catch {
      return null;
    }
  }

  private sign(payload: string): string {
    return createHmac('sha256', this.key).update(payload).digest('base64url');
  }

  /** Lax so the provider's top-level redirect back to the callback carries it. */
  private cookie(value: string, maxAge: number): string {
    const secure = this.secure ? '; Secure' : '';
    return `${OIDC_STATE_COOKIE}=${value}; Path=/auth/oidc; HttpOnly; SameSite=Lax; Max-Age=${maxAge}${secure}`;
  }
}
