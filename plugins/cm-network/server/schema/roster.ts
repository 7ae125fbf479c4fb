import { audit, authorize, type PluginSchema, ValidationError } from '@levain/server/plugin';
import { and, eq } from 'drizzle-orm';
import { cmAssignments, cmPositions, communityManagerRoleKind } from '../../db/schema';
import { assertActivePerson, assertOrgUnit, assignPosition, createPosition } from '../network/assign';
import { loadPositions } from '../network/positions';
import { loadRoster, type RosterEntry, rolesOf } from '../roster';

/** The roster everyone reads (who animates what) and the chief CM's quick way to name someone. */
export function rosterSchema({ builder, mutationField, objectField, core: refs, services }: PluginSchema) {
  const Kind = builder.enumType('CommunityManagerRoleKind', {
    description:
      'chief: the chief CM; country, department: the CM of one; manager_part_time: a manager as CM.',
    values: communityManagerRoleKind.enumValues,
  });

  const Role = builder.objectRef<RosterEntry>('CommunityManagerRole').implement({
    description: 'A place in the CM network: who animates which org unit, with which share of their time.',
    fields: (t) => ({
      id: t.exposeID('id'),
      user: t.field({ type: refs.User, resolve: (role) => role.user }),
      orgUnit: t.field({ type: refs.OrgUnit, resolve: (role) => role.orgUnit }),
      kind: t.expose('kind', { type: Kind }),
      shareOfTimePercent: t.exposeInt('shareOfTimePercent'),
    }),
  });

  objectField(refs.User, 'communityManagerRoles', (t) =>
    t.field({
      type: [Role],
      nullable: true,
      description: 'Where this person animates the CM network (empty when they do not).',
      resolve: (user, _args, ctx) => rolesOf(ctx, user.id),
    }),
  );

  mutationField('assignCommunityManager', (t) =>
    t.field({
      type: Role,
      errors: {},
      description:
        'Puts a person on their position for an org unit (created if they hold none there), or changes its kind and share.',
      args: {
        userId: t.arg.globalID({ required: true, for: refs.User }),
        orgUnitId: t.arg.globalID({ required: true, for: refs.OrgUnit }),
        kind: t.arg({ type: Kind, required: true }),
        shareOfTimePercent: t.arg.int({ required: true }),
      },
      resolve: async (_root, args, ctx) => {
        authorize(ctx.viewer, 'cm-network:manage-roster');
        const share = args.shareOfTimePercent;
        if (share < 1 || share > 100)
          throw ValidationError.field('shareOfTimePercent', 'cm-network:validation.shareOfTime');
        const timeBasis = share === 100 ? ('full_time' as const) : ('part_time' as const);
        const actorId = ctx.viewer.id;
        await assertActivePerson(ctx.db, args.userId.id);
        await assertOrgUnit(ctx.db, args.orgUnitId.id);
        const [held] = await loadPositions(
          ctx.db,
          and(eq(cmPositions.orgUnitId, args.orgUnitId.id), eq(cmAssignments.userId, args.userId.id)),
        );
        if (held) {
          const change = { kind: args.kind, timeBasis, shareOfTimePercent: share };
          await ctx.db.transaction(async (tx) => {
            await tx.update(cmPositions).set(change).where(eq(cmPositions.id, held.id));
            await audit(tx, actorId, 'cm-network.position-changed', 'org_unit', held.orgUnitId, {
              positionId: held.id,
              ...change,
            });
          });
        } else {
          const id = await createPosition(ctx.db, ctx.viewer.id, {
            orgUnitId: args.orgUnitId.id,
            kind: args.kind,
            timeBasis,
            shareOfTimePercent: share,
          });
          await assignPosition(ctx.db, services, ctx.viewer.id, id, args.userId.id);
        }
        const [entry] = await loadRoster(
          ctx.db,
          and(eq(cmPositions.orgUnitId, args.orgUnitId.id), eq(cmAssignments.userId, args.userId.id)),
        );
        return entry!;
      },
    }),
  );
  return { Role, Kind };
}
