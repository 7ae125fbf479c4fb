import type { schema as core } from '@levain/db';
import { authorize, can, type PluginSchema, ValidationError } from '@levain/server/plugin';
import { eq } from 'drizzle-orm';
import { cmReports } from '../../db/schema';
import { parseMonth } from '../board/month';
import { heldPositions } from '../network/positions';
import { reviewReport, submitReport } from '../reports/cycle';
import {
  buildCycle,
  loadReports,
  type Report,
  type ReportCycle,
  type ReportLine,
  type ReportRollup,
} from '../reports/read';
import { isUuid, localId } from './ids';
import type { networkSchema } from './network';

type UserRow = typeof core.users.$inferSelect;
type OrgUnitRow = typeof core.orgUnits.$inferSelect;

/** `cmReports(month)` and the monthly cycle: a CM submits, the chief CM validates or returns. */
export function reportsSchema(schema: PluginSchema, network: ReturnType<typeof networkSchema>) {
  const { builder, queryField, mutationField, core: refs, services } = schema;
  const Status = builder.enumType('CmReportStatus', {
    values: {
      SUBMITTED: { value: 'submitted' },
      VALIDATED: { value: 'validated' },
      RETURNED: { value: 'returned' },
    } as const,
  });
  const ReportRef = builder.objectRef<Report>('CmReport').implement({
    description:
      'The qualitative part of a CM’s monthly report (highlights, requests and contacts received, recommendations) and the chief CM’s review.',
    fields: (t) => ({
      id: t.exposeID('id'),
      month: t.exposeString('month'),
      positionId: t.exposeID('positionId'),
      author: t.field({ type: refs.User, nullable: true, resolve: (r) => r.author as UserRow | null }),
      highlights: t.exposeString('highlights'),
      requests: t.exposeString('requests'),
      recommendations: t.exposeString('recommendations'),
      status: t.expose('status', { type: Status }),
      submittedAt: t.field({ type: 'DateTime', resolve: (r) => r.submittedAt }),
      reviewer: t.field({ type: refs.User, nullable: true, resolve: (r) => r.reviewer as UserRow | null }),
      reviewComment: t.exposeString('reviewComment', { nullable: true }),
      reviewedAt: t.field({ type: 'DateTime', nullable: true, resolve: (r) => r.reviewedAt }),
    }),
  });
  const Line = builder.objectRef<ReportLine>('CmReportLine').implement({
    description:
      'A held position and its report for the month: pending until submitted, late after the due date.',
    fields: (t) => ({
      positionId: t.id({ resolve: (l) => l.position.id }),
      orgUnit: t.field({ type: refs.OrgUnit, resolve: (l) => l.position.orgUnit }),
      holder: t.field({ type: refs.User, nullable: true, resolve: (l) => l.position.holder?.user ?? null }),
      timeBasis: t.field({ type: network.TimeBasis, resolve: (l) => l.position.timeBasis }),
      report: t.field({ type: ReportRef, nullable: true, resolve: (l) => l.report }),
      pending: t.exposeBoolean('pending'),
      late: t.exposeBoolean('late'),
    }),
  });
  const Rollup = builder.objectRef<ReportRollup>('CmReportRollup').implement({
    description: 'Where a country’s reports stand (the network’s when country is null).',
    fields: (t) => ({
      country: t.field({
        type: refs.OrgUnit,
        nullable: true,
        resolve: (r) => r.country as OrgUnitRow | null,
      }),
      expected: t.exposeInt('expected'),
      submitted: t.exposeInt('submitted'),
      validated: t.exposeInt('validated'),
      returned: t.exposeInt('returned'),
      pending: t.exposeInt('pending'),
      late: t.exposeInt('late'),
    }),
  });
  const Cycle = builder.objectRef<ReportCycle & { viewerId: string }>('CmReportCycle').implement({
    fields: (t) => ({
      month: t.string({ resolve: (c) => c.month.key }),
      dueAt: t.field({
        type: 'DateTime',
        description: 'Reports are due on the 5th of the next month.',
        resolve: (c) => c.dueAt,
      }),
      lines: t.field({
        type: [Line],
        description: 'Every report the viewer may read, with pending positions.',
        resolve: (c) => c.lines,
      }),
      mine: t.field({
        type: [Line],
        description: 'The viewer’s own positions: the reports they write.',
        resolve: (c) => c.lines.filter((l) => l.position.holder?.userId === c.viewerId),
      }),
      late: t.field({ type: [Line], resolve: (c) => c.lines.filter((l) => l.late) }),
      rollup: t.field({
        type: [Rollup],
        description: 'The network first, then each country.',
        resolve: (c) => c.rollup,
      }),
    }),
  });

  queryField('cmReports', (t) =>
    t.withAuth({ signedIn: true }).field({
      type: Cycle,
      description:
        'The monthly reports: the chief CM reads them all, a country CM their country’s, a part-time CM their own; employees get NotAllowedError.',
      args: { month: t.arg.string({ required: true }) },
      resolve: async (_root, args, ctx) => {
        const now = new Date();
        const month = parseMonth(args.month, now);
        const { view, positions } = await network.visiblePositions(ctx);
        const readable = positions.filter((p) =>
          can(ctx.viewer, 'cm-network:read-reports', view.access([p.orgUnitId])),
        );
        const cycle = await buildCycle(ctx.db, view, readable, month, now);
        return { ...cycle, viewerId: ctx.viewer.id };
      },
    }),
  );

  const reload = async (db: Parameters<typeof loadReports>[0], id: string) =>
    (await loadReports(db, eq(cmReports.id, id)))[0]!;

  mutationField('submitCmReport', (t) =>
    t.withAuth({ signedIn: true }).field({
      type: ReportRef,
      errors: {},
      description:
        'Submits the viewer’s report for a month (again after a return); a report already submitted or validated cannot change.',
      args: {
        month: t.arg.string({ required: true }),
        positionId: t.arg.id({ description: 'Needed only by someone holding several positions.' }),
        highlights: t.arg.string({ required: true }),
        requests: t.arg.string({ required: true }),
        recommendations: t.arg.string({ required: true }),
      },
      resolve: async (_root, args, ctx) => {
        const month = parseMonth(args.month, new Date());
        const held = await heldPositions(ctx.db, ctx.viewer.id);
        const wanted = args.positionId == null ? null : localId(args.positionId);
        if (wanted === null && held.length > 1)
          throw ValidationError.field('positionId', 'cm-network:validation.choosePosition');
        const position = wanted === null ? held[0] : held.find((h) => h.positionId === wanted);
        authorize(ctx.viewer, 'cm-network:submit-report', position && { holderId: ctx.viewer.id });
        const id = await submitReport(ctx.db, ctx.viewer.id, {
          positionId: position!.positionId,
          month,
          highlights: args.highlights,
          requests: args.requests,
          recommendations: args.recommendations,
        });
        return reload(ctx.db, id);
      },
    }),
  );

  const review = (decision: 'validated' | 'returned') =>
    mutationField(decision === 'validated' ? 'validateCmReport' : 'returnCmReport', (t) =>
      t.withAuth({ signedIn: true }).field({
        type: ReportRef,
        errors: {},
        description:
          decision === 'validated'
            ? 'The chief CM validates a submitted report, with an optional comment; its author is told.'
            : 'The chief CM returns a submitted report with a comment saying what to rework; its author is told.',
        args: {
          reportId: t.arg.id({ required: true }),
          comment: t.arg.string({ required: decision === 'returned' }),
        },
        resolve: async (_root, args, ctx) => {
          authorize(ctx.viewer, 'cm-network:review-reports');
          const reportId = localId(args.reportId);
          if (!isUuid(reportId))
            throw ValidationError.field('reportId', 'cm-network:validation.reportNotSubmitted');
          const id = await reviewReport(ctx.db, services, ctx.viewer.id, {
            reportId,
            decision,
            comment: args.comment ?? null,
          });
          return reload(ctx.db, id);
        },
      }),
    );
  review('validated');
  review('returned');
}
