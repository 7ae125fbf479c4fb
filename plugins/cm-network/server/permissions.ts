import { hasRole, type PermissionRule, type Viewer } from '@levain/server/plugin';
import type { CellRole } from '../db/schema';

/**
 * What the rules need to know about a part of the board or of the map: the org-unit paths (unit
 * and ancestors) it covers, and the units of the positions the viewer holds now.
 */
export type NetworkAccess = { paths: readonly (readonly string[])[]; heldUnitIds: readonly string[] };

/** What `viewerFacts` states about a viewer who holds positions now (the navigation's question). */
export const HOLDS_POSITION = 'cm-network:holds-position';
export const PART_TIME_CM = 'cm-network:part-time-cm';

const leadsNetwork = (viewer: Viewer) => hasRole(viewer, 'chief_cm') || hasRole(viewer, 'admin');

/** A CM reads the part of the network under their positions: a country CM their country, a part-time CM their team's communities. */
const holdsPart = (access?: NetworkAccess) =>
  !!access &&
  access.paths.length > 0 &&
  access.paths.some((path) => access.heldUnitIds.some((unitId) => path.includes(unitId)));

/** Whether the viewer holds a position now: from the positions read with the request, else from the viewer's facts. */
const holdsAny = (viewer: Viewer, access?: Pick<NetworkAccess, 'heldUnitIds'>) =>
  access ? access.heldUnitIds.length > 0 : !!viewer.facts?.has(HOLDS_POSITION);

/** The chief CM, or a CM holding a position now. */
const holdsPosition = ((viewer: Viewer, access?: Pick<NetworkAccess, 'heldUnitIds'>) =>
  hasRole(viewer, 'chief_cm') || holdsAny(viewer, access)) as PermissionRule;

export const cmNetworkPermissions = {
  /** Everyone may see who their community managers are. */
  'cm-network:read-roster': () => true,
  /** Positions, assignments and the network's own community: the chief CM and admins. */
  'cm-network:manage-roster': leadsNetwork as PermissionRule,
  /** Targets of the monthly board. */
  'cm-network:manage-board': leadsNetwork as PermissionRule,
  /**
   * The map and the board: the whole network for the chief CM; the part under their positions for
   * a CM (asked without a resource, as the navigation does, only the chief CM's answer is known).
   */
  'cm-network:read-board': ((viewer: Viewer, access?: NetworkAccess) =>
    leadsNetwork(viewer) || holdsPart(access)) as PermissionRule,
  /** Whether the viewer may open the map, the board and the reports at all: the chief CM, or anyone holding a position. */
  'cm-network:read-network': ((viewer: Viewer, access?: Pick<NetworkAccess, 'heldUnitIds'>) =>
    leadsNetwork(viewer) || holdsAny(viewer, access)) as PermissionRule,
  /** Monthly reports: the chief CM all, a CM those under their positions (like the board). */
  'cm-network:read-reports': ((viewer: Viewer, access?: NetworkAccess) =>
    leadsNetwork(viewer) || holdsPart(access)) as PermissionRule,
  /** Submitting a position's report: its current holder (asked without one, nobody's answer is known). */
  'cm-network:submit-report': ((viewer: Viewer, position?: { holderId: string | null }) =>
    !!position && position.holderId === viewer.id) as PermissionRule,
  /** Validating or returning reports: the chief CM and admins. */
  'cm-network:review-reports': leadsNetwork as PermissionRule,
  /**
   * A part-time CM's workload: the person themselves and the chief CM (for their CM work only);
   * asked without a person, as the navigation does: the chief CM, or a part-time CM (their own).
   */
  'cm-network:read-workload': ((viewer: Viewer, subject?: { userId: string }) =>
    leadsNetwork(viewer) ||
    (subject ? subject.userId === viewer.id : !!viewer.facts?.has(PART_TIME_CM))) as PermissionRule,
  /** Declaring an incident: the chief CM, or a CM holding a position (asked without one, only the chief CM's answer is known). */
  'cm-network:declare-incident': holdsPosition,
  /** The address of an incident's page: anyone may open it, its query answers whether they see it. */
  'cm-network:open-incident': () => true,
  /** An incident, its title included: its cell and the chief CM, nobody else (`readableIncidentsWhere`). */
  'cm-network:read-incident': ((viewer: Viewer, incident?: IncidentAccess) =>
    hasRole(viewer, 'chief_cm') || !!incident?.cellRole) as PermissionRule,
  /** Ticking playbook steps: the cell, while the incident is open. */
  'cm-network:work-incident': ((_viewer: Viewer, incident?: IncidentAccess) =>
    incident?.status === 'open' && !!incident.cellRole) as PermissionRule,
  /** Crisis mode, approvals, the holding statement and closing: the lead alone, while it is open. */
  'cm-network:lead-incident': ((viewer: Viewer, incident?: IncidentAccess) =>
    incident?.status === 'open' && incident.leadId === viewer.id) as PermissionRule,
  /** The editorial calendar and watch lists: the chief CM and the network's CMs (`networkAccess`). */
  'cm-network:plan-editorial': holdsPosition,
  'cm-network:watch': holdsPosition,
  /** Submitting an editorial item's text: its owner. */
  'cm-network:submit-editorial': ((viewer: Viewer, item?: EditorialAccess) =>
    !!item && item.ownerId === viewer.id) as PermissionRule,
  /** The validation chain: the community's animators and the chief CM, never the item's owner. */
  'cm-network:validate-editorial': ((viewer: Viewer, item?: EditorialAccess) =>
    !!item &&
    item.ownerId !== viewer.id &&
    (hasRole(viewer, 'chief_cm') || item.animatorIds.includes(viewer.id))) as PermissionRule,
} satisfies Record<string, PermissionRule>;

/** What the editorial rules need: the item's owner and its community's animators. */
export type EditorialAccess = { ownerId: string; animatorIds: readonly string[] };

/** What the incident rules need: the viewer's place in its cell (null: none), its lead and status. */
export type IncidentAccess = { cellRole: CellRole | null; leadId: string | null; status: 'open' | 'closed' };
