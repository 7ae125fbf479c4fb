import { schema } from '@levain/db';
import { and, count, isNull, sql } from 'drizzle-orm';
import { z } from 'zod';
import { NotFoundError } from '../errors';
import { actorNamesFrom, actorNamesSql } from '../notifications/facts';
import { notificationLink, notificationMessage } from '../notifications/messages';
import { markAllNotificationsRead, markNotificationRead } from '../notifications/reading';
import { visibleNotificationsWhere } from '../notifications/visibility';
import { readableCommentsWhere, viewablePostsWhere, visibleCommunityIds } from '../permissions';
import { viewerStream } from '../realtime/viewer-stream';
import { builder } from './builder';
import './comment';
import './community';
import './post';
import { User } from './user';

const n = schema.notifications;

export const NotificationKind = builder.enumType('NotificationKind', { values: n.kind.enumValues });

/** At most this many actors are listed; actorCount counts them all. */
const LISTED_ACTORS = 3;

const communityName = (row: { communityId: unknown }) =>
  sql<string | null>`(select c.name from communities c where c.id = ${row.communityId})`;

export const Notification = builder.drizzleObject('notifications', {
  name: 'Notification',
  description: 'Something that happened for the viewer: a mention, a reply, reactions, a decision …',
  select: { columns: { id: true } },
  fields: (t) => ({
    id: t.exposeID('id'),
    kind: t.expose('kind', { type: NotificationKind }),
    actors: t.field({
      type: [User],
      description: `The most recent people who acted, at most ${LISTED_ACTORS}.`,
      select: {
        extras: {
          actorsJson: (row) =>
            sql`(select coalesce(json_agg(u.id order by a.ord), '[]'::json)
              from unnest(${row.actorIds}[1:${sql.raw(String(LISTED_ACTORS))}]) with ordinality as a(id, ord)
              join users u on u.id = a.id)`,
        },
      },
      // Rows carrying only an id: the drizzle plugin loads every actor of the page in one query.
      resolve: (row) =>
        actorNamesFrom(row.actorsJson).map((id) => ({ id }) as typeof schema.users.$inferSelect),
    }),
    actorCount: t.exposeInt('actorCount', { description: 'How many people acted ("Ana and 4 others": 5).' }),
    message: t.string({
      description: 'What happened, in the viewer’s language.',
      select: {
        columns: { kind: true, data: true, actorCount: true, commentId: true },
        extras: { actorNames: (row) => actorNamesSql(row), communityName },
      },
      resolve: (row, _args, ctx) =>
        notificationMessage(
          ctx.locale,
          { ...row, actorNames: actorNamesFrom(row.actorNames), communityName: row.communityName },
          ctx.viewer?.timeZone ?? 'Europe/Paris',
        ),
    }),
    link: t.string({
      description: 'Path of the page of the web app showing what the notification is about.',
      select: {
        columns: { kind: true, postId: true, commentId: true, data: true },
        extras: {
          communitySlug: (row) =>
            sql<string | null>`(select c.slug from communities c where c.id = ${row.communityId})`,
        },
      },
      resolve: (row) => notificationLink(row),
    }),
    community: t.relation('community', {
      nullable: true,
      query: (_args, ctx) => ({ where: { RAW: (c) => sql`${c.id} in ${visibleCommunityIds(ctx.viewer)}` } }),
    }),
    post: t.relation('post', {
      nullable: true,
      query: (_args, ctx) => ({ where: { RAW: (p) => viewablePostsWhere(ctx.viewer, p) } }),
    }),
    comment: t.relation('comment', {
      nullable: true,
      query: (_args, ctx) => ({ where: { RAW: (c) => readableCommentsWhere(ctx.viewer, c) } }),
    }),
    urgent: t.exposeBoolean('urgent', { description: 'Marked urgent by an admin.' }),
    readAt: t.expose('readAt', { type: 'DateTime', nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it last happened.' }),
  }),
});

const notificationId = z.uuid();

builder.queryFields((t) => ({
  notifications: t.withAuth({ signedIn: true }).drizzleConnection({
    type: Notification,
    description: 'The viewer’s notifications, newest first; removed content’s ones are gone.',
    args: { unreadOnly: t.arg.boolean({ description: 'Only those not read yet.' }) },
    resolve: async (query, _root, args, ctx) => {
      const rows = await ctx.db.query.notifications.findMany(
        query({
          where: {
            RAW: (row) => visibleNotificationsWhere(ctx.viewer, row),
            ...(args.unreadOnly && { readAt: { isNull: true } }),
          },
          orderBy: { createdAt: 'desc', id: 'desc' },
        }),
      );
      // Pothos selects the columns at run time; its type for this query lists none of them.
      return rows as unknown as { id: string }[];
    },
  }),
  unreadNotificationCount: t.withAuth({ signedIn: true }).int({
    description: 'The number shown on the bell in the header.',
    resolve: async (_root, _args, ctx) => {
      const [row] = await ctx.db
        .select({ value: count() })
        .from(n)
        .where(and(isNull(n.readAt), visibleNotificationsWhere(ctx.viewer)));
      return row?.value ?? 0;
    },
  }),
}));

builder.mutationFields((t) => ({
  markNotificationRead: t.withAuth({ signedIn: true }).drizzleField({
    type: Notification,
    errors: {},
    args: { id: t.arg.id({ required: true }) },
    resolve: async (query, _root, args, ctx) => {
      const id = notificationId.safeParse(String(args.id));
      if (!id.success) throw new NotFoundError();
      const where = { id: id.data, RAW: (row: typeof n) => visibleNotificationsWhere(ctx.viewer, row) };
      await markNotificationRead(ctx.db, ctx.viewer, id.data);
      const notification = await ctx.db.query.notifications.findFirst(query({ where }));
      if (!notification) throw new NotFoundError();
      return notification;
    },
  }),
  markAllNotificationsRead: t.withAuth({ signedIn: true }).int({
    description: 'Marks every notification of the viewer read; returns how many were unread.',
    resolve: async (_root, _args, ctx) => {
      return markAllNotificationsRead(ctx.db, ctx.viewer);
    },
  }),
}));

builder.subscriptionField('notificationAdded', (t) =>
  t.withAuth({ signedIn: true }).drizzleField({
    type: Notification,
    nullable: true,
    description: 'The viewer’s new or updated (grouped) notifications as they happen; null if already gone.',
    subscribe: (_root, _args, ctx) =>
      viewerStream(ctx, () => ctx.services.pubsub.subscribe('notification.added', ctx.viewer.id)),
    resolve: (query, event, _args, ctx) =>
      ctx.db.query.notifications.findFirst(
        query({
          where: {
            id: (event as { notificationId: string }).notificationId,
            RAW: (row) => visibleNotificationsWhere(ctx.viewer, row),
          },
        }),
      ),
  }),
);
