import { z } from 'zod';
import { viewerAccess } from '../communities/access';
import {
  changeMemberRole,
  decideMembershipRequest,
  inviteToCommunity,
  removeMember,
} from '../communities/management';
import { joinCommunity, leaveCommunity, requestMembership } from '../communities/membership';
import { communityWrite, found } from '../communities/write';
import { can } from '../permissions';
import { builder } from './builder';
import { Community, CommunityMembership, CommunityRole } from './community';
import { OrgUnit } from './org-unit';
import { User } from './user';
import { message } from './validation';

/** The columns the rules read. */
const stateColumns = {
  id: true,
  visibility: true,
  joinPolicy: true,
  archivedAt: true,
  deletedAt: true,
} as const;

const CommunityInvitationResult = builder
  .objectRef<{ communityId: string; invitedCount: number; alreadyMemberCount: number; pendingCount: number }>(
    'CommunityInvitationResult',
  )
  .implement({
    description: 'What an invitation did: people invited, and people left as they were.',
    fields: (t) => ({
      invitedCount: t.exposeInt('invitedCount'),
      alreadyMemberCount: t.exposeInt('alreadyMemberCount', { description: 'Already active members.' }),
      pendingCount: t.exposeInt('pendingCount', {
        description: 'Already invited, or already asking to join.',
      }),
      community: t.drizzleField({
        type: Community,
        resolve: async (query, result, _args, ctx) =>
          found(await ctx.db.query.communities.findFirst(query({ where: { id: result.communityId } }))),
      }),
    }),
  });

const CommunityLeft = builder.objectRef<{ communityId: string }>('CommunityLeft').implement({
  fields: (t) => ({
    community: t.drizzleField({
      type: Community,
      nullable: true,
      description: 'The community as the viewer now sees it; null when it is hidden from them (secret).',
      resolve: async (query, { communityId }, _args, ctx) => {
        const state = await ctx.db.query.communities.findFirst({
          columns: stateColumns,
          where: { id: communityId },
        });
        if (!state || !can(ctx.viewer, 'community:see', await viewerAccess(ctx, state))) return null;
        return ctx.db.query.communities.findFirst(query({ where: { id: communityId } }));
      },
    }),
  }),
});

