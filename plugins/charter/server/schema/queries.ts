import {
  authorize,
  NotFoundError,
  type PluginSchema,
  type PluginServices,
  type Viewer,
} from '@levain/server/plugin';
import { eq } from 'drizzle-orm';
import { charterDocuments } from '../../db/schema';
import { visibleCommunity } from '../charters/community';
import { ratesCsv } from '../charters/csv';
import { companyCharters, loadCharterViews } from '../charters/model';
import { acknowledgementRates, type Rates, rateOf, type UnitRate } from '../charters/rates';
import type { CharterTypes } from './types';

export const isUuid = (id: string) =>
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id);

/**
 * One charter with its versions, or NotFoundError: a community's charter only for those who may
 * know the community exists.
 */
export async function requireCharter(services: PluginServices, viewer: Viewer, id: string) {
  const [charter] = isUuid(id)
    ? await loadCharterViews(services.db, viewer.id, eq(charterDocuments.id, id))
    : [];
  if (!charter) throw new NotFoundError();
  if (charter.communityId) await visibleCommunity(services, viewer, charter.communityId);
  return charter;
}

export function charterQueries({ builder, queryField, core, services }: PluginSchema, types: CharterTypes) {
  queryField('charters', (t) =>
    t.withAuth({ signedIn: true }).field({
      type: [types.Charter],
      description: 'The company’s charters (social media, behaviour, editorial) with their current version.',
      resolve: (_root, _args, ctx) => {
        authorize(ctx.viewer, 'charter:read');
        return loadCharterViews(ctx.db, ctx.viewer.id, companyCharters);
      },
    }),
  );

  queryField('charter', (t) =>
    t.withAuth({ signedIn: true }).field({
      type: types.Charter,
      nullable: true,
      errors: {},
      args: { id: t.arg.id({ required: true }) },
      resolve: async (_root, { id }, ctx) => {
        authorize(ctx.viewer, 'charter:read');
        return requireCharter(services, ctx.viewer, String(id)).catch((error: unknown) => {
          if (error instanceof NotFoundError) return null;
          throw error;
        });
      },
    }),
  );

  const UnitRateRef = builder.objectRef<UnitRate>('CharterUnitAcknowledgementRate').implement({
    description: 'An org unit with the units below it: how many of the audience acknowledged.',
    fields: (t) => ({
      audience: t.exposeInt('audience'),
      acknowledged: t.exposeInt('acknowledged'),
      rate: t.float({ nullable: true, description: 'Between 0 and 1.', resolve: rateOf }),
      orgUnit: t.field({ type: core.OrgUnit, resolve: (r) => r.unit as never }),
      depth: t.exposeInt('depth'),
    }),
  });

  const RatesRef = builder.objectRef<Rates & { csv: () => string }>('CharterAcknowledgementRates').implement({
    description:
      'Acknowledgement of the current major version, for the organisation and by org unit (counts only).',
    fields: (t) => ({
      audience: t.exposeInt('audience'),
      acknowledged: t.exposeInt('acknowledged'),
      rate: t.float({
        nullable: true,
        description: 'Between 0 and 1; null without audience.',
        resolve: rateOf,
      }),
      units: t.field({ type: [UnitRateRef], resolve: (r) => r.units }),
      csv: t.string({ description: 'The same rows as CSV.', resolve: (r) => r.csv() }),
    }),
  });

  queryField('charterAcknowledgementRates', (t) =>
    t.withAuth({ signedIn: true }).field({
      type: RatesRef,
      errors: {},
      description: 'For admins, HR and the chief CM.',
      args: { charterId: t.arg.id({ required: true }) },
      resolve: async (_root, { charterId }, ctx) => {
        authorize(ctx.viewer, 'charter:read-rates');
        const charter = await requireCharter(services, ctx.viewer, String(charterId));
        const rates = await acknowledgementRates(ctx.db, charter);
        return { ...rates, csv: () => ratesCsv(rates, ctx.locale) };
      },
    }),
  );
}
