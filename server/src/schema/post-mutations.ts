import { z } from 'zod';
import { ActionRequiredError, NotFoundError } from '../errors';
import { loadPostFor } from '../posts/access';
import { type PostLanguage, postLanguage } from '../posts/language';
import { deletePost, editPost, writePost } from '../posts/write';
import { builder } from './builder';
import { Post } from './post';
import { fields, message } from './validation';

export const MAX_POST = 20_000;
const MAX_OPTIONS = 10;
const YEAR_MS = 366 * 24 * 3600 * 1000;

/** The id inside a global id of this type (null when none is given), or not found. */
export const globalIdOf =
  (typename: string) =>
  (id: { id: string; typename: string } | null | undefined): string | null => {
    if (!id) return null;
    if (id.typename !== typename) throw new NotFoundError();
    return id.id;
  };

/** A global id of a community, or not found (the Community type belongs to the communities module). */
export const communityIdOf = globalIdOf('Community');
export const eventIdOf = globalIdOf('Event');

const PollInput = builder.inputType('PollInput', {
  fields: (t) => ({
    options: t.stringList({
      required: true,
      validate: z
        .array(fields.text(200))
        .min(2, message('post.pollOptions', { min: 2, max: MAX_OPTIONS }))
        .max(MAX_OPTIONS, message('post.pollOptions', { min: 2, max: MAX_OPTIONS })),
    }),
    multipleChoice: t.boolean({ defaultValue: false }),
    closesAt: t.field({
      type: 'DateTime',
      validate: z.date().refine((d) => d.getTime() > Date.now(), message('post.closesInPast')),
    }),
  }),
});

const CreatePostInput = builder.inputType('CreatePostInput', {
  fields: (t) => ({
    communityId: t.globalID({ description: 'The community; leave empty to post on your own profile.' }),
    body: t.string({ required: true, validate: fields.markdown(MAX_POST) }),
    isAnnouncement: t.boolean({ defaultValue: false, description: 'A must-read post (animators).' }),
    publishAt: t.field({
      type: 'DateTime',
      description: 'Publish later: the post appears in feeds at this time, with this time.',
      validate: z.date().refine((d) => d.getTime() < Date.now() + YEAR_MS, message('post.publishTooLate')),
    }),
    attachmentIds: t.idList({
      description: 'Ids returned by POST /api/attachments.',
      validate: z
        .array(z.string().uuid(message('post.attachmentUnknown')))
        .max(10, message('validation.tooMany', { max: 10 })),
    }),
    poll: t.field({ type: PollInput }),
    eventId: t.globalID({
      description:
        'Written live from this event: it joins the event’s live thread (a community’s event: in that community).',
    }),
    language: t.string({
      description: 'The language it is written in ("fr", "en"…); detected from the body when left empty.',
      validate: postLanguage,
    }),
  }),
});

builder.mutationFields((t) => ({
  createPost: t.withAuth({ signedIn: true }).drizzleField({
    type: Post,
    description:
      'Posts in a community or on the viewer’s profile; scheduled, or waiting for approval when needed.',
    errors: { types: [ActionRequiredError] },
    args: { input: t.arg({ type: CreatePostInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      const id = await writePost(ctx, {
        communityId: communityIdOf(input.communityId),
        eventId: eventIdOf(input.eventId),
        body: input.body,
        isAnnouncement: !!input.isAnnouncement,
        publishAt: input.publishAt ?? null,
        attachmentIds: (input.attachmentIds ?? []).map(String),
        language: (input.language as PostLanguage | null | undefined) ?? null,
        poll: input.poll
          ? {
              options: input.poll.options,
              multipleChoice: !!input.poll.multipleChoice,
              closesAt: input.poll.closesAt ?? null,
            }
          : null,
      });
      return (await ctx.db.query.posts.findFirst(query({ where: { id } })))!;
    },
  }),
  sharePost: t.withAuth({ signedIn: true }).drizzleField({
    type: Post,
    description: 'Shares a post into a community (or the viewer’s profile) with an optional comment.',
    errors: { types: [ActionRequiredError] },
    args: {
      postId: t.arg.globalID({ required: true, for: Post }),
      communityId: t.arg.globalID(),
      comment: t.arg.string({
        validate: z
          .string()
          .trim()
          .max(MAX_POST, message('validation.tooLong', { max: MAX_POST })),
      }),
    },
    resolve: async (query, _root, args, ctx) => {
      const { post: original } = await loadPostFor(ctx.db, ctx.viewer, args.postId.id, 'post:read');
      const id = await writePost(ctx, {
        communityId: communityIdOf(args.communityId),
        body: args.comment ?? '',
        isAnnouncement: false,
        publishAt: null,
        attachmentIds: [],
        poll: null,
        // Sharing a share links to the original post.
        sharedPostId: original.sharedPostId ?? original.id,
      });
      return (await ctx.db.query.posts.findFirst(query({ where: { id } })))!;
    },
  }),
  updatePost: t.withAuth({ signedIn: true }).drizzleField({
    type: Post,
    description: 'Edits a post’s body; the previous version is kept in its history.',
    errors: {},
    args: {
      id: t.arg.globalID({ required: true, for: Post }),
      body: t.arg.string({ required: true, validate: fields.markdown(MAX_POST) }),
      language: t.arg.string({
        description: 'The language it is written in; detected again from the new body when left empty.',
        validate: postLanguage,
      }),
    },
    resolve: async (query, _root, args, ctx) => {
      const { post } = await loadPostFor(ctx.db, ctx.viewer, args.id.id, 'post:update');
      await editPost(ctx, post, {
        body: args.body,
        language: args.language as PostLanguage | null | undefined,
      });
      return (await ctx.db.query.posts.findFirst(query({ where: { id: post.id } })))!;
    },
  }),
  deletePost: t.withAuth({ signedIn: true }).boolean({
    description: 'Deletes a post (its author, or an animator of its community); kept for the audit.',
    errors: {},
    args: { id: t.arg.globalID({ required: true, for: Post }) },
    resolve: async (_root, args, ctx) => {
      const { post } = await loadPostFor(ctx.db, ctx.viewer, args.id.id, 'post:delete');
      await deletePost(ctx, post);
      return true;
    },
  }),
}));
