import { z } from 'zod';
import { hashPassword } from '../auth/password';
import { NotFoundError, ValidationError } from '../errors';
import { findUserByEmail } from '../people/accounts';
import {
  acceptInvitation,
  checkInvitees,
  createInvitations,
  findUsableInvitation,
  type Invitation as InvitationRow,
  invitationInvalidError,
  invitationStatus,
  MAX_INVITATIONS_PER_CALL,
  revokeInvitation,
} from '../people/invitations';
import { authorize, can } from '../permissions';
import { startSession } from './auth';
import { builder } from './builder';
import { OrgUnit } from './org-unit';
import { Role, User } from './user';
import { fields, message, validationErrorFrom } from './validation';

const InvitationStatus = builder.enumType('InvitationStatus', {
  values: ['pending', 'accepted', 'expired', 'revoked'] as const,
});

export const Invitation = builder.drizzleNode('invitations', {
  name: 'Invitation',
  description: 'A link that lets one person create their account. Visible to admins and HR.',
  authScopes: (_invitation, ctx) => can(ctx.viewer, 'invitation:list'),
  id: { column: (invitation) => invitation.id },
  fields: (t) => ({
    email: t.exposeString('email'),
    role: t.expose('role', { type: Role }),
    orgUnit: t.relation('orgUnit', { nullable: true, type: OrgUnit }),
    invitedBy: t.relation('invitedBy', { nullable: true, type: User }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    expiresAt: t.expose('expiresAt', { type: 'DateTime' }),
    acceptedAt: t.expose('acceptedAt', { type: 'DateTime', nullable: true }),
    revokedAt: t.expose('revokedAt', { type: 'DateTime', nullable: true }),
    status: t.field({
      type: InvitationStatus,
      select: { columns: { acceptedAt: true, revokedAt: true, expiresAt: true } },
      resolve: (invitation) => invitationStatus(invitation),
    }),
  }),
});

const InvitationCreated = builder
  .objectRef<{ invitation: InvitationRow; link: string }>('InvitationCreated')
  .implement({
    fields: (t) => ({
      invitation: t.field({ type: Invitation, resolve: (created) => created.invitation }),
      link: t.exposeString('link', {
        description: 'The link to send to the person. Shown only once: the server keeps a hash of it.',
      }),
    }),
  });

const InvitationPreview = builder
  .objectRef<{ email: string; organisationName: string; expiresAt: Date }>('InvitationPreview')
  .implement({
    description: 'What the invitation page shows before the person creates their account.',
    fields: (t) => ({
      email: t.exposeString('email'),
      organisationName: t.exposeString('organisationName'),
      expiresAt: t.expose('expiresAt', { type: 'DateTime' }),
    }),
  });

const InviteUsersInput = builder.inputType('InviteUsersInput', {
  fields: (t) => ({
    emails: t.stringList({ required: true }),
    role: t.field({ type: Role, description: 'Role given on acceptance, besides member. Default: member.' }),
    orgUnitId: t.globalID({ for: OrgUnit }),
  }),
});

/** Checked in the resolver so that issues name the list entry as the form shows it: "emails.2". */
const emailList = z
  .array(fields.email())
  .min(1, message('validation.required'))
  .max(MAX_INVITATIONS_PER_CALL, message('validation.tooMany', { max: MAX_INVITATIONS_PER_CALL }));

builder.queryFields((t) => ({
  invitation: t.field({
    type: InvitationPreview,
    nullable: true,
    description: 'The invitation behind a link, or null when the link is unknown, used, revoked or expired.',
    args: { token: t.arg.string({ required: true }) },
    resolve: async (_root, { token }, ctx) => {
      const invitation = token.length <= 200 ? await findUsableInvitation(ctx.db, token) : null;
      if (!invitation) return null;
      const settings = await ctx.db.query.organisationSettings.findFirst();
      return {
        email: invitation.email,
        organisationName: settings?.name ?? 'Levain',
        expiresAt: invitation.expiresAt,
      };
    },
  }),
  invitations: t.drizzleConnection({
    type: Invitation,
    description: 'Invitations, newest first (admins and HR).',
    authScopes: (_root, _args, ctx) => can(ctx.viewer, 'invitation:list'),
    resolve: async (query, _root, _args, ctx) => {
      const rows = await ctx.db.query.invitations.findMany(
        query({
          // The cursor holds the exact microsecond text: a millisecond Date would skip rows.
          extras: {
            createdAtExact: (i, { sql }) =>
              sql<string>`to_char(${i.createdAt} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US')`,
          },
          orderBy: { createdAtExact: 'desc', id: 'desc' },
        }),
      );
      // Pothos selects the columns at run time; its type for a query with extras lists only the extras.
      return rows as unknown as InvitationRow[];
    },
  }),
}));

builder.mutationFields((t) => ({
  inviteUsers: t.field({
    type: [InvitationCreated],
    description: 'Invites people by email (at most 500 at once); returns the link for each.',
    errors: {},
    args: { input: t.arg({ type: InviteUsersInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      authorize(ctx.viewer, 'invitation:create');
      const role = input.role ?? 'member';
      authorize(ctx.viewer, 'invitation:grant-role', role);
      const parsed = emailList.safeParse(input.emails);
      if (!parsed.success) throw prefixed('emails', parsed.error.issues);
      const orgUnitId = input.orgUnitId?.id ?? null;
      if (orgUnitId && !(await ctx.db.query.orgUnits.findFirst({ where: { id: orgUnitId } })))
        throw ValidationError.field('orgUnitId', 'validation.orgUnitNotFound');
      const viewerId = ctx.viewer.id;
      const created = await ctx.db.transaction(async (tx) => {
        await checkInvitees(tx, parsed.data);
        return createInvitations(tx, { emails: parsed.data, role, orgUnitId, invitedById: viewerId });
      });
      return created.map(({ invitation, token }) => ({
        invitation,
        link: `${ctx.config.publicUrl}/invitation/${token}`,
      }));
    },
  }),
  revokeInvitation: t.drizzleField({
    type: Invitation,
    description: 'Makes a pending invitation link stop working.',
    errors: {},
    args: { id: t.arg.globalID({ required: true, for: Invitation }) },
    resolve: async (query, _root, args, ctx) => {
      authorize(ctx.viewer, 'invitation:revoke');
      const viewerId = ctx.viewer.id;
      const id = args.id.id;
      if (!(await ctx.db.query.invitations.findFirst({ where: { id }, columns: { id: true } })))
        throw new NotFoundError();
      await ctx.db.transaction((tx) => revokeInvitation(tx, id, viewerId));
      return (await ctx.db.query.invitations.findFirst(query({ where: { id } })))!;
    },
  }),
  acceptInvitation: t.drizzleField({
    type: User,
    description: 'Creates the invited person’s account and signs them in.',
    errors: {},
    args: {
      token: t.arg.string({
        required: true,
        validate: z.string().max(200, message('validation.tooLong', { max: 200 })),
      }),
      name: t.arg.string({ required: true, validate: fields.text(120) }),
      password: t.arg.string({ required: true, validate: fields.password() }),
    },
    resolve: async (query, _root, args, ctx) => {
      const invitation = await findUsableInvitation(ctx.db, args.token);
      if (!invitation) throw invitationInvalidError();
      if (await findUserByEmail(ctx.db, invitation.email))
        throw ValidationError.field('token', 'error.emailTaken');
      const passwordHash = await hashPassword(args.password);
      const user = await ctx.db.transaction((tx) =>
        acceptInvitation(tx, { token: args.token, name: args.name, passwordHash, locale: ctx.locale }),
      );
      ctx.services.events.emit('user.created', { userId: user.id, via: 'invitation' });
      await startSession(ctx, user.id);
      return (await ctx.db.query.users.findFirst(query({ where: { id: user.id } })))!;
    },
  }),
}));

/** Re-roots zod issues of one argument under its field name ("emails.2"). */
function prefixed(field: string, issues: z.core.$ZodIssue[]): ValidationError {
  return validationErrorFrom(issues.map((issue) => ({ ...issue, path: [field, ...issue.path] })));
}
