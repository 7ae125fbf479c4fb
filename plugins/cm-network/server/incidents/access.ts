import type { Db, Tx } from '@levain/db';
import { authorize, can, hasRole, NotFoundError, type Viewer } from '@levain/server/plugin';
import { and, eq, type SQL, sql } from 'drizzle-orm';
import { cmIncidentMembers, cmIncidents } from '../../db/schema';
import type { IncidentAccess } from '../permissions';
import { isUuid } from '../schema/ids';

/**
 * The same rule as `cm-network:read-incident`, as a SQL predicate on `cm_network_incidents`: the
 * chief CM reads every incident, anyone else only those whose cell they are in.
 */
export function readableIncidentsWhere(viewer: Viewer): SQL {
  if (hasRole(viewer, 'chief_cm')) return sql`true`;
  return sql`exists (select 1 from ${cmIncidentMembers} m where m.incident_id = ${cmIncidents.id} and m.user_id = ${viewer.id})`;
}

export type IncidentRow = typeof cmIncidents.$inferSelect;

/**
 * Loads an incident for an action. One the viewer may not read is "not found", exactly like one
 * that does not exist: its title, even its existence, stay in the cell.
 */
export async function loadIncidentFor(
  db: Db | Tx,
  viewer: Viewer,
  id: string,
  action: 'cm-network:read-incident' | 'cm-network:work-incident' | 'cm-network:lead-incident',
): Promise<IncidentRow & { access: IncidentAccess }> {
  if (!isUuid(id)) throw new NotFoundError();
  const [row] = await db
    .select({ incident: cmIncidents, cellRole: cmIncidentMembers.role })
    .from(cmIncidents)
    .leftJoin(
      cmIncidentMembers,
      and(eq(cmIncidentMembers.incidentId, cmIncidents.id), eq(cmIncidentMembers.userId, viewer.id)),
    )
    .where(eq(cmIncidents.id, id));
  if (!row) throw new NotFoundError();
  const access: IncidentAccess = {
    cellRole: row.cellRole,
    leadId: row.incident.leadId,
    status: row.incident.status,
  };
  if (!can(viewer, 'cm-network:read-incident', access)) throw new NotFoundError();
  authorize(viewer, action, access);
  return { ...row.incident, access };
}
