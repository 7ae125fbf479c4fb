import { legalBases } from '../data-processing/activity';
import { type DataProcessingRecord, dataProcessingRecords } from '../data-processing/records';
import { builder } from './builder';

const LegalBasis = builder.enumType('DataProcessingLegalBasis', {
  description: 'The lawful basis of GDPR article 6(1).',
  values: Object.fromEntries(
    legalBases.map((basis) => [basis.replaceAll('-', '_').toUpperCase(), { value: basis }]),
  ) as Record<string, { value: (typeof legalBases)[number] }>,
});

const DataProcessingRecordRef = builder.objectRef<DataProcessingRecord>('DataProcessingRecord').implement({
  description:
    'One processing activity of the record GDPR article 30 asks for, in the viewer’s language: declared by the core or by a plugin.',
  fields: (t) => ({
    id: t.exposeString('id'),
    packageId: t.exposeString('packageId', { description: '"core" or the plugin’s id.' }),
    name: t.string({ resolve: (r, _args, ctx) => r.name[ctx.locale] }),
    purpose: t.string({ resolve: (r, _args, ctx) => r.purpose[ctx.locale] }),
    legalBasis: t.field({ type: LegalBasis, resolve: (r) => r.legalBasis }),
    dataSubjects: t.string({ resolve: (r, _args, ctx) => r.dataSubjects[ctx.locale] }),
    dataCategories: t.stringList({ resolve: (r, _args, ctx) => r.dataCategories.map((c) => c[ctx.locale]) }),
    retention: t.string({ resolve: (r, _args, ctx) => r.retention[ctx.locale] }),
    recipients: t.string({ resolve: (r, _args, ctx) => r.recipients[ctx.locale] }),
  }),
});

builder.queryFields((t) => ({
  dataProcessingRecords: t.field({
    type: [DataProcessingRecordRef],
    description:
      'The record of processing activities (GDPR article 30): the core’s, then each plugin’s (admins).',
    resolve: (_root, _args, ctx) => dataProcessingRecords(ctx.viewer, ctx.services.host),
  }),
}));
