import { schema as core } from '@levain/db';
import {
  audit,
  authorize,
  type CommunityFacts,
  can,
  NotFoundError,
  type PluginServices,
  ValidationError,
  type Viewer,
} from '@levain/server/plugin';
import { and, eq, inArray } from 'drizzle-orm';
import { charterDocuments } from '../../db/schema';
import { type CharterView, type Localised, loadCharterViews } from './model';

/** A live community the viewer may know exists, or NotFoundError (a secret one stays unnamed). */
export async function visibleCommunity(
  services: PluginServices,
  viewer: Viewer,
  communityId: string,
): Promise<CommunityFacts> {
  const community = (await services.communities.directory(viewer)).find((c) => c.id === communityId);
  if (!community) throw new NotFoundError();
  return community;
}

/**
 * A community adopts a charter of its own (its owners, animators or an admin): it adds articles to
 * the behaviour charter, which still applies. Its first version is published next, by the editor.
 */
export async function adoptCommunityCharter(
  services: PluginServices,
  viewer: Viewer,
  communityId: string,
  title: Localised,
): Promise<string> {
  const community = await visibleCommunity(services, viewer, communityId);
  authorize(viewer, 'charter:edit-community', community);
  return services.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(charterDocuments)
      .values({ kind: 'community', communityId, title })
      .onConflictDoNothing()
      .returning({ id: charterDocuments.id });
    if (!row) throw ValidationError.field('communityId', 'charter:validation.communityHasCharter');
    await audit(tx, viewer.id, 'charter.community-charter-adopted', 'community', communityId, {
      community: community.name,
    });
    return row.id;
  });
}

/** A community the viewer belongs to, its charter if it adopted one, and whether the viewer writes it. */
export type CommunityCharterEntry = {
  community: CommunityFacts;
  charter: CharterView | null;
  canEdit: boolean;
};

/** The viewer's communities (active memberships) with their charters: five statements in all. */
export async function myCommunityCharters(
  services: PluginServices,
  viewer: Viewer,
): Promise<CommunityCharterEntry[]> {
  const { db } = services;
  const directory = await services.communities.directory(viewer);
  const memberships = await db
    .select({ communityId: core.communityMemberships.communityId })
    .from(core.communityMemberships)
    .where(
      and(eq(core.communityMemberships.userId, viewer.id), eq(core.communityMemberships.status, 'active')),
    );
  const mine = new Set(memberships.map((m) => m.communityId));
  const communities = directory.filter((c) => mine.has(c.id));
  const charters = communities.length
    ? await loadCharterViews(
        db,
        viewer.id,
        inArray(
          charterDocuments.communityId,
          communities.map((c) => c.id),
        ),
      )
    : [];
  return communities.map((community) => ({
    community,
    charter: charters.find((c) => c.communityId === community.id) ?? null,
    canEdit: can(viewer, 'charter:edit-community', community),
  }));
}
