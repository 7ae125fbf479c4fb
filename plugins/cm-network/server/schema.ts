import { schema as core } from '@levain/db';
import { audit, authorize, type PluginSchema, ValidationError } from '@levain/server/plugin';
import { and, eq, sql } from 'drizzle-orm';
import { cmNetworkRoles, communityManagerRoleKind } from '../db/schema';
import { loadRoster, type RosterEntry, rolesOf } from './roster';

export function cmNetworkSchema({
  builder,
  queryField,
  mutationField,
  objectField,
  core: refs,
}: PluginSchema) {
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

  const Network = builder.objectRef<Record<string, never>>('CmNetwork').implement({
    description: 'The network of community managers led by the chief CM.',
    fields: (t) => ({
      members: t.field({ type: [Role], resolve: (_network, _args, ctx) => loadRoster(ctx.db) }),
    }),
  });

  queryField('cmNetwork', (t) =>
    t.field({
      type: Network,
      authScopes: { signedIn: true },
      resolve: (_root, _args, ctx) => {
        authorize(ctx.viewer, 'cm-network:read-roster');
        return {};
      },
    }),
  );

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
      description: 'Puts a person in the CM network for an org unit, or changes their role there.',
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
        const [person] = await ctx.db
          .select({ id: core.users.id })
          .from(core.users)
          .where(and(eq(core.users.id, args.userId.id), eq(core.users.status, 'active')));
        if (!person) throw ValidationError.field('userId', 'cm-network:validation.unknownPerson');
        const [unit] = await ctx.db
          .select({ id: core.orgUnits.id })
          .from(core.orgUnits)
          .where(eq(core.orgUnits.id, args.orgUnitId.id));
        if (!unit) throw ValidationError.field('orgUnitId', 'cm-network:validation.unknownOrgUnit');

        const actorId = ctx.viewer.id;
        const role = { kind: args.kind, shareOfTimePercent: share, assignedBy: actorId };
        const id = await ctx.db.transaction(async (tx) => {
          const [saved] = await tx
            .insert(cmNetworkRoles)
            .values({ userId: person.id, orgUnitId: unit.id, ...role })
            .onConflictDoUpdate({
              target: [cmNetworkRoles.userId, cmNetworkRoles.orgUnitId],
              set: { ...role, assignedAt: sql`now()` },
            })
            .returning({ id: cmNetworkRoles.id });
          await audit(tx, actorId, 'cm-network.role-assigned', 'user', person.id, {
            orgUnitId: unit.id,
            ...role,
          });
          return saved!.id;
        });
        const [entry] = await loadRoster(ctx.db, eq(cmNetworkRoles.id, id));
        return entry!;
      },
    }),
  );
}
