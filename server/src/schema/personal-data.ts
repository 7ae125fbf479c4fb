import { removeAvatar } from '../http/uploads';
import { exportLearningPersonalData } from '../people/learning-personal-data';
import { eraseCorePersonalData, exportCorePersonalData } from '../people/personal-data';
import { eraseSocialPersonalData, exportSocialPersonalData } from '../people/social-personal-data';
import { authorize } from '../permissions';
import { builder } from './builder';
import { User } from './user';

builder.queryField('myPersonalData', (t) =>
  t.withAuth({ signedIn: true }).field({
    type: 'JSON',
    description:
      'Everything Levain stores about the viewer (GDPR right of access): the core’s data and each plugin’s, by plugin id.',
    resolve: async (_root, _args, ctx) => {
      authorize(ctx.viewer, 'user:export-personal-data', { id: ctx.viewer.id });
      const userId = ctx.viewer.id;
      return {
        exportedAt: new Date(),
        core: await exportCorePersonalData(ctx.db, userId, ctx.sessionId),
        social: await exportSocialPersonalData(ctx.db, userId),
        learning: await exportLearningPersonalData(ctx.db, userId),
        plugins: await ctx.services.host.exportPersonalData(userId),
      };
    },
  }),
);

builder.mutationField('erasePerson', (t) =>
  t.drizzleField({
    type: User,
    description:
      'Erases what identifies a person (GDPR right to erasure): the account stays, anonymised and deactivated, so content and audit entries keep their author. Admins only.',
    errors: {},
    args: { userId: t.arg.globalID({ required: true, for: User }) },
    resolve: async (query, _root, args, ctx) => {
      authorize(ctx.viewer, 'user:erase');
      const actorId = ctx.viewer.id;
      const userId = args.userId.id;
      const { wasActive, avatarPath } = await ctx.db.transaction(async (tx) => {
        const erased = await eraseCorePersonalData(tx, actorId, userId);
        await eraseSocialPersonalData(tx, userId);
        return erased;
      });
      await removeAvatar(ctx.config, userId, avatarPath);
      await ctx.services.host.erasePersonalData(userId);
      // No 'user.updated': listeners would re-store data about a person who was just erased.
      if (wasActive) ctx.services.events.emit('user.deactivated', { userId, actorId });
      return (await ctx.db.query.users.findFirst(query({ where: { id: userId } })))!;
    },
  }),
);
