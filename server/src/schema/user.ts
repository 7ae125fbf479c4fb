import type { schema } from '@levain/db';
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { NotFoundError } from '../errors';
import { isWorkingTime } from '../notifications/working-hours';
import { updateProfile } from '../people/profile';
import { authorize, can, colleaguesSeeEmailSql, visibleUsers } from '../permissions';
import { roles as roleNames } from '../permissions/viewer';
import { builder } from './builder';
import { OrgUnit } from './org-unit';
import { fields, message } from './validation';

export const Role = builder.enumType('Role', { values: roleNames });
export const UserBadge = builder.enumType('UserBadge', {
  description: 'A role shown where it explains something (a moderator’s badge on a profile).',
  values: ['moderator'] as const,
});
export const UserStatus = builder.enumType('UserStatus', { values: ['active', 'deactivated'] as const });

export const WorkingHours = builder.objectRef<schema.WorkingHours>('WorkingHours').implement({
  description: 'When a person works, in their own time zone (used for the right to disconnect).',
  fields: (t) => ({
    days: t.exposeIntList('days', { description: 'ISO weekdays, 1 = Monday … 7 = Sunday.' }),
    start: t.exposeString('start'),
    end: t.exposeString('end'),
  }),
});

export const User = builder.drizzleNode('users', {
  name: 'User',
  authScopes: { signedIn: true },
  id: { column: (user) => user.id },
  // Each field selects what it reads: a person shown beside every post and comment costs a few
  // columns, not their password hash and search vector.
  select: { columns: { id: true } },
  fields: (t) => ({
    name: t.exposeString('name'),
    email: t.string({
      nullable: true,
      description:
        'Null when the organisation keeps addresses from colleagues and the viewer is not the person, their manager, HR or an admin.',
      select: {
        columns: { email: true, managerId: true },
        extras: { colleaguesSeeEmail: colleaguesSeeEmailSql },
      },
      resolve: (u, _args, ctx) => (can(ctx.viewer, 'user:read-email', u) ? u.email : null),
    }),
    title: t.exposeString('title', { nullable: true }),
    bio: t.exposeString('bio', { nullable: true }),
    locale: t.exposeString('locale'),
    timeZone: t.string({
      nullable: true,
      description: 'For the person, their manager, HR and admins; null for others.',
      select: { columns: { timeZone: true, managerId: true } },
      resolve: (u, _args, ctx) => (can(ctx.viewer, 'user:read-private', u) ? u.timeZone : null),
    }),
    workingHours: t.field({
      type: WorkingHours,
      nullable: true,
      description: 'For the person, their manager, HR and admins; others see only `atWorkNow`.',
      select: { columns: { workingHours: true, managerId: true } },
      resolve: (u, _args, ctx) => (can(ctx.viewer, 'user:read-private', u) ? u.workingHours : null),
    }),
    atWorkNow: t.boolean({
      description:
        'Whether it is within the person’s working hours now (all a colleague needs to know of them).',
      select: { columns: { workingHours: true, timeZone: true } },
      resolve: (u) => isWorkingTime(new Date(), u.timeZone, u.workingHours),
    }),
    status: t.expose('status', { type: UserStatus }),
    avatarUrl: t.string({
      nullable: true,
      select: { columns: { avatarPath: true } },
      resolve: (u) => (u.avatarPath ? `/uploads/${u.avatarPath}` : null),
    }),
    orgUnit: t.relation('orgUnit', { nullable: true, type: OrgUnit }),
    manager: t.relation('manager', { nullable: true }),
    reports: t.relation('reports', { query: { where: { status: 'active' }, orderBy: { name: 'asc' } } }),
    roles: t.field({
      type: [Role],
      nullable: true,
      description: 'For the person and admins; others see `badges`.',
      select: { columns: { managerId: true }, with: { roles: { columns: { role: true } } } },
      resolve: (u, _args, ctx) => (can(ctx.viewer, 'user:read-roles', u) ? u.roles.map((r) => r.role) : null),
    }),
    badges: t.field({
      type: [UserBadge],
      description: 'What a colleague should know of someone’s roles: who moderates the whole organisation.',
      select: { with: { roles: { columns: { role: true } } } },
      resolve: (u) => (u.roles.some((r) => r.role === 'admin') ? ['moderator' as const] : []),
    }),
    canEdit: t.boolean({
      description: 'Whether the viewer may edit this profile.',
      select: { columns: { id: true } },
      resolve: (u, _args, ctx) => can(ctx.viewer, 'user:update', u),
    }),
  }),
});

/** Users in an org unit or any unit below it. */
function inOrgUnitTree(orgUnitId: string) {
  return sql`(with recursive tree as (
      select id from org_units where id = ${orgUnitId}
      union all select o.id from org_units o join tree on o.parent_id = tree.id
    ) select id from tree)`;
}

