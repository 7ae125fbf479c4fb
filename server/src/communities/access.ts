import { type Db, schema, type Tx } from '@levain/db';
import { and, eq } from 'drizzle-orm';
import type { Context } from '../context';
import { NotFoundError } from '../errors';
import { authorize, type CommunityAccess, type CoreAction, can, type Viewer } from '../permissions';

/** The signed-in person a write acts for. */
export type Actor = { viewer: Viewer };

export type CommunityRow = typeof schema.communities.$inferSelect;
export type MembershipRow = typeof schema.communityMemberships.$inferSelect;

/** The columns the rules read; every Community object carries them (type-level selection). */
export type CommunityState = Pick<
  CommunityRow,
  'id' | 'visibility' | 'joinPolicy' | 'archivedAt' | 'deletedAt'
>;

export function communityAccess(
  community: CommunityState,
  membership: Pick<MembershipRow, 'role' | 'status' | 'suspendedUntil'> | null,
): CommunityAccess {
  return {
    visibility: community.visibility,
    joinPolicy: community.joinPolicy,
    archivedAt: community.archivedAt,
    deletedAt: community.deletedAt,
    membership: membership && {
      role: membership.role,
      status: membership.status,
      suspendedUntil: membership.suspendedUntil,
    },
  };
}

type Loaded = { at: number; memberships: Promise<Map<string, MembershipRow>> };
const viewerMembershipCache = new WeakMap<object, Loaded>();
/** A subscription keeps one context for hours: its events must not read memberships that old. */
const MAX_AGE_MS = 10_000;

/**
 * Every membership of the viewer, read once per request: one statement answers the rules for all
 * the communities an operation touches, whatever the page size.
 */
export function viewerMemberships(ctx: Context): Promise<Map<string, MembershipRow>> {
  const cached = viewerMembershipCache.get(ctx);
  if (cached && Date.now() - cached.at < MAX_AGE_MS) return cached.memberships;
  const viewerId = ctx.viewer?.id;
  const memberships = viewerId
    ? ctx.db
        .select()
        .from(schema.communityMemberships)
        .where(eq(schema.communityMemberships.userId, viewerId))
        .then((rows) => new Map(rows.map((row) => [row.communityId, row])))
    : Promise.resolve(new Map<string, MembershipRow>());
  viewerMembershipCache.set(ctx, { at: Date.now(), memberships });
  return memberships;
}

/** After a write the request reads the viewer's memberships afresh (the mutation's result shows them). */
export function forgetViewerMemberships(ctx: Context): void {
  viewerMembershipCache.delete(ctx);
}

export async function viewerAccess(ctx: Context, community: CommunityState): Promise<CommunityAccess> {
  const memberships = await viewerMemberships(ctx);
  return communityAccess(community, memberships.get(community.id) ?? null);
}

/** What a write needs: the community row locked for the transaction, and the viewer's place in it. */
export type LockedCommunity = {
  community: CommunityRow;
  membership: MembershipRow | null;
  access: CommunityAccess;
};

/**
 * Locks the community row so membership changes of one community run one after the other (the
 * member count and the "always an owner" rule stay right), and loads the actor's membership.
 * A community the actor may not see is reported as not found, exactly like a missing one.
 */
export async function lockCommunity(
  tx: Tx | Db,
  ctx: Pick<Context, 'viewer'>,
  communityId: string,
): Promise<LockedCommunity> {
  const [community] = await tx
    .select()
    .from(schema.communities)
    .where(eq(schema.communities.id, communityId))
    .for('update');
  if (!community) throw new NotFoundError();
  const membership = ctx.viewer ? await findMembership(tx, communityId, ctx.viewer.id) : null;
  const access = communityAccess(community, membership);
  if (!can(ctx.viewer, 'community:see', access)) throw new NotFoundError();
  return { community, membership, access };
}

/** Locks the community, then checks the actor may do `action` there. */
export async function lockCommunityFor(
  tx: Tx | Db,
  ctx: Pick<Context, 'viewer'>,
  communityId: string,
  action: CoreAction,
): Promise<LockedCommunity> {
  const locked = await lockCommunity(tx, ctx, communityId);
  authorize(ctx.viewer, action, locked.access);
  return locked;
}

export async function findMembership(tx: Tx | Db, communityId: string, userId: string) {
  const [membership] = await tx
    .select()
    .from(schema.communityMemberships)
    .where(
      and(
        eq(schema.communityMemberships.communityId, communityId),
        eq(schema.communityMemberships.userId, userId),
      ),
    );
  return membership ?? null;
}
