import { z } from 'zod';
import { coverFrom, removeCover, storeCover } from '../communities/cover';
import {
  type CommunityChanges,
  createCommunity,
  restoreCommunity,
  setArchived,
  softDeleteCommunity,
  updateCommunity,
} from '../communities/lifecycle';
import { attachOrgUnits } from '../communities/management';
import { communityWrite, found } from '../communities/write';
import { builder } from './builder';
import { Community, CommunityJoinPolicy, CommunityKind, CommunityVisibility } from './community';
import { OrgUnit } from './org-unit';
import { fields, message } from './validation';

const description = z
  .string()
  .trim()
  .max(2000, message('validation.tooLong', { max: 2000 }));
/** A web page (the charter plugin fills it); an empty string clears it. */
const charterUrl = z
  .string()
  .trim()
  .max(500, message('validation.tooLong', { max: 500 }))
  .refine((url) => url === '' || /^https?:\/\/\S+$/i.test(url), message('validation.url'));
const orgUnitIds = z.array(z.unknown()).max(50, message('validation.tooMany', { max: 50 }));

const CreateCommunityInput = builder.inputType('CreateCommunityInput', {
  fields: (t) => ({
    name: t.string({ required: true, validate: fields.text(120) }),
    description: t.string({ validate: description }),
    kind: t.field({ type: CommunityKind, description: 'Default: topic.' }),
    visibility: t.field({ type: CommunityVisibility, description: 'Default: public.' }),
    joinPolicy: t.field({ type: CommunityJoinPolicy, description: 'Default: open.' }),
    requiresApproval: t.boolean(),
    charterUrl: t.string({ validate: charterUrl }),
    parentId: t.globalID({ for: Community }),
    orgUnitIds: t.globalIDList({ for: OrgUnit, validate: orgUnitIds }),
  }),
});

const UpdateCommunityInput = builder.inputType('UpdateCommunityInput', {
  description: 'Fields left out stay as they are; parentId: null takes the community out of its parent.',
  fields: (t) => ({
    name: t.string({ validate: fields.text(120) }),
    description: t.string({ validate: description }),
    cover: t.field({
      type: 'File',
      description: 'PNG, JPEG or WebP up to 5 MB, shown as a 1200×400 banner.',
    }),
    removeCover: t.boolean(),
    visibility: t.field({ type: CommunityVisibility }),
    joinPolicy: t.field({ type: CommunityJoinPolicy }),
    requiresApproval: t.boolean(),
    charterUrl: t.string({ validate: charterUrl }),
    parentId: t.globalID({ for: Community }),
  }),
});

/** Changes given as null leave a required setting as it is. */
function changesFrom(input: typeof UpdateCommunityInput.$inferInput): CommunityChanges {
  return {
    ...(input.name != null && { name: input.name }),
    ...(input.description != null && { description: input.description }),
    ...(input.visibility != null && { visibility: input.visibility }),
    ...(input.joinPolicy != null && { joinPolicy: input.joinPolicy }),
    ...(input.requiresApproval != null && { requiresApproval: input.requiresApproval }),
    ...(input.charterUrl !== undefined && { charterUrl: input.charterUrl || null }),
    ...(input.parentId !== undefined && { parentId: input.parentId?.id ?? null }),
    ...(input.removeCover && { coverPath: null }),
  };
}

type MutationFieldBuilder = Parameters<Parameters<typeof builder.mutationFields>[0]>[0];

function archiving(t: MutationFieldBuilder, archived: boolean) {
  return t.withAuth({ signedIn: true }).drizzleField({
    type: Community,
    description: archived
      ? 'Makes a community read-only: no new posts, comments, reactions or members.'
      : 'Opens an archived community again.',
    errors: {},
    args: { id: t.arg.globalID({ required: true, for: Community }) },
    resolve: async (query, _root, { id }, ctx) => {
      await communityWrite(ctx, (tx, actor) => setArchived(tx, actor, id.id, archived));
      ctx.services.events.emit('community.updated', { communityId: id.id, actorId: ctx.viewer.id });
      return found(await ctx.db.query.communities.findFirst(query({ where: { id: id.id } })));
    },
  });
}

