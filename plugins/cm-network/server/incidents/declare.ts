import { schema as core, type Db } from '@levain/db';
import { type PluginServices, ValidationError, type Viewer } from '@levain/server/plugin';
import { and, eq, inArray } from 'drizzle-orm';
import {
  type CellRole,
  cmIncidentCommunities,
  cmIncidentEvents,
  cmIncidentMembers,
  cmIncidents,
  cmPlaybookSteps,
} from '../../db/schema';
import { PLAYBOOKS } from './playbook';

export type IncidentDeclaration = {
  title: string;
  severity: number;
  communityIds: string[];
  /** The cell besides its lead (the declarer) and the scope's animators, who join as its CMs. */
  members: Array<{ userId: string; role: Exclude<CellRole, 'lead'> }>;
};

/** Checks a declaration before anything is written: every refusal names its field. */
async function validate(db: Db, services: PluginServices, viewer: Viewer, input: IncidentDeclaration) {
  if (!input.title.trim()) throw ValidationError.field('title', 'cm-network:validation.incidentTitle');
  if (!Number.isInteger(input.severity) || input.severity < 1 || input.severity > 3)
    throw ValidationError.field('severity', 'cm-network:validation.severity');
  if (!input.communityIds.length)
    throw ValidationError.field('communityIds', 'cm-network:validation.emptyScope');
  const known = new Map((await services.communities.directory(viewer)).map((c) => [c.id, c]));
  const scope = [...new Set(input.communityIds)].map((id) => known.get(id));
  if (scope.some((c) => !c))
    throw ValidationError.field('communityIds', 'cm-network:validation.unknownCommunity');
  const memberIds = [...new Set(input.members.map((m) => m.userId))];
  const active = memberIds.length
    ? await db
        .select({ id: core.users.id })
        .from(core.users)
        .where(and(inArray(core.users.id, memberIds), eq(core.users.status, 'active')))
    : [];
  if (active.length !== memberIds.length)
    throw ValidationError.field('members', 'cm-network:validation.unknownPerson');
  return scope.map((c) => c!);
}

/**
 * Declares an incident: its scope, its cell (the declarer leads it; the scope's animators join as
 * its CMs), the playbook of its severity with owners and due times, and the first timeline event.
 * Returns the incident's id and who to tell (the cell but the declarer).
 */
export async function declareIncident(
  db: Db,
  services: PluginServices,
  viewer: Viewer,
  input: IncidentDeclaration,
  now = new Date(),
): Promise<{ id: string; notify: string[] }> {
  const scope = await validate(db, services, viewer, input);
  const cell = new Map<string, CellRole>([[viewer.id, 'lead']]);
  for (const c of scope) for (const id of c.animatorIds) if (!cell.has(id)) cell.set(id, 'community_manager');
  for (const m of input.members) if (!cell.has(m.userId)) cell.set(m.userId, m.role);
  const ownerOf = (role: CellRole) => [...cell].find(([, r]) => r === role)?.[0] ?? viewer.id;
  const severity = input.severity as 1 | 2 | 3;

  const id = await db.transaction(async (tx) => {
    const [incident] = await tx
      .insert(cmIncidents)
      .values({
        title: input.title.trim(),
        severity,
        leadId: viewer.id,
        declaredBy: viewer.id,
        declaredAt: now,
      })
      .returning({ id: cmIncidents.id });
    const incidentId = incident!.id;
    await tx.insert(cmIncidentCommunities).values(scope.map((c) => ({ incidentId, communityId: c.id })));
    await tx
      .insert(cmIncidentMembers)
      .values([...cell].map(([userId, role]) => ({ incidentId, userId, role })));
    await tx.insert(cmPlaybookSteps).values(
      PLAYBOOKS[severity].map((step, position) => ({
        incidentId,
        position,
        step: step.step,
        ownerId: ownerOf(step.owner),
        dueAt: new Date(now.getTime() + step.dueAfterMinutes * 60_000),
      })),
    );
    await tx.insert(cmIncidentEvents).values({ incidentId, kind: 'declared', actorId: viewer.id, at: now });
    return incidentId;
  });
  return { id, notify: [...cell.keys()].filter((userId) => userId !== viewer.id) };
}
