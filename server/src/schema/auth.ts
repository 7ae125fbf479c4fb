import { z } from 'zod';
import { clearedSessionCookie, sessionCookie } from '../auth/cookies';
import { isKnownDevice, knownDeviceCookie } from '../auth/known-device';
import { hashPassword, verifyPassword } from '../auth/password';
import { alertAccountOwner } from '../auth/sign-in-alert';
import type { Context } from '../context';
import { NotAllowedError, ValidationError } from '../errors';
import { findUserByEmail, setPassword } from '../people/accounts';
import { selfSignUpOpen } from '../people/sign-up';
import { builder } from './builder';
import { User } from './user';
import { fields } from './validation';

/** Verifying against this keeps the time of a failed sign-in the same whether or not the account exists. */
const timingDecoy = hashPassword('timing-decoy-password');

/** Opens a session, sets its cookie, and makes the rest of this request act as the new viewer. */
export async function startSession(ctx: Context, userId: string): Promise<void> {
  const { token } = await ctx.services.sessions.create(userId, ctx.request.headers.get('user-agent'));
  ctx.responseCookies.push(
    sessionCookie(token, ctx.config.publicUrl, ctx.config.sessionInactivityMinutes * 60),
  );
  const session = await ctx.services.sessions.validate(token);
  ctx.viewer = session?.viewer ?? null;
  ctx.sessionId = session?.id ?? null;
}

const AuthConfig = builder
  .objectRef<{ ssoLabel: string | null; organisationName: string; selfSignUp: boolean }>('AuthConfig')
  .implement({
    description: 'What the sign-in page offers.',
    fields: (t) => ({
      organisationName: t.exposeString('organisationName'),
      ssoLabel: t.exposeString('ssoLabel', {
        nullable: true,
        description: 'Label of the SSO button, null when SSO is off.',
      }),
      selfSignUp: t.exposeBoolean('selfSignUp', {
        description:
          'Whether some email domains may sign up without an invitation (needs outgoing mail: the address is proved by a link).',
      }),
    }),
  });

builder.queryField('authConfig', (t) =>
  t.field({
    type: AuthConfig,
    resolve: async (_root, _args, ctx) => {
      const settings = await ctx.db.query.organisationSettings.findFirst();
      return {
        organisationName: settings?.name ?? 'Levain',
        ssoLabel: ctx.config.oidc?.label ?? null,
        selfSignUp: await selfSignUpOpen(ctx.services),
      };
    },
  }),
);

builder.mutationFields((t) => ({
  signIn: t.drizzleField({
    type: User,
    description: 'Signs in with email and password; sets the session cookie.',
    errors: {},
    args: {
      email: t.arg.string({ required: true, validate: fields.email() }),
      password: t.arg.string({ required: true, validate: z.string().min(1).max(256) }),
    },
    resolve: async (query, _root, { email, password }, ctx) => {
      const user = await findUserByEmail(ctx.db, email);
      const cookies = ctx.request.headers.get('cookie');
      const attempt = {
        email,
        ip: ctx.ip,
        knownDevice: await isKnownDevice(ctx.services, cookies, user?.id),
      };
      await ctx.services.throttle.assertAllowed(attempt);
      const valid = await verifyPassword(user?.passwordHash ?? (await timingDecoy), password);
      if (!user || !valid) {
        const { alertOwner } = await ctx.services.throttle.recordFailure(attempt);
        if (alertOwner && user) await alertAccountOwner(ctx.services, user.id);
        throw new ValidationError(
          [{ field: 'password', message: { key: 'error.invalidCredentials' } }],
          'error.invalidCredentials',
        );
      }
      if (user.status !== 'active') throw new NotAllowedError('error.accountDeactivated');
      await ctx.services.throttle.recordSuccess(attempt);
      ctx.responseCookies.push(await knownDeviceCookie(ctx.services, user.id));
      await startSession(ctx, user.id);
      return (await ctx.db.query.users.findFirst(query({ where: { id: user.id } })))!;
    },
  }),
  signOut: t.boolean({
    description: 'Ends this session.',
    resolve: async (_root, _args, ctx) => {
      if (ctx.sessionId) await ctx.services.sessions.invalidate(ctx.sessionId);
      ctx.responseCookies.push(clearedSessionCookie(ctx.config.publicUrl));
      return true;
    },
  }),
  signOutEverywhere: t.withAuth({ signedIn: true }).boolean({
    description: 'Ends every session of the viewer, on every device, this one included.',
    resolve: async (_root, _args, ctx) => {
      await ctx.services.sessions.invalidateAllFor(ctx.viewer.id);
      ctx.responseCookies.push(clearedSessionCookie(ctx.config.publicUrl));
      return true;
    },
  }),
  changePassword: t.withAuth({ signedIn: true }).boolean({
    description: 'Changes the viewer’s password and signs out their other sessions.',
    errors: {},
    args: {
      currentPassword: t.arg.string({ required: true, validate: z.string().max(256) }),
      newPassword: t.arg.string({ required: true, validate: fields.password() }),
    },
    resolve: async (_root, args, ctx) => {
      const throttle = ctx.services.passwordChangeThrottle;
      await throttle.assertAllowed(ctx.viewer.id);
      const user = await ctx.db.query.users.findFirst({ where: { id: ctx.viewer.id } });
      if (user?.passwordHash && !(await verifyPassword(user.passwordHash, args.currentPassword))) {
        if (await throttle.recordFailure(ctx.viewer.id)) {
          if (ctx.sessionId) await ctx.services.sessions.invalidate(ctx.sessionId);
          ctx.responseCookies.push(clearedSessionCookie(ctx.config.publicUrl));
          await throttle.assertAllowed(ctx.viewer.id);
        }
        throw ValidationError.field('currentPassword', 'error.invalidCredentials');
      }
      await setPassword(ctx.db, ctx.viewer.id, args.newPassword);
      await ctx.services.sessions.invalidateAllFor(ctx.viewer.id, ctx.sessionId ?? undefined);
      return true;
    },
  }),
}));
