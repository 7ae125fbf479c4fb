import { schema as core, type Db } from '@levain/db';
import {
  authorize,
  type CommunityFacts,
  can,
  type PluginServices,
  ValidationError,
  type Viewer,
} from '@levain/server/plugin';
import { and, asc, eq, gte, inArray, lt, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { cmEditorialItems } from '../../db/schema';
import { networkAccess } from './items';

/** The longest period one calendar request covers: a month view with its edges. */
const MAX_DAYS = 62;

export type CalendarScope = { communityId?: string | null; orgUnitId?: string | null };

/**
 * The network's editorial calendar in [from, to): the items of the communities the viewer may see,
 * narrowed to a community or an org unit (a country, a direction). A constant number of statements.
 */
export async function editorialCalendar(
  db: Db,
  services: PluginServices,
  viewer: Viewer,
  period: { from: Date; to: Date },
  scope: CalendarScope,
) {
  authorize(viewer, 'cm-network:plan-editorial', await networkAccess(db, viewer));
  const days = (period.to.getTime() - period.from.getTime()) / 86_400_000;
  if (!(days > 0)) throw ValidationError.field('to', 'cm-network:validation.calendarOrder');
  if (days > MAX_DAYS) throw ValidationError.field('to', 'cm-network:validation.calendarLength');
  const communities = (await services.communities.directory(viewer)).filter(
    (c) =>
      (!scope.communityId || c.id === scope.communityId) &&
      (!scope.orgUnitId || c.orgUnitIds.includes(scope.orgUnitId)),
  );
  return viewItems(
    db,
    viewer,
    communities,
    and(gte(cmEditorialItems.targetAt, period.from), lt(cmEditorialItems.targetAt, period.to)),
  );
}

/** Items of these communities (already filtered to those the viewer may see) meeting `where`, in date order. */
export async function viewItems(db: Db, viewer: Viewer, communities: CommunityFacts[], where?: SQL) {
  if (!communities.length) return [];
  const byId = new Map(communities.map((c) => [c.id, c]));
  const owner = alias(core.users, 'owner');
  const rows = await db
    .select({ item: cmEditorialItems, owner })
    .from(cmEditorialItems)
    .innerJoin(owner, eq(owner.id, cmEditorialItems.ownerId))
    .where(and(inArray(cmEditorialItems.communityId, [...byId.keys()]), where))
    .orderBy(asc(cmEditorialItems.targetAt), asc(cmEditorialItems.id));
  return rows.map((r) => ({
    ...r.item,
    owner: r.owner,
    community: byId.get(r.item.communityId)!,
    viewerMayValidate: can(viewer, 'cm-network:validate-editorial', {
      ownerId: r.item.ownerId,
      animatorIds: byId.get(r.item.communityId)!.animatorIds,
    }),
  }));
}

export type CalendarItem = Awaited<ReturnType<typeof viewItems>>[number];