builder.mutationFields((t) => ({
  createCommunity: t.withAuth({ signedIn: true }).drizzleField({
    type: Community,
    description: 'Creates a community; its creator becomes its owner. The slug comes from the name.',
    errors: {},
    args: { input: t.arg({ type: CreateCommunityInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      const created = await communityWrite(ctx, (tx, actor) =>
        createCommunity(tx, actor, {
          name: input.name,
          description: input.description ?? '',
          kind: input.kind ?? 'topic',
          visibility: input.visibility ?? 'public',
          joinPolicy: input.joinPolicy ?? 'open',
          requiresApproval: input.requiresApproval ?? false,
          charterUrl: input.charterUrl || null,
          parentId: input.parentId?.id ?? null,
          orgUnitIds: (input.orgUnitIds ?? []).map((unit) => unit.id),
        }),
      );
      ctx.services.events.emit('community.created', { communityId: created.id, actorId: ctx.viewer.id });
      return found(await ctx.db.query.communities.findFirst(query({ where: { id: created.id } })));
    },
  }),
  updateCommunity: t.withAuth({ signedIn: true }).drizzleField({
    type: Community,
    description: 'Changes a community’s settings (its animators, owners and admins).',
    errors: {},
    args: {
      id: t.arg.globalID({ required: true, for: Community }),
      input: t.arg({ type: UpdateCommunityInput, required: true }),
    },
    resolve: async (query, _root, { id, input }, ctx) => {
      const changes = changesFrom(input);
      // The image is checked and stored before the transaction; a refused update removes it again.
      const cover = input.cover ? await coverFrom(input.cover) : null;
      if (cover) changes.coverPath = await storeCover(ctx.config, id.id, cover);
      const { previousCover } = await communityWrite(ctx, (tx, actor) =>
        updateCommunity(tx, actor, id.id, changes),
      ).catch(async (error: unknown) => {
        if (cover) await removeCover(ctx.config, changes.coverPath ?? null);
        throw error;
      });
      await removeCover(ctx.config, previousCover);
      ctx.services.events.emit('community.updated', { communityId: id.id, actorId: ctx.viewer.id });
      return found(await ctx.db.query.communities.findFirst(query({ where: { id: id.id } })));
    },
  }),
  attachOrgUnits: t.withAuth({ signedIn: true }).drizzleField({
    type: Community,
    description: 'Sets the org units the community belongs to (replaces the list; empty detaches it).',
    errors: {},
    args: {
      communityId: t.arg.globalID({ required: true, for: Community }),
      orgUnitIds: t.arg.globalIDList({ required: true, for: OrgUnit, validate: orgUnitIds }),
    },
    resolve: async (query, _root, args, ctx) => {
      const id = args.communityId.id;
      await communityWrite(ctx, (tx, actor) =>
        attachOrgUnits(
          tx,
          actor,
          id,
          args.orgUnitIds.map((unit) => unit.id),
        ),
      );
      ctx.services.events.emit('community.updated', { communityId: id, actorId: ctx.viewer.id });
      return found(await ctx.db.query.communities.findFirst(query({ where: { id } })));
    },
  }),
  archiveCommunity: archiving(t, true),
  unarchiveCommunity: archiving(t, false),
  deleteCommunity: t.withAuth({ signedIn: true }).boolean({
    description: 'Deletes a community (owners and admins). An admin can restore it for 30 days.',
    errors: {},
    args: { id: t.arg.globalID({ required: true, for: Community }) },
    resolve: async (_root, { id }, ctx) => {
      await communityWrite(ctx, (tx, actor) => softDeleteCommunity(tx, actor, id.id));
      ctx.services.events.emit('community.deleted', { communityId: id.id, actorId: ctx.viewer.id });
      return true;
    },
  }),
  restoreCommunity: t.withAuth({ signedIn: true }).drizzleField({
    type: Community,
    description: 'Brings back a community deleted less than 30 days ago (admins).',
    errors: {},
    args: { id: t.arg.globalID({ required: true, for: Community }) },
    resolve: async (query, _root, { id }, ctx) => {
      await communityWrite(ctx, (tx, actor) => restoreCommunity(tx, actor, id.id));
      ctx.services.events.emit('community.updated', { communityId: id.id, actorId: ctx.viewer.id });
      return found(await ctx.db.query.communities.findFirst(query({ where: { id: id.id } })));
    },
  }),
}));
