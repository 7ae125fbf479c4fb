import { schema, type Tx } from '@levain/db';
import { eq } from 'drizzle-orm';
import { audit } from '../audit';
import { NotAllowedError, NotFoundError, ValidationError } from '../errors';
import { authorize, can } from '../permissions';
import { type Actor, type CommunityRow, lockCommunity, lockCommunityFor } from './access';
import { assertNoParentCycle, assertOrgUnitsExist } from './hierarchy';
import { insertWithUniqueSlug } from './slug';

/** An admin can bring a deleted community back during this many days; a job purges it afterwards. */
export const RESTORE_DAYS = 30;
const DAY_MS = 86_400_000;

export type CommunitySettings = {
  name: string;
  description: string;
  kind: CommunityRow['kind'];
  visibility: CommunityRow['visibility'];
  joinPolicy: CommunityRow['joinPolicy'];
  requiresApproval: boolean;
  charterUrl: string | null;
  parentId: string | null;
  orgUnitIds: string[];
};

/** Only the animators of a community may hang a sub-community under it; never under itself. */
async function checkParent(tx: Tx, actor: Actor, parentId: string, communityId?: string) {
  const parent = await lockCommunity(tx, actor, parentId).catch((error: unknown) => {
    if (error instanceof NotFoundError)
      throw ValidationError.field('parentId', 'validation.unknownCommunity');
    throw error;
  });
  if (parent.community.deletedAt) throw ValidationError.field('parentId', 'validation.unknownCommunity');
  if (!can(actor.viewer, 'community:update', parent.access))
    throw new NotAllowedError('community.parentNotAnimated');
  if (communityId) await assertNoParentCycle(tx, communityId, parentId);
}

/** Creates the community with its creator as owner. */
export async function createCommunity(tx: Tx, actor: Actor, input: CommunitySettings): Promise<CommunityRow> {
  authorize(actor.viewer, 'community:create');
  if (input.kind === 'official' && !can(actor.viewer, 'community:create-official'))
    throw new NotAllowedError('community.officialReserved');
  if (input.parentId) await checkParent(tx, actor, input.parentId);
  await assertOrgUnitsExist(tx, input.orgUnitIds, 'orgUnitIds');
  const { orgUnitIds, ...settings } = input;
  const community = await insertWithUniqueSlug(tx, input.name, {
    ...settings,
    createdById: actor.viewer.id,
    memberCount: 1,
  });
  await tx
    .insert(schema.communityMemberships)
    .values({ communityId: community.id, userId: actor.viewer.id, role: 'owner', status: 'active' });
  if (orgUnitIds.length)
    await tx
      .insert(schema.communityOrgUnits)
      .values([...new Set(orgUnitIds)].map((orgUnitId) => ({ communityId: community.id, orgUnitId })));
  await audit(tx, actor.viewer.id, 'community.created', 'community', community.id, {
    name: community.name,
    visibility: community.visibility,
  });
  return community;
}

export type CommunityChanges = Partial<Omit<CommunitySettings, 'orgUnitIds' | 'kind'>> & {
  coverPath?: string | null;
};

/** Applies the given changes; returns the cover file the community no longer uses, if any. */
export async function updateCommunity(
  tx: Tx,
  actor: Actor,
  communityId: string,
  changes: CommunityChanges,
): Promise<{ previousCover: string | null }> {
  const { community } = await lockCommunityFor(tx, actor, communityId, 'community:update');
  if (changes.parentId) await checkParent(tx, actor, changes.parentId, communityId);
  await tx
    .update(schema.communities)
    .set({ ...changes, updatedAt: new Date() })
    .where(eq(schema.communities.id, communityId));
  await audit(tx, actor.viewer.id, 'community.updated', 'community', communityId, {
    fields: Object.keys(changes),
  });
  const coverReplaced = changes.coverPath !== undefined && community.coverPath !== changes.coverPath;
  return { previousCover: coverReplaced ? community.coverPath : null };
}

/** An archived community stays readable; the rules refuse posts, comments, reactions and joins. */
export async function setArchived(tx: Tx, actor: Actor, communityId: string, archived: boolean) {
  await lockCommunityFor(tx, actor, communityId, 'community:update');
  await tx
    .update(schema.communities)
    .set({ archivedAt: archived ? new Date() : null, updatedAt: new Date() })
    .where(eq(schema.communities.id, communityId));
  await audit(
    tx,
    actor.viewer.id,
    archived ? 'community.archived' : 'community.unarchived',
    'community',
    communityId,
  );
}

/** Soft delete: the community disappears from every path at once and can be restored for 30 days. */
export async function softDeleteCommunity(tx: Tx, actor: Actor, communityId: string) {
  const { community } = await lockCommunityFor(tx, actor, communityId, 'community:delete');
  await tx
    .update(schema.communities)
    .set({ deletedAt: new Date(), deletedById: actor.viewer.id })
    .where(eq(schema.communities.id, communityId));
  await audit(tx, actor.viewer.id, 'community.deleted', 'community', communityId, { name: community.name });
}

export async function restoreCommunity(tx: Tx, actor: Actor, communityId: string) {
  authorize(actor.viewer, 'community:restore');
  const { community } = await lockCommunity(tx, actor, communityId);
  if (!community.deletedAt) return;
  if (Date.now() - community.deletedAt.getTime() > RESTORE_DAYS * DAY_MS)
    throw new NotAllowedError('community.restoreExpired');
  await tx
    .update(schema.communities)
    .set({ deletedAt: null, deletedById: null, updatedAt: new Date() })
    .where(eq(schema.communities.id, communityId));
  await audit(tx, actor.viewer.id, 'community.restored', 'community', communityId, { name: community.name });
}