builder.mutationFields((t) => {
  const communityArg = () => t.arg.globalID({ required: true, for: Community });
  const userArg = () => t.arg.globalID({ required: true, for: User });
  return {
    joinCommunity: t.withAuth({ signedIn: true }).drizzleField({
      type: Community,
      description: 'Joins an open community, or one the viewer was invited to.',
      errors: {},
      args: { id: communityArg() },
      resolve: async (query, _root, { id }, ctx) => {
        await communityWrite(ctx, (tx, actor) => joinCommunity(tx, actor, id.id));
        ctx.services.events.emit('membership.joined', { communityId: id.id, userId: ctx.viewer.id });
        return found(await ctx.db.query.communities.findFirst(query({ where: { id: id.id } })));
      },
    }),
    leaveCommunity: t.withAuth({ signedIn: true }).field({
      type: CommunityLeft,
      description: 'Leaves a community, withdraws a request or declines an invitation.',
      errors: {},
      args: { id: communityArg() },
      resolve: async (_root, { id }, ctx) => {
        const wasMember = await communityWrite(ctx, (tx, actor) => leaveCommunity(tx, actor, id.id));
        if (wasMember)
          ctx.services.events.emit('membership.left', { communityId: id.id, userId: ctx.viewer.id });
        return { communityId: id.id };
      },
    }),
    requestMembership: t.withAuth({ signedIn: true }).drizzleField({
      type: Community,
      description: 'Asks the animators of an on-request community to let the viewer in.',
      errors: {},
      args: { id: communityArg() },
      resolve: async (query, _root, { id }, ctx) => {
        const outcome = await communityWrite(ctx, (tx, actor) => requestMembership(tx, actor, id.id));
        const userId = ctx.viewer.id;
        if (outcome === 'joined')
          ctx.services.events.emit('membership.joined', { communityId: id.id, userId });
        else ctx.services.events.emit('membership.requested', { communityId: id.id, userId });
        return found(await ctx.db.query.communities.findFirst(query({ where: { id: id.id } })));
      },
    }),
    decideMembershipRequest: t.withAuth({ signedIn: true }).drizzleField({
      type: Community,
      description: 'Lets a person in, or turns their request down (animators).',
      errors: {},
      args: { communityId: communityArg(), userId: userArg(), approve: t.arg.boolean({ required: true }) },
      resolve: async (query, _root, args, ctx) => {
        const communityId = args.communityId.id;
        const userId = args.userId.id;
        await communityWrite(ctx, (tx, actor) =>
          decideMembershipRequest(tx, actor, communityId, userId, args.approve),
        );
        ctx.services.events.emit('membership.decided', {
          communityId,
          userId,
          approved: args.approve,
          actorId: ctx.viewer.id,
        });
        return found(await ctx.db.query.communities.findFirst(query({ where: { id: communityId } })));
      },
    }),
    inviteToCommunity: t.withAuth({ signedIn: true }).field({
      type: CommunityInvitationResult,
      description:
        'Invites people and whole org units (sub-units included: their active people now). People already in, invited or asking are skipped.',
      errors: {},
      args: {
        communityId: communityArg(),
        userIds: t.arg.globalIDList({
          for: User,
          validate: z.array(z.unknown()).max(500, message('validation.tooMany', { max: 500 })),
        }),
        orgUnitIds: t.arg.globalIDList({
          for: OrgUnit,
          validate: z.array(z.unknown()).max(50, message('validation.tooMany', { max: 50 })),
        }),
      },
      resolve: async (_root, args, ctx) => {
        const communityId = args.communityId.id;
        const counts = await communityWrite(ctx, (tx, actor) =>
          inviteToCommunity(
            tx,
            actor,
            communityId,
            (args.userIds ?? []).map((u) => u.id),
            (args.orgUnitIds ?? []).map((u) => u.id),
          ),
        );
        if (counts.invitedUserIds.length)
          ctx.services.events.emit('membership.invited', {
            communityId,
            userIds: counts.invitedUserIds,
            actorId: ctx.viewer.id,
          });
        return { communityId, ...counts, invitedCount: counts.invitedUserIds.length };
      },
    }),
    changeMemberRole: t.withAuth({ signedIn: true }).drizzleField({
      type: CommunityMembership,
      description: 'Makes a member an owner, an animator or a member (owners and admins).',
      errors: {},
      args: {
        communityId: communityArg(),
        userId: userArg(),
        role: t.arg({ type: CommunityRole, required: true }),
      },
      resolve: async (query, _root, args, ctx) => {
        const communityId = args.communityId.id;
        const userId = args.userId.id;
        await communityWrite(ctx, (tx, actor) => changeMemberRole(tx, actor, communityId, userId, args.role));
        return found(
          await ctx.db.query.communityMemberships.findFirst(query({ where: { communityId, userId } })),
        );
      },
    }),
    removeMember: t.withAuth({ signedIn: true }).drizzleField({
      type: Community,
      description:
        'Removes a member, or cancels an invitation or a request (animators; owners for an owner).',
      errors: {},
      args: { communityId: communityArg(), userId: userArg() },
      resolve: async (query, _root, args, ctx) => {
        const communityId = args.communityId.id;
        const userId = args.userId.id;
        const wasMember = await communityWrite(ctx, (tx, actor) =>
          removeMember(tx, actor, communityId, userId),
        );
        if (wasMember) ctx.services.events.emit('membership.left', { communityId, userId });
        return found(await ctx.db.query.communities.findFirst(query({ where: { id: communityId } })));
      },
    }),
  };
});
