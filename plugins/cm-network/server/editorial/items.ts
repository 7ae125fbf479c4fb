import type { Db } from '@levain/db';
import {
  authorize,
  NotFoundError,
  type PluginServices,
  ValidationError,
  type Viewer,
} from '@levain/server/plugin';
import { and, eq, inArray } from 'drizzle-orm';
import { cmEditorialItems } from '../../db/schema';
import { heldPositions } from '../network/positions';
import { isUuid } from '../schema/ids';

export type EditorialItem = typeof cmEditorialItems.$inferSelect;
type Status = EditorialItem['status'];

/** The network's CMs: the chief CM and whoever holds a position now. */
export async function networkAccess(db: Db, viewer: Viewer) {
  const held = await heldPositions(db, viewer.id);
  return { heldUnitIds: held.map((h) => h.orgUnitId) };
}

/** As long as the form lets a title be. */
const MAX_TITLE = 200;

export type EditorialPlan = { title: string; communityId: string; targetAt: Date };

/** Plans an item the viewer owns, in a community they may see; every refusal names its field. */
export async function planItem(db: Db, services: PluginServices, viewer: Viewer, plan: EditorialPlan) {
  authorize(viewer, 'cm-network:plan-editorial', await networkAccess(db, viewer));
  if (!plan.title.trim()) throw ValidationError.field('title', 'cm-network:validation.editorialTitle');
  if (plan.title.trim().length > MAX_TITLE)
    throw ValidationError.field('title', 'cm-network:validation.editorialTitleLength');
  if (Number.isNaN(plan.targetAt.getTime()))
    throw ValidationError.field('targetAt', 'cm-network:validation.editorialDate');
  const known = (await services.communities.directory(viewer)).some((c) => c.id === plan.communityId);
  if (!known) throw ValidationError.field('communityId', 'cm-network:validation.unknownCommunity');
  const [item] = await db
    .insert(cmEditorialItems)
    .values({
      title: plan.title.trim(),
      communityId: plan.communityId,
      ownerId: viewer.id,
      targetAt: plan.targetAt,
    })
    .returning();
  return item!;
}

/** The item, for its owner or a validator of its community; "not found" for anyone else. */
async function loadItem(db: Db, services: PluginServices, viewer: Viewer, id: string) {
  if (!isUuid(id)) throw new NotFoundError();
  const [item] = await db.select().from(cmEditorialItems).where(eq(cmEditorialItems.id, id));
  if (!item) throw new NotFoundError();
  const community = (await services.communities.directory(viewer)).find((c) => c.id === item.communityId);
  if (!community) throw new NotFoundError();
  return { item, access: { ownerId: item.ownerId, animatorIds: community.animatorIds } };
}

/** Moves an item from one of `from` to its next state, only if it is still there (two clicks cannot both win). */
async function move(db: Db, id: string, from: Status[], set: Partial<EditorialItem>) {
  const [moved] = await db
    .update(cmEditorialItems)
    .set(set)
    .where(and(eq(cmEditorialItems.id, id), inArray(cmEditorialItems.status, from)))
    .returning();
  if (!moved) throw ValidationError.field('id', 'cm-network:validation.editorialState');
  return moved;
}

/** The owner submits the item's text for validation (first time, or after it was returned). */
export async function submitItem(db: Db, services: PluginServices, viewer: Viewer, id: string, body: string) {
  const { item, access } = await loadItem(db, services, viewer, id);
  authorize(viewer, 'cm-network:submit-editorial', access);
  if (!body.trim()) throw ValidationError.field('body', 'cm-network:validation.editorialBody');
  const moved = await move(db, item.id, ['planned', 'returned'], { status: 'submitted', body: body.trim() });
  return { item: moved, notify: access.animatorIds.filter((u) => u !== viewer.id) };
}

/** A validator returns the item to its owner with comments. */
export async function returnItem(
  db: Db,
  services: PluginServices,
  viewer: Viewer,
  id: string,
  comment: string,
) {
  const { item, access } = await loadItem(db, services, viewer, id);
  authorize(viewer, 'cm-network:validate-editorial', access);
  if (!comment.trim()) throw ValidationError.field('comment', 'cm-network:validation.editorialReturnComment');
  const moved = await move(db, item.id, ['submitted'], {
    status: 'returned',
    returnComment: comment.trim(),
    decidedBy: viewer.id,
    decidedAt: new Date(),
  });
  return { item: moved, notify: [item.ownerId] };
}

/**
 * A validator approves: the item is written as its owner's post through the core (their rights,
 * the community's rules), scheduled at its date or published now when the date has passed.
 */
export async function approveItem(
  db: Db,
  services: PluginServices,
  viewer: Viewer,
  id: string,
  now = new Date(),
) {
  const { item, access } = await loadItem(db, services, viewer, id);
  authorize(viewer, 'cm-network:validate-editorial', access);
  const approved = await move(db, item.id, ['submitted'], {
    status: 'approved',
    decidedBy: viewer.id,
    decidedAt: now,
  });
  const postId = await services.posts.write({
    authorId: item.ownerId,
    communityId: item.communityId,
    body: approved.body!,
    publishAt: item.targetAt > now ? item.targetAt : null,
  });
  const [linked] = await db
    .update(cmEditorialItems)
    .set({ postId, ...(item.targetAt <= now && postId && { status: 'published' as const }) })
    .where(eq(cmEditorialItems.id, item.id))
    .returning();
  return { item: linked!, notify: [item.ownerId] };
}

/** A scheduled item's post went out: the calendar shows it published. */
export async function markPublished(db: Db, postId: string) {
  await db
    .update(cmEditorialItems)
    .set({ status: 'published' })
    .where(and(eq(cmEditorialItems.postId, postId), eq(cmEditorialItems.status, 'approved')));
}
