import { sql } from 'drizzle-orm';
import { builder } from './builder';

export const OrgUnitKind = builder.enumType('OrgUnitKind', {
  values: ['company', 'country', 'direction', 'department', 'team'] as const,
});

export const OrgUnit = builder.drizzleNode('orgUnits', {
  name: 'OrgUnit',
  description: 'A node of the organisation chart: company → country → direction/department → team.',
  authScopes: { signedIn: true },
  id: { column: (unit) => unit.id },
  fields: (t) => ({
    code: t.exposeString('code'),
    name: t.exposeString('name'),
    kind: t.expose('kind', { type: OrgUnitKind }),
    parent: t.relation('parent', { nullable: true }),
    children: t.relation('children', { query: { orderBy: { name: 'asc' } } }),
    // relatedCount renders a broken join with drizzle-orm 1.0.0-rc.5, so the count is an extra.
    memberCount: t.int({
      description: 'Active people directly in this unit.',
      select: {
        extras: {
          memberCount: (unit) =>
            sql<number>`(select count(*)::int from users u where u.org_unit_id = ${unit.id} and u.status = 'active')`,
        },
      },
      resolve: (unit) => unit.memberCount,
    }),
  }),
});

builder.queryField('orgUnits', (t) =>
  t.withAuth({ signedIn: true }).drizzleField({
    type: [OrgUnit],
    description: 'The whole organisation chart, parents before children.',
    resolve: (query, _root, _args, ctx) =>
      ctx.db.query.orgUnits.findMany(
        query({ where: { archived: false }, orderBy: { kind: 'asc', name: 'asc' } }),
      ),
  }),
);
