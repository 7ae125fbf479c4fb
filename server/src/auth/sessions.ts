import { type Db, schema } from '@levain/db';
import { and, eq, lt, ne } from 'drizzle-orm';
import type { Viewer } from '../permissions';
import { generateSecureRandomString, hashSecret, parseSessionToken, secretMatches } from './session-token';

const { sessions } = schema;

/** Refresh lastUsedAt at most this often, so reads do not write on every request. */
const ACTIVITY_UPDATE_MS = 60_000;

export type ValidSession = { id: string; viewer: Viewer };

export class SessionService {
  constructor(
    private readonly db: Db,
    private readonly inactivityMs: number,
    /** Told whose sessions ended, so their open streams close (on every replica). */
    private readonly revoked: (userId: string) => void = () => {},
  ) {}

  async create(userId: string, userAgent?: string | null): Promise<{ token: string; id: string }> {
    const id = generateSecureRandomString();
    const secret = generateSecureRandomString();
    await this.db
      .insert(sessions)
      .values({ id, secretHash: hashSecret(secret), userId, userAgent: userAgent ?? null });
    return { token: `${id}.${secret}`, id };
  }

  /** Returns the session's viewer, or null when the token is unknown, wrong, expired or the user deactivated. */
  async validate(token: string): Promise<ValidSession | null> {
    const parsed = parseSessionToken(token);
    if (!parsed) return null;
    const row = await this.db.query.sessions.findFirst({
      where: { id: parsed.id },
      columns: { id: true, secretHash: true, lastUsedAt: true },
      // What a Viewer holds, not the password hash or the search vector: this runs on every request.
      with: {
        user: {
          columns: {
            id: true,
            name: true,
            email: true,
            orgUnitId: true,
            locale: true,
            timeZone: true,
            status: true,
          },
          with: { roles: { columns: { role: true } } },
        },
      },
    });
    if (!row || !secretMatches(parsed.secret, row.secretHash)) return null;
    const now = Date.now();
    if (now - row.lastUsedAt.getTime() >= this.inactivityMs || row.user.status !== 'active') {
      await this.invalidate(row.id);
      return null;
    }
    if (now - row.lastUsedAt.getTime() >= ACTIVITY_UPDATE_MS) {
      await this.db
        .update(sessions)
        .set({ lastUsedAt: new Date(now) })
        .where(eq(sessions.id, row.id));
    }
    const { user } = row;
    return {
      id: row.id,
      viewer: {
        id: user.id,
        name: user.name,
        email: user.email,
        roles: new Set(user.roles.map((r) => r.role)),
        orgUnitId: user.orgUnitId,
        locale: user.locale,
        timeZone: user.timeZone,
      },
    };
  }

  async invalidate(sessionId: string): Promise<void> {
    const ended = await this.db
      .delete(sessions)
      .where(eq(sessions.id, sessionId))
      .returning({ userId: sessions.userId });
    for (const { userId } of ended) this.revoked(userId);
  }

  /** Signs a person out everywhere, optionally keeping the session in use. */
  async invalidateAllFor(userId: string, exceptSessionId?: string): Promise<void> {
    await this.db
      .delete(sessions)
      .where(
        exceptSessionId
          ? and(eq(sessions.userId, userId), ne(sessions.id, exceptSessionId))
          : eq(sessions.userId, userId),
      );
    this.revoked(userId);
  }

  async deleteExpired(): Promise<void> {
    await this.db.delete(sessions).where(lt(sessions.lastUsedAt, new Date(Date.now() - this.inactivityMs)));
  }
}
