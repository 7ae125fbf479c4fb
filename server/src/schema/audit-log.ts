import { schema } from '@levain/db';
import { sql } from 'drizzle-orm';
import { auditSubject, auditSubjectSql, auditWhere } from '../audit-log/entries';
import { auditActionLabel, auditSentence, missingSubject } from '../audit-log/sentences';
import { can } from '../permissions';
import { builder } from './builder';
import { User } from './user';

const AuditSubject = builder.objectRef<{ label: string; link: string | null }>('AuditSubject').implement({
  description: 'What an audit entry acted on.',
  fields: (t) => ({
    label: t.exposeString('label', { description: 'A name, or the beginning of a post or comment.' }),
    link: t.exposeString('link', { nullable: true, description: 'Path of its page in the web app.' }),
  }),
});

const AuditEntry = builder.drizzleObject('auditLog', {
  name: 'AuditEntry',
  description: 'Who did what to which subject, recorded with the change itself.',
  authScopes: (_entry, ctx) => can(ctx.viewer, 'audit:read'),
  fields: (t) => ({
    actor: t.relation('actor', { nullable: true, type: User }),
    action: t.exposeString('action'),
    sentence: t.string({
      description:
        'What the actor did, in the viewer’s language, to be read after their name: "{subject}" stands where the subject goes.',
      select: { columns: { action: true, details: true } },
      resolve: (a, _args, ctx) => auditSentence(ctx.locale, a.action, a.details),
    }),
    subject: t.field({
      type: AuditSubject,
      nullable: true,
      description: 'What was acted on; a label without a link once it no longer exists.',
      select: { columns: { subjectType: true }, extras: { subject: (a) => auditSubjectSql(a) } },
      resolve: (a, _args, ctx) =>
        auditSubject(ctx.locale, (a as unknown as { subject: unknown }).subject) ??
        missingSubject(ctx.locale, a.subjectType),
    }),
    subjectType: t.exposeString('subjectType'),
    subjectId: t.exposeString('subjectId', { nullable: true }),
    details: t.expose('details', { type: 'JSON' }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

const AuditAction = builder.objectRef<{ action: string; label: string }>('AuditAction').implement({
  fields: (t) => ({
    action: t.exposeString('action'),
    label: t.exposeString('label', { description: 'What it does, in the viewer’s language.' }),
  }),
});

const AuditLogFilter = builder.inputType('AuditLogFilter', {
  fields: (t) => ({
    actor: t.globalID({ for: User, description: 'Entries by this person.' }),
    action: t.string({ description: 'Entries of this action ("user.deactivated").' }),
    from: t.field({ type: 'DateTime', description: 'Entries at or after this moment.' }),
    to: t.field({ type: 'DateTime', description: 'Entries before this moment.' }),
  }),
});

builder.queryFields((t) => ({
  auditLog: t.drizzleConnection({
    type: AuditEntry,
    description: 'Admin actions and account events, newest first (admins), by actor, action and dates.',
    authScopes: (_root, _args, ctx) => can(ctx.viewer, 'audit:read'),
    args: { filter: t.arg({ type: AuditLogFilter }) },
    resolve: async (query, _root, args, ctx) => {
      const filter = args.filter ?? {};
      const rows = await ctx.db.query.auditLog.findMany(
        query({
          where: auditWhere({ ...filter, actorId: filter.actor?.id }),
          // The cursor holds the exact microsecond text: a millisecond Date would skip rows.
          extras: {
            createdAtExact: (a) =>
              sql<string>`to_char(${a.createdAt} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US')`,
          },
          orderBy: { createdAtExact: 'desc', id: 'desc' },
        }),
      );
      // Pothos selects the columns at run time; its type for a query with extras lists only the extras.
      return rows as unknown as (typeof schema.auditLog.$inferSelect)[];
    },
  }),
  auditLogActions: t.field({
    type: [AuditAction],
    description: 'The actions the audit log holds, for its filter (admins).',
    authScopes: (_root, _args, ctx) => can(ctx.viewer, 'audit:read'),
    resolve: async (_root, _args, ctx) =>
      (
        await ctx.db
          .selectDistinct({ action: schema.auditLog.action })
          .from(schema.auditLog)
          .orderBy(schema.auditLog.action)
      ).map(({ action }) => ({ action, label: auditActionLabel(ctx.locale, action) })),
  }),
  auditLogActors: t.drizzleField({
    type: [User],
    description: 'The people who appear as actors in the audit log, by name, for its filter (admins).',
    authScopes: (_root, _args, ctx) => can(ctx.viewer, 'audit:read'),
    resolve: (query, _root, _args, ctx) =>
      ctx.db.query.users.findMany(
        query({
          where: { RAW: (u) => sql`${u.id} in (select distinct actor_id from audit_log)` },
          orderBy: { name: 'asc' },
          limit: 500,
        }),
      ),
  }),
}));
