import { hasRole, type PermissionRule, type Viewer } from '@levain/server/plugin';

/**
 * What the rules need to know about a part of the board or of the map: the org-unit paths (unit
 * and ancestors) it covers, and the units of the positions the viewer holds now.
 */
export type NetworkAccess = { paths: readonly (readonly string[])[]; heldUnitIds: readonly string[] };

const leadsNetwork = (viewer: Viewer) => hasRole(viewer, 'chief_cm') || hasRole(viewer, 'admin');

/** A CM reads the part of the network under their positions: a country CM their country, a part-time CM their team's communities. */
const holdsPart = (access?: NetworkAccess) =>
  !!access &&
  access.paths.length > 0 &&
  access.paths.some((path) => access.heldUnitIds.some((unitId) => path.includes(unitId)));

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
  /** Whether the viewer may open the map at all: the chief CM, or anyone holding a position. */
  'cm-network:read-network': ((viewer: Viewer, access?: Pick<NetworkAccess, 'heldUnitIds'>) =>
    leadsNetwork(viewer) || (access?.heldUnitIds.length ?? 0) > 0) as PermissionRule,
} satisfies Record<string, PermissionRule>;
