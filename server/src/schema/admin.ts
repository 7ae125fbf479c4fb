import { z } from 'zod';
import { loadSettings, type Settings, updateSettings } from '../organisation/settings';
import { deactivateUser, reactivateUser } from '../people/deactivation';
import { setUserRoles } from '../people/roles';
import { authorize, can } from '../permissions';
import { builder } from './builder';
import { Role, User } from './user';
import { fields, message } from './validation';

const OrganisationSettings = builder.objectRef<Settings>('OrganisationSettings').implement({
  description: 'The company running this Levain instance.',
  fields: (t) => ({
    name: t.exposeString('name'),
    defaultLocale: t.exposeString('defaultLocale'),
    allowedEmailDomains: t.exposeStringList('allowedEmailDomains', {
      description: 'Owners of an address in these domains may sign up without an invitation.',
    }),
    colleaguesSeeEmail: t.exposeBoolean('colleaguesSeeEmail', {
      description:
        'Whether colleagues see each other’s email address (the person, managers, HR and admins always do).',
    }),
    personalApiTokens: t.exposeBoolean('personalApiTokens', {
      description: 'Whether people other than admins may create API tokens acting as themselves.',
    }),
  }),
});

const DOMAIN = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]([a-z0-9-]{0,61}[a-z0-9])?$/;

const UpdateOrganisationSettingsInput = builder.inputType('UpdateOrganisationSettingsInput', {
  fields: (t) => ({
    name: t.string({ validate: fields.text(120) }),
    defaultLocale: t.string({ validate: fields.locale() }),
    allowedEmailDomains: t.stringList({
      description: 'Domains like "atlas.example"; stored lower-case, without duplicates.',
      validate: z
        .array(
          z
            .string()
            .trim()
            .toLowerCase()
            .superRefine((domain, ctx) => {
              if (!DOMAIN.test(domain))
                ctx.addIssue({ code: 'custom', message: message('validation.invalidDomain', { domain }) });
            }),
        )
        .max(100, message('validation.tooMany', { max: 100 }))
        .transform((domains) => [...new Set(domains)]),
    }),
    colleaguesSeeEmail: t.boolean({ description: 'Whether colleagues see each other’s email address.' }),
    personalApiTokens: t.boolean({ description: 'Whether people other than admins may create API tokens.' }),
  }),
});

builder.queryFields((t) => ({
  organisationSettings: t.field({
    type: OrganisationSettings,
    description: 'Name, default language and self sign-up domains (admins).',
    authScopes: (_root, _args, ctx) => can(ctx.viewer, 'organisation:read'),
    resolve: (_root, _args, ctx) => loadSettings(ctx.db),
  }),
}));

builder.mutationFields((t) => ({
  setUserRoles: t.drizzleField({
    type: User,
    description: 'Replaces a person’s roles (member is always kept). Admins only.',
    errors: {},
    args: {
      userId: t.arg.globalID({ required: true, for: User }),
      roles: t.arg({ type: [Role], required: true }),
    },
    resolve: async (query, _root, args, ctx) => {
      authorize(ctx.viewer, 'user:change-roles');
      const actorId = ctx.viewer.id;
      const userId = args.userId.id;
      await ctx.db.transaction((tx) => setUserRoles(tx, actorId, userId, args.roles));
      ctx.services.events.emit('user.updated', { userId, actorId });
      return (await ctx.db.query.users.findFirst(query({ where: { id: userId } })))!;
    },
  }),
  deactivateUser: t.drizzleField({
    type: User,
    description: 'Blocks a person’s sign-in and ends their sessions at once. Admins only.',
    errors: {},
    args: { userId: t.arg.globalID({ required: true, for: User }) },
    resolve: async (query, _root, args, ctx) => {
      authorize(ctx.viewer, 'user:deactivate');
      const actorId = ctx.viewer.id;
      const userId = args.userId.id;
      const before = await ctx.db.transaction((tx) => deactivateUser(tx, actorId, userId));
      await ctx.services.sessions.invalidateAllFor(userId);
      if (before === 'active') ctx.services.events.emit('user.deactivated', { userId, actorId });
      return (await ctx.db.query.users.findFirst(query({ where: { id: userId } })))!;
    },
  }),
  reactivateUser: t.drizzleField({
    type: User,
    description: 'Lets a deactivated person sign in again. Admins only.',
    errors: {},
    args: { userId: t.arg.globalID({ required: true, for: User }) },
    resolve: async (query, _root, args, ctx) => {
      authorize(ctx.viewer, 'user:deactivate');
      const actorId = ctx.viewer.id;
      const userId = args.userId.id;
      const before = await ctx.db.transaction((tx) => reactivateUser(tx, actorId, userId));
      if (before !== 'active') ctx.services.events.emit('user.updated', { userId, actorId });
      return (await ctx.db.query.users.findFirst(query({ where: { id: userId } })))!;
    },
  }),
  updateOrganisationSettings: t.field({
    type: OrganisationSettings,
    description: 'Changes the organisation’s name, default language or self sign-up domains. Admins only.',
    errors: {},
    args: { input: t.arg({ type: UpdateOrganisationSettingsInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      authorize(ctx.viewer, 'organisation:update');
      const actorId = ctx.viewer.id;
      const changes = {
        ...(input.name != null && { name: input.name }),
        ...(input.defaultLocale != null && { defaultLocale: input.defaultLocale }),
        ...(input.allowedEmailDomains != null && { allowedEmailDomains: input.allowedEmailDomains }),
        ...(input.colleaguesSeeEmail != null && { colleaguesSeeEmail: input.colleaguesSeeEmail }),
        ...(input.personalApiTokens != null && { personalApiTokens: input.personalApiTokens }),
      };
      return updateSettings(ctx.db, actorId, changes);
    },
  }),
}));
