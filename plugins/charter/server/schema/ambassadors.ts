import {
  authorize,
  connectionOf,
  decodeKeyset,
  fields,
  NotFoundError,
  type PluginSchema,
  ValidationError,
} from '@levain/server/plugin';
import { eq, sql } from 'drizzle-orm';
import { charterAmbassadors } from '../../db/schema';
import { type AmbassadorView, ambassadorsWhere, servingUnit } from '../ambassadors/model';
import { nominateAmbassador } from '../ambassadors/nominate';
import { askAmbassador } from '../ambassadors/questions';
import { isUuid } from './queries';

const MAX_PAGE = 100;

/** Ambassadors of the charters: the directory, nominations, and questions to them. */
export function ambassadorSchema({ builder, queryField, mutationField, core, services }: PluginSchema) {
  const Ambassador = builder.objectRef<AmbassadorView>('Ambassador').implement({
    description: 'An ambassador of the charters for a site or a direction (or the whole organisation).',
    fields: (t) => ({
      id: t.id({ resolve: (a) => a.user.id }),
      name: t.string({ resolve: (a) => a.user.name }),
      user: t.field({ type: core.User, resolve: (a) => a.user as never }),
      orgUnit: t.field({ type: core.OrgUnit, nullable: true, resolve: (a) => a.orgUnit as never }),
      approved: t.boolean({ resolve: (a) => a.ambassador.status === 'approved' }),
      certified: t.boolean({
        description: 'Completed the training since the latest major version of the social-media charter.',
        resolve: (a) => a.certified,
      }),
      nominatedAt: t.field({ type: 'DateTime', resolve: (a) => a.ambassador.nominatedAt }),
    }),
  });

  queryField('ambassadors', (t) =>
    t.withAuth({ signedIn: true }).connection({
      type: Ambassador,
      description:
        'Approved ambassadors by name; `forMe`: those who serve the viewer’s unit. `nominated` (chief CM, admins): nominations waiting for approval.',
      args: { forMe: t.arg.boolean(), nominated: t.arg.boolean() },
      resolve: async (_root, args, ctx) => {
        authorize(ctx.viewer, args.nominated ? 'charter:approve-ambassadors' : 'charter:read');
        const first = Math.min(Math.max(args.first ?? 50, 1), MAX_PAGE);
        const status = eq(charterAmbassadors.status, args.nominated ? 'nominated' : 'approved');
        const unit = args.forMe ? servingUnit(ctx.viewer.orgUnitId ?? null) : sql`true`;
        const rows = await ambassadorsWhere(ctx.db, sql`${status} and ${unit}`, {
          first,
          after: decodeKeyset(args.after),
        });
        return connectionOf(rows, first, (a) => [a.user.name, a.user.id], args.after);
      },
    }),
  );

  mutationField('nominateAmbassador', (t) =>
    t.withAuth({ signedIn: true }).field({
      type: 'Boolean',
      errors: {},
      description:
        'Nominates an ambassador for a unit (none: the whole organisation). Oneself: waits for approval; the chief CM and admins: approved at once.',
      args: { userId: t.arg.id({ required: true }), orgUnitId: t.arg.id() },
      resolve: async (_root, { userId, orgUnitId }, ctx) => {
        authorize(ctx.viewer, 'charter:read');
        const unit = orgUnitId ? String(orgUnitId) : null;
        if (!isUuid(String(userId))) throw new NotFoundError();
        if (unit && !isUuid(unit)) throw ValidationError.field('orgUnitId', 'charter:validation.unknownUnit');
        await nominateAmbassador(ctx.db, ctx.viewer, { userId: String(userId), orgUnitId: unit });
        return true;
      },
    }),
  );

  const AskResult = builder
    .objectRef<{ recipients: number }>('AmbassadorQuestionSent')
    .implement({ fields: (t) => ({ recipients: t.exposeInt('recipients') }) });

  mutationField('askAmbassador', (t) =>
    t.withAuth({ signedIn: true }).field({
      type: AskResult,
      errors: {},
      description:
        'Sends a question about the charters to the ambassadors of the viewer’s site or direction.',
      args: { question: t.arg.string({ required: true, validate: fields.text(2_000) }) },
      resolve: async (_root, { question }, ctx) => {
        authorize(ctx.viewer, 'charter:read');
        return askAmbassador(services, ctx.viewer, question);
      },
    }),
  );
}
