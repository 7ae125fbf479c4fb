import type { schema } from '@levain/db';
import { type SQL, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { CommunityRow } from '../communities/access';
import { discoverableWhere, discoverScore } from '../communities/discover';
import { orgUnitSubtree } from '../communities/hierarchy';
import { authorize, visibleCommunityIds } from '../permissions';
import { builder } from './builder';
import { Community, CommunityKind, CommunityVisibility, listedCommunities } from './community';
import { OrgUnit } from './org-unit';
import { message } from './validation';

type Communities = typeof schema.communities;

const CommunityFilter = builder.inputType('CommunityFilter', {
  fields: (t) => ({
    search: t.string({
      description: 'Words of the name or description, accents and case ignored.',
      validate: z.string().max(200, message('validation.tooLong', { max: 200 })),
    }),
    kind: t.field({ type: CommunityKind }),
    visibility: t.field({ type: CommunityVisibility }),
    mine: t.boolean({ description: 'Only communities the viewer is an active member of.' }),
    orgUnit: t.globalID({ for: OrgUnit, description: 'Attached to this org unit or a unit below it.' }),
    deleted: t.boolean({ description: 'Deleted communities that can still be restored (admins only).' }),
  }),
});

const escapeLike = (term: string) => term.replace(/[\\%_]/g, (c) => `\\${c}`);

function filterWhere(
  filter: typeof CommunityFilter.$inferInput | null | undefined,
  viewerId: string,
  c: Communities,
): SQL[] {
  const conditions: SQL[] = [];
  const term = filter?.search?.trim();
  if (term) {
    const pattern = `%${escapeLike(term)}%`;
    conditions.push(sql`(unaccent(${c.name}) ilike unaccent(${pattern})
      or unaccent(${c.description}) ilike unaccent(${pattern}))`);
  }
  if (filter?.kind) conditions.push(sql`${c.kind} = ${filter.kind}`);
  if (filter?.visibility) conditions.push(sql`${c.visibility} = ${filter.visibility}`);
  if (filter?.mine)
    conditions.push(sql`exists (select 1 from community_memberships m where m.community_id = ${c.id}
      and m.user_id = ${viewerId} and m.status = 'active')`);
  if (filter?.orgUnit)
    conditions.push(sql`exists (select 1 from community_org_units cou where cou.community_id = ${c.id}
      and cou.org_unit_id in ${orgUnitSubtree([filter.orgUnit.id])})`);
  return conditions;
}

builder.queryFields((t) => ({
  community: t.withAuth({ signedIn: true }).drizzleField({
    type: Community,
    nullable: true,
    description: 'A community by its slug; null when it does not exist or the viewer may not know it.',
    args: { slug: t.arg.string({ required: true, validate: z.string().max(100) }) },
    resolve: (query, _root, args, ctx) =>
      ctx.db.query.communities.findFirst(
        query({
          where: {
            slug: args.slug,
            RAW: (c) => sql`${c.id} in ${visibleCommunityIds(ctx.viewer)}`,
          },
        }),
      ),
  }),
  communities: t.withAuth({ signedIn: true }).drizzleConnection({
    type: Community,
    description: 'Communities the viewer may know of, by name.',
    args: { filter: t.arg({ type: CommunityFilter }) },
    resolve: async (query, _root, { filter }, ctx) => {
      if (filter?.deleted) authorize(ctx.viewer, 'community:restore');
      const viewer = ctx.viewer;
      const rows = await ctx.db.query.communities.findMany(
        query({
          where: {
            RAW: (c) =>
              sql.join(
                [
                  filter?.deleted ? sql`${c.deletedAt} is not null` : listedCommunities(viewer, c),
                  ...filterWhere(filter, viewer.id, c),
                ],
                sql` and `,
              ),
          },
          orderBy: { name: 'asc', id: 'asc' },
        }),
      );
      // Pothos selects the columns at run time; its type for the planned query lists none of them.
      return rows as unknown as CommunityRow[];
    },
  }),
  myCommunities: t.withAuth({ signedIn: true }).drizzleField({
    type: [Community],
    description: 'The communities the viewer belongs to, by name.',
    resolve: (query, _root, _args, ctx) =>
      ctx.db.query.communities.findMany(
        query({
          where: {
            deletedAt: { isNull: true },
            RAW: (c) => sql`exists (select 1 from community_memberships m where m.community_id = ${c.id}
              and m.user_id = ${ctx.viewer.id} and m.status = 'active')`,
          },
          orderBy: { name: 'asc', id: 'asc' },
        }),
      ),
  }),
  discoverCommunities: t.withAuth({ signedIn: true }).drizzleField({
    type: [Community],
    description:
      'Communities to join: attached to the viewer’s org unit or a unit above it, and where their colleagues are; then the most followed.',
    args: {
      first: t.arg.int({
        defaultValue: 10,
        validate: z
          .number()
          .int()
          .min(1)
          .max(50, message('validation.tooMany', { max: 50 })),
      }),
    },
    resolve: (query, _root, args, ctx) => {
      const viewer = ctx.viewer;
      return ctx.db.query.communities.findMany(
        query({
          where: { RAW: (c) => discoverableWhere(viewer, c) },
          orderBy: (c, { asc, desc }) => [
            desc(discoverScore(viewer, c)),
            desc(c.memberCount),
            asc(c.name),
            asc(c.id),
          ],
          limit: args.first ?? 10,
        }),
      );
    },
  }),
}));