builder.queryFields((t) => ({
  me: t.drizzleField({
    type: User,
    nullable: true,
    description: 'The signed-in person, or null.',
    skipTypeScopes: true,
    resolve: (query, _root, _args, ctx) =>
      ctx.viewer ? ctx.db.query.users.findFirst(query({ where: { id: ctx.viewer.id } })) : null,
  }),
  user: t.withAuth({ signedIn: true }).drizzleField({
    type: User,
    nullable: true,
    args: { id: t.arg.globalID({ required: true, for: User }) },
    resolve: (query, _root, args, ctx) =>
      ctx.db.query.users.findFirst(query({ where: { id: args.id.id, ...visibleUsers(ctx.viewer) } })),
  }),
  users: t.withAuth({ signedIn: true }).drizzleConnection({
    type: 'users',
    description: 'The people directory: active colleagues, by name.',
    args: {
      search: t.arg.string({ validate: z.string().max(200, message('validation.tooLong', { max: 200 })) }),
      orgUnit: t.arg.globalID({ for: OrgUnit }),
      includeDeactivated: t.arg.boolean({ description: 'Also list deactivated people (admins only).' }),
    },
    resolve: (query, _root, args, ctx) => {
      if (args.includeDeactivated) authorize(ctx.viewer, 'user:list-deactivated');
      const term = args.search?.trim();
      const pattern = term ? `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
      const orgUnitId = args.orgUnit?.id;
      const emailSearchable = can(ctx.viewer, 'directory:search-email', { colleaguesSeeEmail: false });
      return ctx.db.query.users.findMany(
        query({
          where: {
            ...visibleUsers(ctx.viewer),
            ...(!args.includeDeactivated && { status: 'active' as const }),
            ...(pattern && {
              OR: [
                { name: { ilike: pattern } },
                { title: { ilike: pattern } },
                // An address finds its owner only for those who may read addresses.
                {
                  RAW: (u: typeof schema.users) =>
                    sql`(${u.email} ilike ${pattern} and ${emailSearchable ? sql`true` : colleaguesSeeEmailSql})`,
                },
              ],
            }),
            ...(orgUnitId && {
              RAW: (u: typeof schema.users) => sql`${u.orgUnitId} in ${inOrgUnitTree(orgUnitId)}`,
            }),
          },
          orderBy: { name: 'asc' },
        }),
      );
    },
  }),
}));

const WorkingHoursInput = builder.inputType('WorkingHoursInput', {
  fields: (t) => ({
    days: t.intList({ required: true }),
    start: t.string({ required: true }),
    end: t.string({ required: true }),
  }),
  validate: z
    .object({ days: z.array(z.number().int().min(1).max(7)).max(7), start: z.string(), end: z.string() })
    .refine(
      (h) =>
        /^([01]\d|2[0-3]):[0-5]\d$/.test(h.start) &&
        /^([01]\d|2[0-3]):[0-5]\d$/.test(h.end) &&
        h.start < h.end,
      {
        message: message('validation.workingHours'),
      },
    ),
});

const UpdateProfileInput = builder.inputType('UpdateProfileInput', {
  fields: (t) => ({
    userId: t.globalID({ for: User, description: 'Defaults to the viewer; admins may edit others.' }),
    name: t.string({ validate: fields.text(120) }),
    title: t.string({
      validate: z
        .string()
        .trim()
        .max(120, message('validation.tooLong', { max: 120 })),
    }),
    bio: t.string({
      validate: z
        .string()
        .trim()
        .max(1000, message('validation.tooLong', { max: 1000 })),
    }),
    locale: t.string({ validate: fields.locale() }),
    timeZone: t.string({ validate: fields.timeZone() }),
    workingHours: t.field({ type: WorkingHoursInput }),
  }),
});

builder.mutationField('updateProfile', (t) =>
  t.withAuth({ signedIn: true }).drizzleField({
    type: User,
    errors: {},
    args: { input: t.arg({ type: UpdateProfileInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      const userId = input.userId?.id ?? ctx.viewer.id;
      authorize(ctx.viewer, 'user:update', { id: userId });
      // null leaves a required field unchanged; an empty title or bio clears it.
      const changes = {
        ...(input.name != null && { name: input.name }),
        ...(input.locale != null && { locale: input.locale }),
        ...(input.timeZone != null && { timeZone: input.timeZone }),
        ...(input.workingHours != null && { workingHours: input.workingHours }),
        ...(input.title !== undefined && { title: input.title || null }),
        ...(input.bio !== undefined && { bio: input.bio || null }),
      };
      await updateProfile(ctx, userId, changes);
      const user = await ctx.db.query.users.findFirst(query({ where: { id: userId } }));
      if (!user) throw new NotFoundError();
      return user;
    },
  }),
);
