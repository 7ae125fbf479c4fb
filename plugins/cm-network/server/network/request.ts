import {
  authorize,
  type CommunityFacts,
  type PluginServices,
  type SignedInContext,
} from '@levain/server/plugin';
import type { NetworkAccess } from '../permissions';
import { loadOrgChart, type OrgChart } from './org-chart';
import { heldPositions } from './positions';

/** What every field of a request about the network needs, read once per request. */
export type NetworkView = {
  chart: OrgChart;
  heldUnitIds: string[];
  /** Every live community (for the numbers) … */
  communities: CommunityFacts[];
  /** … and those whose existence the viewer may know (for names). */
  visibleCommunityIds: Set<string>;
  /** Access to a part of the network covering these units. */
  access(unitIds: readonly string[]): NetworkAccess;
};

const views = new WeakMap<object, Promise<NetworkView>>();

async function loadView(ctx: SignedInContext, services: PluginServices): Promise<NetworkView> {
  const viewer = ctx.viewer;
  const [chart, held, communities, visible] = await Promise.all([
    loadOrgChart(ctx.db),
    heldPositions(ctx.db, viewer.id),
    services.communities.directory(),
    services.communities.directory(viewer),
  ]);
  const heldUnitIds = held.map((h) => h.orgUnitId);
  return {
    chart,
    heldUnitIds,
    communities,
    visibleCommunityIds: new Set(visible.map((c) => c.id)),
    access: (unitIds) => ({ paths: unitIds.map((id) => chart.path(id)), heldUnitIds }),
  };
}

/** The network as the viewer may see it; NotAllowedError for people who hold no part of it. */
export async function networkView(ctx: SignedInContext, services: PluginServices): Promise<NetworkView> {
  authorize(ctx.viewer, 'cm-network:read-roster');
  let view = views.get(ctx);
  if (!view) {
    view = loadView(ctx, services);
    views.set(ctx, view);
  }
  const loaded = await view;
  authorize(ctx.viewer, 'cm-network:read-network', { heldUnitIds: loaded.heldUnitIds });
  return loaded;
}

/** Communities attached to any of these units or a unit below them. */
export function communitiesUnder(
  view: Pick<NetworkView, 'chart' | 'communities'>,
  unitId: string,
): CommunityFacts[] {
  const units = view.chart.subtree(unitId);
  return view.communities.filter((c) => c.orgUnitIds.some((id) => units.has(id)));
}
