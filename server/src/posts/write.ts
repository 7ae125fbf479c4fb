import { schema, type Tx } from '@levain/db';
import { and, eq, isNull } from 'drizzle-orm';
import { assertMayCoverLive } from '../agenda/live';
import { audit } from '../audit';
import type { SignedInContext } from '../context';
import { ValidationError } from '../errors';
import { authorize, type CommunityAccess, can, type Viewer } from '../permissions';
import type { Services } from '../services';
import { loadCommunityFor } from './access';
import { renderBody, storeReferences } from './body';
import { detectLanguage, type PostLanguage } from './language';
import { announcePublished, queuePublication } from './publication';
import { assertMayContribute } from './requirements';

export type PollDraft = { options: string[]; multipleChoice: boolean; closesAt: Date | null };

export type PostDraft = {
  communityId: string | null;
  body: string;
  isAnnouncement: boolean;
  publishAt: Date | null;
  attachmentIds: string[];
  poll: PollDraft | null;
  sharedPostId?: string;
  /** Written live from this event (its live thread). */
  eventId?: string | null;
  /** The author's choice; detected from the body when not given. */
  language?: PostLanguage | null;
  /** What another domain records with the post, in its transaction (a project's status update). */
  inTransaction?: (tx: Tx, postId: string) => Promise<void>;
};

/**
 * What writing a post needs: a request's context, or a plugin's (`services.posts.write`) acting
 * for the author, under the same permission checks.
 */
export type PostWriter = Pick<SignedInContext, 'db' | 'viewer'> & {
  services: Pick<Services, 'db' | 'events' | 'pubsub' | 'markdown' | 'host'>;
};

/** Where a post goes: a community the author may post in, or the author's own profile. */
async function destination(ctx: PostWriter, viewer: Viewer, draft: PostDraft) {
  if (!draft.communityId) {
    if (draft.isAnnouncement)
      throw ValidationError.field('isAnnouncement', 'post.announcementNeedsCommunity');
    return { community: null, access: null as CommunityAccess | null };
  }
  const { community, access } = await loadCommunityFor(ctx.db, viewer, draft.communityId);
  authorize(viewer, 'post:create', { community: access });
  if (draft.isAnnouncement) authorize(viewer, 'post:announce', { community: access });
  return { community, access };
}

/** Gives the author's unused uploads to the post, in the order given. */
async function attachUploads(tx: Tx, viewer: Viewer, postId: string, ids: string[]) {
  for (const [position, id] of ids.entries()) {
    const updated = await tx
      .update(schema.postAttachments)
      .set({ postId, position })
      .where(
        and(
          eq(schema.postAttachments.id, id),
          eq(schema.postAttachments.uploadedById, viewer.id),
          isNull(schema.postAttachments.postId),
        ),
      )
      .returning({ id: schema.postAttachments.id });
    if (!updated.length) throw ValidationError.field('attachmentIds', 'post.attachmentUnknown');
  }
}

async function createPoll(tx: Tx, postId: string, poll: PollDraft) {
  await tx
    .insert(schema.polls)
    .values({ postId, multipleChoice: poll.multipleChoice, closesAt: poll.closesAt });
  await tx
    .insert(schema.pollOptions)
    .values(poll.options.map((label, position) => ({ postId, label, position })));
}

/**
 * Writes a post. It is published now, scheduled (a job publishes it at `publishAt`, which stays
 * its time in feeds), or waits for an animator when the community requires approval — or for a
 * plugin that holds it (a crisis cell's lead), which alone releases it.
 */
export async function writePost(ctx: PostWriter, draft: PostDraft): Promise<string> {
  const viewer = ctx.viewer;
  const { community, access } = await destination(ctx, viewer, draft);
  await assertMayContribute(ctx, 'post', community?.id ?? null);
  if (draft.eventId) await assertMayCoverLive(ctx.db, viewer, draft.eventId, community?.id ?? null);
  const heldBy = community
    ? await ctx.services.host.postHolder({ viewer, kind: 'post', communityId: community.id })
    : null;
  const needsApproval =
    !!heldBy ||
    (!!community?.requiresApproval && !can(viewer, 'post:publish-without-approval', { community: access }));
  const scheduled = !!draft.publishAt && draft.publishAt.getTime() > Date.now();
  const status = needsApproval ? 'pending_approval' : scheduled ? 'scheduled' : 'published';
  const rendered = await renderBody(ctx, viewer, draft.body, 'input.body');

  const post = await ctx.db.transaction(async (tx) => {
    const [created] = await tx
      .insert(schema.posts)
      .values({
        communityId: community?.id ?? null,
        profileUserId: community ? null : viewer.id,
        authorId: viewer.id,
        body: draft.body,
        bodyHtml: rendered.html,
        language: draft.language ?? detectLanguage(draft.body, viewer.locale),
        isAnnouncement: draft.isAnnouncement,
        status,
        heldBy,
        sharedPostId: draft.sharedPostId ?? null,
        eventId: draft.eventId ?? null,
        ...(scheduled && { publishedAt: draft.publishAt!.toISOString() }),
      })
      .returning();
    await storeReferences(tx, { postId: created!.id }, rendered);
    if (draft.attachmentIds.length) await attachUploads(tx, viewer, created!.id, draft.attachmentIds);
    if (draft.poll) await createPoll(tx, created!.id, draft.poll);
    if (status === 'scheduled') await queuePublication(tx, created!.id, draft.publishAt!);
    if (draft.inTransaction) await draft.inTransaction(tx, created!.id);
    return created!;
  });

  if (status === 'published') await announcePublished(ctx.services, post);
  if (status === 'pending_approval')
    ctx.services.events.emit('post.approval-requested', {
      postId: post.id,
      communityId: post.communityId!,
      authorId: viewer.id,
      heldBy,
    });
  return post.id;
}

/** Edits a post's body and language; the previous body is kept in its history. */
export async function editPost(
  ctx: SignedInContext,
  post: { id: string; body: string },
  edit: { body: string; language: PostLanguage | null | undefined },
): Promise<void> {
  const viewer = ctx.viewer;
  const rendered = await renderBody(ctx, viewer, edit.body);
  const language = edit.language ?? detectLanguage(edit.body, viewer.locale);
  await ctx.db.transaction(async (tx) => {
    await tx.insert(schema.postRevisions).values({ postId: post.id, body: post.body, editedById: viewer.id });
    await tx
      .update(schema.posts)
      .set({ body: edit.body, bodyHtml: rendered.html, language, editedAt: new Date() })
      .where(eq(schema.posts.id, post.id));
    await storeReferences(tx, { postId: post.id }, rendered);
  });
  ctx.services.events.emit('post.updated', { postId: post.id, actorId: viewer.id });
}

/** Deletes a post (a soft delete: it is kept for the audit). */
export async function deletePost(
  ctx: SignedInContext,
  post: { id: string; communityId: string | null; authorId: string },
): Promise<void> {
  const actorId = ctx.viewer.id;
  await ctx.db.transaction(async (tx) => {
    await tx.update(schema.posts).set({ deletedAt: new Date() }).where(eq(schema.posts.id, post.id));
    await audit(tx, actorId, 'post.deleted', 'post', post.id, {
      communityId: post.communityId,
      authorId: post.authorId,
    });
  });
  ctx.services.events.emit('post.deleted', { postId: post.id, actorId });
}
