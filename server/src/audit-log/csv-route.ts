import { stringify } from 'csv-stringify/sync';
import { type Request, Router } from 'express';
import { z } from 'zod';
import { readCookie, SESSION_COOKIE } from '../auth/cookies';
import { pickLocale, translate } from '../i18n/messages';
import { can } from '../permissions';
import type { Services } from '../services';
import { type AuditFilter, auditSubject, auditSubjectSql, auditWhere } from './entries';
import { auditSentence, missingSubject } from './sentences';

/** One export holds at most this many entries, newest first; narrow the filters for older ones. */
export const MAX_EXPORTED = 10_000;

const query = z.object({
  actor: z.uuid().optional(),
  action: z.string().max(100).optional(),
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
});

const headers = {
  fr: ['date', 'qui', 'action', 'ce qui a été fait', 'lien'],
  en: ['date', 'who', 'action', 'what was done', 'link'],
};

/**
 * `GET /api/audit-log.csv`: the audit log as the admin filtered it (actor, action, from, to),
 * one line per entry, with the same sentences as the page. Admins only; a GET changes nothing.
 */
export function auditCsvRoutes(services: Services): Router {
  const router = Router();
  router.get('/api/audit-log.csv', async (req: Request, res) => {
    const token = readCookie(req.headers.cookie, SESSION_COOKIE);
    const viewer = token ? (await services.sessions.validate(token))?.viewer : null;
    const locale = pickLocale(viewer?.locale, req.get('accept-language'));
    if (!viewer || !can(viewer, 'audit:read'))
      return void res
        .status(viewer ? 403 : 401)
        .type('text')
        .send(translate(locale, { key: 'error.notAllowed' }));
    const parsed = query.safeParse(req.query);
    if (!parsed.success)
      return void res
        .status(400)
        .type('text')
        .send(translate(locale, { key: 'error.validation' }));
    const { actor, action, from, to } = parsed.data;
    const filter: AuditFilter = {
      actorId: actor,
      action,
      from: from ? new Date(from) : null,
      to: to ? new Date(to) : null,
    };
    const rows = await services.db.query.auditLog.findMany({
      where: auditWhere(filter),
      columns: { action: true, details: true, subjectType: true, createdAt: true },
      with: { actor: { columns: { name: true } } },
      extras: { subject: (a) => auditSubjectSql(a) },
      orderBy: { createdAt: 'desc', id: 'desc' },
      limit: MAX_EXPORTED,
    });
    const lines = rows.map((row) => {
      const subject = auditSubject(locale, row.subject) ?? missingSubject(locale, row.subjectType);
      const sentence = auditSentence(locale, row.action, row.details).replace(
        '{subject}',
        subject?.label ?? '—',
      );
      return [
        row.createdAt.toISOString(),
        row.actor?.name ?? '',
        row.action,
        sentence,
        subject?.link ? `${services.config.publicUrl}${subject.link}` : '',
      ];
    });
    res
      .type('text/csv; charset=utf-8')
      .attachment(`audit-log-${new Date().toISOString().slice(0, 10)}.csv`)
      .send(`\uFEFF${stringify([headers[locale], ...lines])}`);
  });
  return router;
}
