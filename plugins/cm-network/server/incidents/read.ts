import { schema as core, type Db } from '@levain/db';
import type { PluginServices, Viewer } from '@levain/server/plugin';
import { and, asc, desc, eq, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import {
  cmIncidentCommunities,
  cmIncidentEvents,
  cmIncidentMembers,
  cmIncidents,
  cmPlaybookSteps,
} from '../../db/schema';
import { localId } from '../schema/ids';
import type { Keyset } from '../schema/page';
import { type IncidentRow, readableIncidentsWhere } from './access';
import { pendingCrisisPosts } from './crisis';

/** An incident id as the API takes it; anything else is an unknown incident. */
export const incidentId = (id: string | number) => localId(id);

/**
 * A page of the incidents the viewer may read, newest first, after `page.after`, with their lead and
 * how many posts wait for approval: one statement whatever the page's size.
 */
export async function listIncidents(
  db: Db,
  viewer: Viewer,
  status: 'open' | 'closed' | null,
  page: { first: number; after: Keyset | null },
) {
  const pending = sql<number>`(select count(*)::int from ${cmIncidentCommunities} ic
    join posts p on p.community_id = ic.community_id
    where ic.incident_id = ${cmIncidents.id} and p.status = 'pending_approval' and p.held_by = 'cm-network' and p.deleted_at is null)`;
  return db
    .select({
      incident: cmIncidents,
      at: sql<string>`${cmIncidents.declaredAt}::text`,
      lead: core.users,
      pendingPostCount: pending,
    })
    .from(cmIncidents)
    .leftJoin(core.users, eq(core.users.id, cmIncidents.leadId))
    .where(
      and(
        readableIncidentsWhere(viewer),
        status ? eq(cmIncidents.status, status) : undefined,
        page.after
          ? sql`(${cmIncidents.declaredAt}, ${cmIncidents.id}) < (${page.after.at}::timestamptz, ${page.after.id}::uuid)`
          : undefined,
      ),
    )
    .orderBy(desc(cmIncidents.declaredAt), desc(cmIncidents.id))
    .limit(page.first + 1);
}

/** The most timeline events one incident answers (and its export holds): weeks of a busy crisis. */
const MAX_TIMELINE = 2_000;

const owners = alias(core.users, 'owner');

/** The cell, the scope, the playbook, the timeline and the held posts of one incident: five statements. */
async function incidentDetails(db: Db, incidentId: string) {
  const [cell, communities, playbook, timeline, pendingPosts] = await Promise.all([
    db
      .select({ role: cmIncidentMembers.role, user: core.users })
      .from(cmIncidentMembers)
      .innerJoin(core.users, eq(core.users.id, cmIncidentMembers.userId))
      .where(eq(cmIncidentMembers.incidentId, incidentId))
      .orderBy(asc(core.users.name)),
    db
      .select({
        id: core.communities.id,
        name: core.communities.name,
        slug: core.communities.slug,
        crisisMode: cmIncidentCommunities.crisisMode,
      })
      .from(cmIncidentCommunities)
      .innerJoin(core.communities, eq(core.communities.id, cmIncidentCommunities.communityId))
      .where(eq(cmIncidentCommunities.incidentId, incidentId))
      .orderBy(asc(core.communities.name)),
    db
      .select({ step: cmPlaybookSteps, owner: owners })
      .from(cmPlaybookSteps)
      .leftJoin(owners, eq(owners.id, cmPlaybookSteps.ownerId))
      .where(eq(cmPlaybookSteps.incidentId, incidentId))
      .orderBy(asc(cmPlaybookSteps.position)),
    db
      .select({ event: cmIncidentEvents, actor: core.users })
      .from(cmIncidentEvents)
      .leftJoin(core.users, eq(core.users.id, cmIncidentEvents.actorId))
      .where(eq(cmIncidentEvents.incidentId, incidentId))
      .orderBy(asc(cmIncidentEvents.at), asc(cmIncidentEvents.id))
      .limit(MAX_TIMELINE),
    pendingCrisisPosts(db, incidentId),
  ]);
  return { cell, communities, playbook, timeline, pendingPosts };
}

export type IncidentView = IncidentRow &
  Awaited<ReturnType<typeof incidentDetails>> & {
    lead: typeof core.users.$inferSelect | null;
    viewerIsLead: boolean;
    hiddenCommunityCount: number;
  };

/**
 * One incident as its page shows it (its cell and the chief CM only: the caller loaded it for them).
 * Of its scope, only the communities the permission module lets the viewer know exist are named,
 * and only their held posts shown: a secret community stays secret inside the cell too.
 */
export async function viewIncident(
  services: PluginServices,
  viewer: Viewer,
  incident: IncidentRow,
): Promise<IncidentView> {
  const [details, directory] = await Promise.all([
    incidentDetails(services.db, incident.id),
    services.communities.directory(viewer),
  ]);
  const known = new Set(directory.map((c) => c.id));
  const communities = details.communities.filter((c) => known.has(c.id));
  const lead = details.cell.find((m) => m.user.id === incident.leadId)?.user ?? null;
  return {
    ...incident,
    ...details,
    communities,
    pendingPosts: details.pendingPosts.filter((p) => known.has(p.community.id)),
    hiddenCommunityCount: details.communities.length - communities.length,
    lead,
    viewerIsLead: incident.leadId === viewer.id,
  };
}
