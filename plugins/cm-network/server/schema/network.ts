import type { schema as core } from '@levain/db';
import { authorize, type CommunityFacts, can, type PluginSchema } from '@levain/server/plugin';
import { buildMap, type MapCell, type MapDirection, type NetworkMap } from '../network/map';
import type { Unit } from '../network/org-chart';
import { type Assignment, loadHistory, loadPositions, type Position } from '../network/positions';
import { networkView } from '../network/request';
import { loadRoster } from '../roster';
import type { rosterSchema } from './roster';

const asOrgUnit = (unit: Unit) => unit as typeof core.orgUnits.$inferSelect;

/** `cmNetwork { members, positions, map }`: the roster for everyone, positions and the map for the network. */
export function networkSchema(schema: PluginSchema, { Role, Kind }: ReturnType<typeof rosterSchema>) {
  const { builder, queryField, core: refs, services } = schema;
  const TimeBasis = builder.enumType('CmTimeBasis', {
    values: { FULL_TIME: { value: 'full_time' }, PART_TIME: { value: 'part_time' } } as const,
  });
  const Status = builder.enumType('CmStatus', {
    description:
      'A line against its target: GREEN on target, AMBER within 20 %, RED beyond, NONE without a target.',
    values: ['RED', 'AMBER', 'GREEN', 'NONE'] as const,
  });

  const AssignmentRef = builder.objectRef<Assignment>('CmAssignment').implement({
    description: 'A person on a position from a date, until another date or until now.',
    fields: (t) => ({
      id: t.exposeID('id'),
      user: t.field({ type: refs.User, resolve: (a) => a.user }),
      startedAt: t.field({ type: 'DateTime', resolve: (a) => a.startedAt }),
      endedAt: t.field({ type: 'DateTime', nullable: true, resolve: (a) => a.endedAt }),
    }),
  });

  /** A position with the history of the list it came in (read with it: one statement for the list). */
  type PositionWithAll = Position & { history: Assignment[] };
  const PositionRef = builder.objectRef<PositionWithAll>('CmPosition').implement({
    description: 'A place in the CM network on an org unit, full-time or part-time with a declared share.',
    fields: (t) => ({
      id: t.exposeID('id'),
      orgUnit: t.field({ type: refs.OrgUnit, resolve: (p) => p.orgUnit }),
      kind: t.expose('kind', { type: Kind }),
      timeBasis: t.expose('timeBasis', { type: TimeBasis }),
      shareOfTimePercent: t.exposeInt('shareOfTimePercent'),
      holder: t.field({ type: refs.User, nullable: true, resolve: (p) => p.holder?.user ?? null }),
      holderSince: t.field({ type: 'DateTime', nullable: true, resolve: (p) => p.holder?.startedAt ?? null }),
      history: t.field({
        type: [AssignmentRef],
        description: 'Who held it when, newest first.',
        resolve: (p) => p.history.filter((a) => a.positionId === p.id),
      }),
    }),
  });

  const Direction = builder.objectRef<MapDirection>('CmMapDirection').implement({
    fields: (t) => ({ key: t.exposeString('key'), name: t.exposeString('name') }),
  });
  const Cell = builder.objectRef<MapCell & { history: Assignment[] }>('CmMapCell').implement({
    description: 'A country × direction: its CMs and the health of its last complete month.',
    fields: (t) => ({
      country: t.field({ type: refs.OrgUnit, resolve: (c) => asOrgUnit(c.country) }),
      direction: t.field({ type: Direction, resolve: (c) => c.direction }),
      orgUnit: t.field({ type: refs.OrgUnit, resolve: (c) => asOrgUnit(c.unit) }),
      positions: t.withAuth({ signedIn: true }).field({
        type: [PositionRef],
        resolve: (c) => c.positions.map((p) => ({ ...p, history: c.history })),
      }),
      health: t.field({ type: Status, resolve: (c) => c.status }),
    }),
  });
  const Community = builder.objectRef<CommunityFacts>('CmCommunity').implement({
    description: 'A community as the network sees it (only those the viewer may know exist).',
    fields: (t) => ({
      id: t.exposeID('id'),
      slug: t.exposeString('slug'),
      name: t.exposeString('name'),
    }),
  });
  const MapRef = builder.objectRef<NetworkMap & { history: Assignment[] }>('CmNetworkMap').implement({
    description: 'Countries × directions with their CMs and health, and the gaps of the network.',
    fields: (t) => ({
      month: t.string({
        description: 'The month the health colours come from.',
        resolve: (m) => m.month.key,
      }),
      countries: t.field({ type: [refs.OrgUnit], resolve: (m) => m.countries.map(asOrgUnit) }),
      directions: t.field({ type: [Direction], resolve: (m) => m.directions }),
      cells: t.field({ type: [Cell], resolve: (m) => m.cells.map((c) => ({ ...c, history: m.history })) }),
      positionsWithoutCm: t.field({
        type: [PositionRef],
        resolve: (m) => m.positionsWithoutCm.map((p) => ({ ...p, history: m.history })),
      }),
      communitiesWithoutAnimator: t.field({
        type: [Community],
        resolve: (m) => m.communitiesWithoutAnimator,
      }),
      academyAvailable: t.exposeBoolean('academyAvailable', {
        description:
          'Whether the chief CM named the CM academy (a learning path), so its progress can be shown.',
      }),
      cmsWithoutAcademy: t.field({
        type: [refs.User],
        description:
          'CMs of the positions shown who have not started the CM academy (no lesson done, no quiz tried).',
        resolve: (m) => m.cmsWithoutAcademy,
      }),
    }),
  });

  /** Positions the viewer may see: all for the chief CM, those under their own positions for a CM. */
  const visiblePositions = async (ctx: Parameters<typeof networkView>[0]) => {
    const view = await networkView(ctx, services);
    const all = await loadPositions(ctx.db);
    const positions = all.filter((p) => can(ctx.viewer, 'cm-network:read-board', view.access([p.orgUnitId])));
    return { view, positions };
  };

  const Network = builder.objectRef<Record<string, never>>('CmNetwork').implement({
    description: 'The network of community managers led by the chief CM.',
    fields: (t) => ({
      members: t.field({ type: [Role], resolve: (_network, _args, ctx) => loadRoster(ctx.db) }),
      positions: t.withAuth({ signedIn: true }).field({
        type: [PositionRef],
        description: 'Positions (filled or vacant) the viewer may see; employees get NotAllowedError.',
        resolve: async (_n, _a, ctx) => {
          const { positions } = await visiblePositions(ctx);
          const history = await loadHistory(
            ctx.db,
            positions.map((p) => p.id),
          );
          return positions.map((p) => ({ ...p, history }));
        },
      }),
      map: t.withAuth({ signedIn: true }).field({
        type: MapRef,
        description: 'Countries × directions, health and gaps; employees get NotAllowedError.',
        resolve: async (_n, _a, ctx) => {
          const { view, positions } = await visiblePositions(ctx);
          const [map, history] = await Promise.all([
            buildMap(ctx, services, view, positions),
            loadHistory(
              ctx.db,
              positions.map((p) => p.id),
            ),
          ]);
          return { ...map, history };
        },
      }),
    }),
  });

  queryField('cmNetwork', (t) =>
    t.withAuth({ signedIn: true }).field({
      type: Network,
      resolve: (_root, _args, ctx) => {
        authorize(ctx.viewer, 'cm-network:read-roster');
        return {};
      },
    }),
  );
  return { PositionRef, TimeBasis, Status, visiblePositions };
}
