import { type Db, schema } from '@levain/db';
import { z } from 'zod';
import { audit } from '../audit';
import { ValidationError } from '../errors';
import {
  categories,
  type EmailFrequency,
  type NotificationCategory,
  preferencesOf,
  setPreference,
} from '../notifications/categories';
import { announceAgain } from '../notifications/content-listeners';
import { outOfHoursNotice } from '../notifications/out-of-hours';
import { authorize, visibleUsers } from '../permissions';
import { builder } from './builder';
import { Post } from './post';
import { User } from './user';
import { message } from './validation';

const NotificationCategoryEnum = builder.enumType('NotificationCategory', { values: categories });
const EmailFrequencyEnum = builder.enumType('EmailFrequency', {
  description: 'immediate: as it happens (held outside working hours); daily or weekly: in a digest; off.',
  values: schema.emailFrequency.enumValues,
});

type Preference = { category: NotificationCategory; email: EmailFrequency };

const NotificationPreference = builder.objectRef<Preference>('NotificationPreference').implement({
  description: 'How often the viewer wants emails about one category of notifications.',
  fields: (t) => ({
    category: t.expose('category', { type: NotificationCategoryEnum }),
    email: t.expose('email', { type: EmailFrequencyEnum }),
  }),
});

const NotificationPreferenceInput = builder.inputType('NotificationPreferenceInput', {
  fields: (t) => ({
    category: t.field({ type: NotificationCategoryEnum, required: true }),
    email: t.field({ type: EmailFrequencyEnum, required: true }),
  }),
});

const WorkingHoursNotice = builder
  .objectRef<{ userId: string; startsAt: Date; message: string }>('WorkingHoursNotice')
  .implement({
    description: 'A colleague outside their working hours, and when their day starts.',
    fields: (t) => ({
      // An id-only row: the drizzle plugin loads all the people of the list in one query.
      user: t.field({
        type: User,
        resolve: (notice) => ({ id: notice.userId }) as typeof schema.users.$inferSelect,
      }),
      startsAt: t.expose('startsAt', { type: 'DateTime' }),
      message: t.exposeString('message', {
        description: 'A gentle sentence in the viewer’s language and time.',
      }),
    }),
  });

const preferenceList = async (db: Db, userId: string): Promise<Preference[]> => {
  const preferences = (await preferencesOf(db, [userId])).get(userId)!;
  return categories.map((category) => ({ category, email: preferences[category] }));
};

builder.queryFields((t) => ({
  notificationPreferences: t.withAuth({ signedIn: true }).field({
    type: [NotificationPreference],
    resolve: (_root, _args, ctx) => preferenceList(ctx.db, ctx.viewer.id),
  }),
  workingHoursNotice: t.withAuth({ signedIn: true }).field({
    type: [WorkingHoursNotice],
    description: 'Among these people, those outside their working hours now (for the composer’s notice).',
    args: {
      userIds: t.arg.globalIDList({
        required: true,
        for: User,
        validate: z.array(z.unknown()).max(100, message('validation.tooMany', { max: 100 })),
      }),
    },
    resolve: async (_root, args, ctx) => {
      const ids = [...new Set(args.userIds.map((id) => id.id))].filter((id) => id !== ctx.viewer.id);
      if (!ids.length) return [];
      const people = await ctx.db.query.users.findMany({
        where: { id: { in: ids }, ...visibleUsers(ctx.viewer), status: 'active' },
        columns: { id: true, name: true, timeZone: true, workingHours: true },
        orderBy: { name: 'asc' },
      });
      const now = new Date();
      const viewer = { locale: ctx.locale, timeZone: ctx.viewer.timeZone };
      return people.flatMap((person) => {
        const notice = outOfHoursNotice(person, now, viewer);
        return notice ? [{ userId: person.id, ...notice }] : [];
      });
    },
  }),
}));

builder.mutationFields((t) => ({
  updateNotificationPreferences: t.withAuth({ signedIn: true }).field({
    type: [NotificationPreference],
    description: 'Sets the email frequency of the given categories; the others keep theirs.',
    errors: {},
    args: { preferences: t.arg({ type: [NotificationPreferenceInput], required: true }) },
    resolve: async (_root, args, ctx) => {
      const viewerId = ctx.viewer.id;
      for (const preference of args.preferences)
        await setPreference(ctx.db, viewerId, preference.category, preference.email);
      return preferenceList(ctx.db, viewerId);
    },
  }),
  sendUrgentAnnouncementNotice: t.int({
    description:
      'Admins: tells every member of the announcement’s community at once, by email too, even outside their working hours. Returns how many people were notified.',
    errors: {},
    args: { postId: t.arg.globalID({ required: true, for: Post }) },
    resolve: async (_root, args, ctx) => {
      authorize(ctx.viewer, 'notification:send-urgent');
      const postId = args.postId.id;
      const post = await ctx.db.query.posts.findFirst({
        where: { id: postId, status: 'published', moderation: 'visible', deletedAt: { isNull: true } },
        columns: { isAnnouncement: true, communityId: true },
      });
      if (!post?.isAnnouncement || !post.communityId)
        throw ValidationError.field('postId', 'validation.notAnAnnouncement');
      const notified = await announceAgain(ctx.services, { postId, senderId: ctx.viewer.id, urgent: true });
      await audit(ctx.db, ctx.viewer.id, 'notification.urgent-sent', 'post', postId, { notified });
      return notified;
    },
  }),
}));
