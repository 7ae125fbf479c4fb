import { type Db, schema } from '@levain/db';
import { and, eq, isNull } from 'drizzle-orm';
import { audit } from '../audit';
import { hashSecret, secretMatches } from '../auth/session-token';
import { NotAllowedError, NotFoundError, ValidationError } from '../errors';
import { can, type Viewer } from '../permissions';
import { checkScopes, tokenViewer } from './scopes';
import { newApiToken, parseApiToken } from './token-format';

const { apiTokens } = schema;

export const MAX_NAME_LENGTH = 80;
/** A token lives at most a year: an integration forgotten for longer stops on its own. */
export const MAX_LIFETIME_DAYS = 366;
const DAY_MS = 86_400_000;
/** Record the last use at most this often, so reads do not write on every request. */
const LAST_USE_UPDATE_MS = 60_000;

export type ApiTokenRow = typeof apiTokens.$inferSelect;
export type CreateApiTokenInput = { name: string; scopes: string[]; expiresAt: Date };

/**
 * Which tokens a viewer sees and may revoke: every one for admins, their own for the others;
 * `mine` narrows an admin's list to their own (the personal settings page).
 */
export function visibleTokensWhere(viewer: Viewer, mine = false) {
  return can(viewer, 'api-token:manage') && !mine ? {} : { ownerId: viewer.id };
}

/** Admins create tokens; the others only when the organisation allows personal tokens; a token never does. */
export async function mayCreateApiTokens(db: Db, owner: Viewer): Promise<boolean> {
  if (owner.token) return false;
  if (can(owner, 'api-token:manage')) return true;
  const settings = await db.query.organisationSettings.findFirst({ columns: { personalApiTokens: true } });
  return settings?.personalApiTokens ?? false;
}

async function checkMayCreate(db: Db, owner: Viewer): Promise<void> {
  if (owner.token) throw new NotAllowedError();
  if (!(await mayCreateApiTokens(db, owner))) throw new NotAllowedError('error.personalApiTokensOff');
}

function checkInput(input: CreateApiTokenInput, now: number): { name: string; expiresAt: Date } {
  const name = input.name.trim();
  if (name.length === 0 || name.length > MAX_NAME_LENGTH)
    throw ValidationError.field('name', 'validation.apiTokenName', { max: MAX_NAME_LENGTH });
  const expires = input.expiresAt.getTime();
  if (!(expires > now + DAY_MS / 2) || expires > now + MAX_LIFETIME_DAYS * DAY_MS)
    throw ValidationError.field('expiresAt', 'validation.apiTokenExpiry', { days: MAX_LIFETIME_DAYS });
  return { name, expiresAt: input.expiresAt };
}

/** Creates a token for its owner; the secret is in the answer and nowhere else. */
export async function createApiToken(
  db: Db,
  owner: Viewer,
  input: CreateApiTokenInput,
): Promise<{ token: ApiTokenRow; secret: string }> {
  await checkMayCreate(db, owner);
  const { name, expiresAt } = checkInput(input, Date.now());
  const scopes = checkScopes(owner, input.scopes);
  const { id, secret, token } = newApiToken();
  const row = await db.transaction(async (tx) => {
    const [created] = await tx
      .insert(apiTokens)
      .values({ id, secretHash: hashSecret(secret), ownerId: owner.id, name, scopes, expiresAt })
      .returning();
    await audit(tx, owner.id, 'api-token.created', 'api-token', id, { name, scopes });
    return created!;
  });
  return { token: row, secret: token };
}

export async function revokeApiToken(db: Db, viewer: Viewer, id: string): Promise<ApiTokenRow> {
  if (viewer.token) throw new NotAllowedError();
  return db.transaction(async (tx) => {
    const existing = await tx.query.apiTokens.findFirst({ where: { id, ...visibleTokensWhere(viewer) } });
    if (!existing) throw new NotFoundError();
    if (existing.revokedAt) return existing;
    const [revoked] = await tx
      .update(apiTokens)
      .set({ revokedAt: new Date() })
      .where(and(eq(apiTokens.id, id), isNull(apiTokens.revokedAt)))
      .returning();
    await audit(tx, viewer.id, 'api-token.revoked', 'api-token', id, { name: existing.name });
    return revoked ?? existing;
  });
}

/** The viewer a bearer token acts as, or null when it is unknown, wrong, expired, revoked or its owner gone. */
export async function authenticateApiToken(db: Db, bearer: string): Promise<Viewer | null> {
  const parsed = parseApiToken(bearer);
  if (!parsed) return null;
  const row = await db.query.apiTokens.findFirst({
    where: { id: parsed.id },
    columns: { id: true, secretHash: true, scopes: true, expiresAt: true, revokedAt: true, lastUsedAt: true },
    with: {
      owner: {
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
  if (row.revokedAt || row.expiresAt.getTime() <= now || row.owner.status !== 'active') return null;
  if (!row.lastUsedAt || now - row.lastUsedAt.getTime() >= LAST_USE_UPDATE_MS)
    await db
      .update(apiTokens)
      .set({ lastUsedAt: new Date(now) })
      .where(eq(apiTokens.id, row.id));
  const { owner } = row;
  return tokenViewer(
    {
      id: owner.id,
      name: owner.name,
      email: owner.email,
      roles: new Set(owner.roles.map((r) => r.role)),
      orgUnitId: owner.orgUnitId,
      locale: owner.locale,
      timeZone: owner.timeZone,
    },
    row,
  );
}
