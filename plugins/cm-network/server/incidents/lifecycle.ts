import type { Db } from '@levain/db';
import { NotFoundError, type PluginServices, ValidationError, type Viewer } from '@levain/server/plugin';
import { and, eq, isNull } from 'drizzle-orm';
import { cmIncidentCommunities, cmIncidentEvents, cmIncidents, cmPlaybookSteps } from '../../db/schema';
import type { IncidentRow } from './access';
import { pendingCrisisPosts } from './crisis';

/** As long as a holding statement may be: a few sentences, not an article. */
const MAX_STATEMENT = 2_000;

/**
 * The cell's adapted holding statement, kept with the incident and posted by the lead in every
 * community of the scope they may see (the lead's posts are not held: they are the approval).
 * Each post is logged in the timeline.
 */
export async function publishHoldingStatement(
  services: PluginServices,
  viewer: Viewer,
  incident: IncidentRow,
  body: string,
) {
  const text = body.trim();
  if (!text) throw ValidationError.field('body', 'cm-network:validation.holdingStatement');
  if (text.length > MAX_STATEMENT)
    throw ValidationError.field('body', 'cm-network:validation.holdingStatementLength');
  const [scope, directory] = await Promise.all([
    services.db
      .select({ communityId: cmIncidentCommunities.communityId })
      .from(cmIncidentCommunities)
      .where(eq(cmIncidentCommunities.incidentId, incident.id)),
    services.communities.directory(viewer),
  ]);
  const known = new Set(directory.map((c) => c.id));
  const postIds: string[] = [];
  for (const { communityId } of scope.filter((c) => known.has(c.communityId))) {
    const postId = await services.posts.write({
      authorId: viewer.id,
      communityId,
      body: text,
      publishAt: null,
    });
    if (postId) postIds.push(postId);
  }
  await services.db.transaction(async (tx) => {
    await tx
      .update(cmIncidents)
      .set({ holdingStatement: text, holdingStatementAt: new Date() })
      .where(eq(cmIncidents.id, incident.id));
    await tx.insert(cmIncidentEvents).values(
      (postIds.length ? postIds : [null]).map((subjectId) => ({
        incidentId: incident.id,
        kind: 'holding_statement' as const,
        actorId: viewer.id,
        subjectId,
      })),
    );
  });
}

/** Ticks a step of the incident's playbook (once), logged with who did it. */
export async function completePlaybookStep(db: Db, viewer: Viewer, incident: IncidentRow, stepId: string) {
  await db.transaction(async (tx) => {
    const [step] = await tx
      .update(cmPlaybookSteps)
      .set({ doneAt: new Date(), doneBy: viewer.id })
      .where(
        and(
          eq(cmPlaybookSteps.id, stepId),
          eq(cmPlaybookSteps.incidentId, incident.id),
          isNull(cmPlaybookSteps.doneAt),
        ),
      )
      .returning({ id: cmPlaybookSteps.id });
    if (!step) throw new NotFoundError();
    await tx
      .insert(cmIncidentEvents)
      .values({ incidentId: incident.id, kind: 'step_completed', actorId: viewer.id, subjectId: stepId });
  });
}

export type PostMortem = { whatHappened: string; whatWorked: string; whatToChange: string };

/**
 * Closes an incident with its post-mortem: all three parts, and no post left waiting for the lead
 * (closing would leave them unanswered). Crisis mode is lifted everywhere in the scope.
 */
export async function closeIncident(db: Db, viewer: Viewer, incident: IncidentRow, postMortem: PostMortem) {
  const parts = {
    whatHappened: postMortem.whatHappened.trim(),
    whatWorked: postMortem.whatWorked.trim(),
    whatToChange: postMortem.whatToChange.trim(),
  };
  for (const [field, value] of Object.entries(parts))
    if (!value) throw ValidationError.field(`postMortem.${field}`, 'cm-network:validation.postMortem');
  if ((await pendingCrisisPosts(db, incident.id)).length)
    throw ValidationError.field('id', 'cm-network:validation.postsWaiting');
  await db.transaction(async (tx) => {
    await tx
      .update(cmIncidents)
      .set({ ...parts, status: 'closed', closedAt: new Date() })
      .where(eq(cmIncidents.id, incident.id));
    await tx
      .update(cmIncidentCommunities)
      .set({ crisisMode: false })
      .where(eq(cmIncidentCommunities.incidentId, incident.id));
    await tx.insert(cmIncidentEvents).values({ incidentId: incident.id, kind: 'closed', actorId: viewer.id });
  });
}
