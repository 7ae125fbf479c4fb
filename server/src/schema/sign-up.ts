import { confirmSignUp, requestSignUp } from '../people/sign-up';
import { startSession } from './auth';
import { builder } from './builder';
import { User } from './user';
import { fields } from './validation';

builder.mutationFields((t) => ({
  signUp: t.boolean({
    description:
      'Asks for an account for an address of a domain the admin allowed. A link is mailed to the address (or, when it already has an account, a reminder to sign in); the answer is the same either way.',
    errors: {},
    args: {
      email: t.arg.string({ required: true, validate: fields.email() }),
      name: t.arg.string({ required: true, validate: fields.text(120) }),
      password: t.arg.string({ required: true, validate: fields.password() }),
    },
    resolve: async (_root, args, ctx) => {
      await requestSignUp(ctx.services, { ...args, locale: ctx.locale, ip: ctx.ip });
      return true;
    },
  }),
  confirmSignUp: t.drizzleField({
    type: User,
    description: 'Follows the link of a sign-up mail: creates the account, once, and signs it in.',
    errors: {},
    args: { token: t.arg.string({ required: true, validate: fields.text(200) }) },
    resolve: async (query, _root, { token }, ctx) => {
      const user = await ctx.db.transaction((tx) => confirmSignUp(tx, token));
      ctx.services.events.emit('user.created', { userId: user.id, via: 'signup' });
      await startSession(ctx, user.id);
      return (await ctx.db.query.users.findFirst(query({ where: { id: user.id } })))!;
    },
  }),
}));
