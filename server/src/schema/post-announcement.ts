import { queryRows } from '@levain/db';
import { type SQL, sql } from 'drizzle-orm';
import { ValidationError } from '../errors';
import { authorize, can, tracksAnnouncementWhere } from '../permissions';
import { accessSelection, loadPostFor, NOBODY, toPostAccess } from '../posts/access';
import { acknowledgeAnnouncement } from '../posts/announcements';
import { builder } from './builder';
import { Post } from './post';

/**
 * The audience of an announcement: the community's active members (active accounts), its author
 * aside. `acknowledged` narrows it to those who confirmed they read it.
 */
function audienceSql(
  p: { id: unknown; communityId: unknown; authorId: unknown },
  acknowledged?: boolean,
): SQL {
  const filter =
    acknowledged === undefined
      ? sql``
      : sql`and ${acknowledged ? sql`` : sql`not`} exists (select 1 from announcement_acknowledgements a
          where a.post_id = ${p.id} and a.user_id = m.user_id)`;
  return sql`from community_memberships m join users u on u.id = m.user_id
    where m.community_id = ${p.communityId} and m.status = 'active' and u.status = 'active'
      and m.user_id <> ${p.authorId} ${filter}`;
}

type AcknowledgementShape = {
  acknowledgedCount: number | null;
  audienceCount: number | null;
  viewerAcknowledged: boolean;
};

const Acknowledgement = builder.objectRef<AcknowledgementShape>('Acknowledgement').implement({
  description: 'Who confirmed reading an announcement. Counts are shown to its author and animators only.',
  fields: (t) => ({
    acknowledgedCount: t.exposeInt('acknowledgedCount', { nullable: true }),
    audienceCount: t.exposeInt('audienceCount', { nullable: true }),
    rate: t.float({
      nullable: true,
      description: 'Acknowledged share of the audience, 0 to 1.',
      resolve: (a) =>
        a.acknowledgedCount === null || !a.audienceCount ? null : a.acknowledgedCount / a.audienceCount,
    }),
    viewerAcknowledged: t.exposeBoolean('viewerAcknowledged'),
  }),
});

builder.drizzleObjectFields(Post, (t) => ({
  acknowledgement: t.field({
    type: Acknowledgement,
    nullable: true,
    description: 'Null unless the post is an announcement.',
    select: (_args, ctx) => {
      const access = accessSelection(ctx.viewer?.id);
      return {
        ...access,
        extras: {
          acknowledgedCount: (p) =>
            sql<number>`case when ${tracksAnnouncementWhere(ctx.viewer, p)} then (select count(*)::int ${audienceSql(p, true)}) end`,
          audienceCount: (p) =>
            sql<number>`case when ${tracksAnnouncementWhere(ctx.viewer, p)} then (select count(*)::int ${audienceSql(p)}) end`,
          viewerAcknowledged: (p) =>
            sql<boolean>`exists (select 1 from announcement_acknowledgements a
              where a.post_id = ${p.id} and a.user_id = ${ctx.viewer?.id ?? NOBODY})`,
        },
      };
    },
    resolve: (p, _args, ctx) => {
      if (!p.isAnnouncement) return null;
      const tracks = can(ctx.viewer, 'post:track-announcement', toPostAccess(p));
      return {
        acknowledgedCount: tracks ? Number(p.acknowledgedCount) : null,
        audienceCount: tracks ? Number(p.audienceCount) : null,
        viewerAcknowledged: !!p.viewerAcknowledged,
      };
    },
  }),
}));

const Reminder = builder.objectRef<{ remindedCount: number }>('AnnouncementReminder').implement({
  fields: (t) => ({ remindedCount: t.exposeInt('remindedCount', { description: 'People reminded.' }) }),
});

builder.mutationFields((t) => ({
  acknowledgeAnnouncement: t.withAuth({ signedIn: true }).drizzleField({
    type: Post,
    description: 'Confirms the viewer read an announcement.',
    errors: {},
    args: { postId: t.arg.globalID({ required: true, for: Post }) },
    resolve: async (query, _root, args, ctx) => {
      const { post } = await loadPostFor(ctx.db, ctx.viewer, args.postId.id, 'post:read');
      if (!post.isAnnouncement) throw ValidationError.field('postId', 'post.notAnnouncement');
      await acknowledgeAnnouncement(ctx.db, ctx.viewer.id, post.id);
      return (await ctx.db.query.posts.findFirst(query({ where: { id: post.id } })))!;
    },
  }),
  remindAnnouncement: t.withAuth({ signedIn: true }).field({
    type: Reminder,
    description: 'Reminds the members who have not acknowledged an announcement (its author, animators).',
    errors: {},
    args: { postId: t.arg.globalID({ required: true, for: Post }) },
    resolve: async (_root, args, ctx) => {
      const { post, access } = await loadPostFor(ctx.db, ctx.viewer, args.postId.id, 'post:read');
      if (!post.isAnnouncement) throw ValidationError.field('postId', 'post.notAnnouncement');
      authorize(ctx.viewer, 'post:track-announcement', access);
      const rows = await queryRows<{ user_id: string }>(
        ctx.db,
        sql`select m.user_id ${audienceSql({ id: post.id, communityId: post.communityId, authorId: post.authorId }, false)}`,
      );
      const userIds = rows.map((r) => r.user_id);
      if (userIds.length)
        ctx.services.events.emit('announcement.reminded', {
          postId: post.id,
          actorId: ctx.viewer.id,
          userIds,
        });
      return { remindedCount: userIds.length };
    },
  }),
}));
