import { authorize, type PluginSchema } from '@levain/server/plugin';
import { eq } from 'drizzle-orm';
import { cmPositions } from '../../db/schema';
import { assignPosition, createPosition } from '../network/assign';
import { loadHistory, loadPositions } from '../network/positions';
import { localId } from './ids';
import type { networkSchema } from './network';
import type { rosterSchema } from './roster';

/** The chief CM's writes on the network: create positions, put people on them. */
export function positionsSchema(
  { mutationField, core: refs, services }: PluginSchema,
  { Kind }: ReturnType<typeof rosterSchema>,
  { PositionRef, TimeBasis }: ReturnType<typeof networkSchema>,
) {
  const reload = async (db: Parameters<typeof loadPositions>[0], id: string) => {
    const [[position], history] = await Promise.all([
      loadPositions(db, eq(cmPositions.id, id)),
      loadHistory(db, [id]),
    ]);
    return { ...position!, history };
  };

  mutationField('createCmPosition', (t) =>
    t.field({
      type: PositionRef,
      errors: {},
      description: 'Opens a position on an org unit: full-time, or part-time with a declared share (1–99 %).',
      args: {
        orgUnitId: t.arg.globalID({ required: true, for: refs.OrgUnit }),
        kind: t.arg({ type: Kind, required: true }),
        timeBasis: t.arg({ type: TimeBasis, required: true }),
        shareOfTimePercent: t.arg.int(),
      },
      resolve: async (_root, args, ctx) => {
        authorize(ctx.viewer, 'cm-network:manage-roster');
        const id = await createPosition(ctx.db, ctx.viewer.id, {
          orgUnitId: args.orgUnitId.id,
          kind: args.kind,
          timeBasis: args.timeBasis,
          shareOfTimePercent: args.shareOfTimePercent,
        });
        return reload(ctx.db, id);
      },
    }),
  );

  mutationField('assignCmPosition', (t) =>
    t.field({
      type: PositionRef,
      errors: {},
      description:
        'Puts a person on a position (its former holder’s time ends now, kept in its history); null leaves it vacant. The person joins the network’s community.',
      args: {
        positionId: t.arg.id({ required: true }),
        userId: t.arg.globalID({ for: refs.User }),
      },
      resolve: async (_root, args, ctx) => {
        authorize(ctx.viewer, 'cm-network:manage-roster');
        const positionId = localId(args.positionId);
        await assignPosition(ctx.db, services, ctx.viewer.id, positionId, args.userId?.id ?? null);
        return reload(ctx.db, positionId);
      },
    }),
  );
}
