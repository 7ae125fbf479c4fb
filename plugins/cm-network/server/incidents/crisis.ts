import { schema as core, type Db, queryRows } from '@levain/db';
import {
  type Contribution,
  NotFoundError,
  type PluginServices,
  ValidationError,
  type Viewer,
} from '@levain/server/plugin';
import { and, asc, eq, sql } from 'drizzle-orm';
import { cmIncidentCommunities, cmIncidentEvents, cmIncidents } from '../../db/schema';
import type { IncidentRow } from './access';

/** Open incidents with crisis mode on in a community, as SQL (their ids). */
const inCrisis = (communityId: string) =>
  sql`select ic.incident_id from ${cmIncidentCommunities} ic join ${cmIncidents} i on i.id = ic.incident_id
      where ic.community_id = ${communityId} and ic.crisis_mode and i.status = 'open'`;

/**
 * The `holdPost` hook: in crisis mode nobody answers alone. A post in the community by one of its
 * animators or by a CM of the network waits for the cell lead — unless the lead writes it.
 */
export async function holdsPost({ viewer, kind, communityId }: Contribution, { db }: PluginServices) {
  if (kind !== 'post' || !communityId) return false;
  const [row] = await queryRows<{ held: boolean }>(
    db,
    sql`
    select exists (
      select 1 from ${cmIncidents} i where i.id in (${inCrisis(communityId)}) and i.lead_id is distinct from ${viewer.id}
    ) and (
      exists (select 1 from community_memberships m where m.community_id = ${communityId} and m.user_id = ${viewer.id}
              and m.status = 'active' and m.role in ('owner', 'animator'))
      or exists (select 1 from cm_network_assignments a where a.user_id = ${viewer.id} and a.ended_at is null)
    ) as held`,
  );
  return !!row?.held;
}

/** Logs a held post in the timeline of each incident whose crisis mode held it. */
export async function logHeldPost(db: Db, post: { postId: string; communityId: string; authorId: string }) {
  await db.execute(sql`
    insert into ${cmIncidentEvents} (incident_id, kind, actor_id, subject_id)
    select incident_id, 'post_held', ${post.authorId}, ${post.postId} from (${inCrisis(post.communityId)}) held`);
}

/** Turns crisis mode on or off in one community of the incident's scope, logged in its timeline. */
export async function setCrisisMode(
  db: Db,
  viewer: Viewer,
  incident: IncidentRow,
  communityId: string,
  on: boolean,
) {
  await db.transaction(async (tx) => {
    const updated = await tx
      .update(cmIncidentCommunities)
      .set({ crisisMode: on })
      .where(
        and(
          eq(cmIncidentCommunities.incidentId, incident.id),
          eq(cmIncidentCommunities.communityId, communityId),
        ),
      )
      .returning({ communityId: cmIncidentCommunities.communityId });
    if (!updated.length)
      throw ValidationError.field('communityId', 'cm-network:validation.communityNotInScope');
    await tx.insert(cmIncidentEvents).values({
      incidentId: incident.id,
      kind: on ? 'crisis_mode_on' : 'crisis_mode_off',
      actorId: viewer.id,
      subjectId: communityId,
    });
  });
}

/** Posts waiting for the lead in the incident's communities in crisis mode, oldest first (one statement). */
export async function pendingCrisisPosts(db: Db, incidentId: string) {
  return db
    .select({
      id: core.posts.id,
      body: core.posts.body,
      heldAt: core.posts.createdAt,
      author: core.users,
      community: { id: core.communities.id, name: core.communities.name, slug: core.communities.slug },
    })
    .from(core.posts)
    .innerJoin(core.users, eq(core.users.id, core.posts.authorId))
    .innerJoin(core.communities, eq(core.communities.id, core.posts.communityId))
    .innerJoin(
      cmIncidentCommunities,
      and(
        eq(cmIncidentCommunities.communityId, core.posts.communityId),
        eq(cmIncidentCommunities.incidentId, incidentId),
      ),
    )
    .where(
      and(
        eq(core.posts.status, 'pending_approval'),
        eq(core.posts.heldBy, 'cm-network'),
        sql`${core.posts.deletedAt} is null`,
      ),
    )
    .orderBy(asc(core.posts.createdAt), asc(core.posts.id));
}

/**
 * The lead approves a held post of their incident's scope: it is published now and the approval
 * logged. Nobody approves their own post (the point of the cell is a second pair of eyes).
 */
export async function approveCrisisPost(
  services: PluginServices,
  viewer: Viewer,
  incident: IncidentRow,
  postId: string,
) {
  const [pendingPosts, directory] = await Promise.all([
    pendingCrisisPosts(services.db, incident.id),
    services.communities.directory(viewer),
  ]);
  const pending = pendingPosts.find((p) => p.id === postId);
  // A post of a community the lead may not know exists is not theirs to see, nor to approve.
  if (!pending || !directory.some((c) => c.id === pending.community.id)) throw new NotFoundError();
  if (pending.author.id === viewer.id)
    throw ValidationError.field('postId', 'cm-network:validation.ownCrisisPost');
  const released = await services.db.transaction(async (tx) => {
    const post = await services.posts.release(tx, { postId, actorId: viewer.id });
    if (!post) throw ValidationError.field('postId', 'cm-network:validation.postNotWaiting');
    await tx
      .insert(cmIncidentEvents)
      .values({ incidentId: incident.id, kind: 'post_approved', actorId: viewer.id, subjectId: postId });
    return post;
  });
  await services.posts.announce(released);
  return released;
}
