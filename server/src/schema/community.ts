import type { schema } from '@levain/db';
import { type SQL, sql } from 'drizzle-orm';
import { type CommunityState, viewerAccess, viewerMemberships } from '../communities/access';
import type { Context } from '../context';
import { NotFoundError, NotSignedInError } from '../errors';
import { type CommunityAccess, can, type Viewer, visibleCommunityIds } from '../permissions';
import { builder } from './builder';
import { OrgUnit } from './org-unit';
import { User } from './user';

export const CommunityKind = builder.enumType('CommunityKind', {
  description: 'What a community is for; projects and learning get their own features later.',
  values: ['topic', 'project', 'learning', 'official'] as const,
});
export const CommunityVisibility = builder.enumType('CommunityVisibility', {
  description:
    'public: everyone sees it and its content; private: everyone sees it exists, members see content; secret: only members know it exists.',
  values: ['public', 'private', 'secret'] as const,
});
export const CommunityJoinPolicy = builder.enumType('CommunityJoinPolicy', {
  values: ['open', 'request', 'invitation'] as const,
});
export const CommunityRole = builder.enumType('CommunityRole', {
  description: 'owner: runs the community; animator: its community manager; member.',
  values: ['owner', 'animator', 'member'] as const,
});
export const MembershipStatus = builder.enumType('MembershipStatus', {
  values: ['active', 'requested', 'invited'] as const,
});

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Communities a list may show: visible to the viewer and not deleted (admins find those by slug). */
export const listedCommunities = (viewer: Viewer | null, c: typeof schema.communities): SQL =>
  sql`(${c.id} in ${visibleCommunityIds(viewer)} and ${c.deletedAt} is null)`;

const CommunityViewerCan = builder.objectRef<CommunityAccess>('CommunityViewerCan').implement({
  description: 'What the viewer may do in the community, from the same rules the server enforces.',
  fields: (t) => {
    const rule = (action: Parameters<typeof can>[1]) =>
      t.boolean({ resolve: (access, _args, ctx) => can(ctx.viewer, action, access) });
    return {
      post: rule('community:post'),
      moderate: rule('community:moderate'),
      update: rule('community:update'),
      manageMembers: rule('community:manage-members'),
      changeRoles: rule('community:change-roles'),
      delete: rule('community:delete'),
      join: rule('community:join'),
      requestMembership: rule('community:request-membership'),
    };
  },
});

export const CommunityMembership = builder.drizzleObject('communityMemberships', {
  name: 'CommunityMembership',
  description: 'A person’s place in a community: their role, and whether they are in, invited or asking.',
  fields: (t) => ({
    user: t.relation('user', { type: User }),
    community: t.relation('community'),
    role: t.expose('role', { type: CommunityRole }),
    status: t.expose('status', { type: MembershipStatus }),
    joinedAt: t.expose('joinedAt', {
      type: 'DateTime',
      description: 'When the person joined, was invited or asked to join.',
    }),
    suspendedUntil: t.expose('suspendedUntil', { type: 'DateTime', nullable: true }),
  }),
});

/**
 * node(id) and nodes(ids) answer like community(slug): null, without an error, whether the
 * community does not exist or the viewer may not know it exists. (The relay plugin prefers
 * `loadMany` to the drizzle plugin's loader, whose types do not list it; fields the rows lack load
 * in one batched query.)
 */
const nodeLoading = {
  loadMany: async (ids: string[], ctx: Context) => {
    if (!ctx.viewer) throw new NotSignedInError();
    const rows = await ctx.db.query.communities.findMany({
      columns: { search: false },
      where: { id: { in: ids.filter((id) => UUID.test(id)) } },
    });
    return Promise.all(
      ids.map(async (id) => {
        const community = rows.find((row) => row.id === id);
        return community && can(ctx.viewer, 'community:see', await viewerAccess(ctx, community))
          ? community
          : null;
      }),
    );
  },
};

export const Community = builder.drizzleNode('communities', {
  name: 'Community',
  description:
    'People gathered around a topic, a project, learning, or an official channel of the organisation.',
  select: { columns: { id: true, visibility: true, joinPolicy: true, archivedAt: true, deletedAt: true } },
  // Wherever a community is reached (node, relations, other domains), a viewer who may not know it
  // exists gets "not found", never "not allowed".
  authScopes: async (community, ctx) => {
    if (!ctx.viewer) throw new NotSignedInError();
    if (!can(ctx.viewer, 'community:see', await viewerAccess(ctx, community))) throw new NotFoundError();
    return true;
  },
  id: { column: (community) => community.id },
  ...nodeLoading,
  fields: (t) => ({
    slug: t.exposeString('slug'),
    name: t.exposeString('name'),
    description: t.exposeString('description'),
    kind: t.expose('kind', { type: CommunityKind }),
    visibility: t.expose('visibility', { type: CommunityVisibility }),
    joinPolicy: t.expose('joinPolicy', { type: CommunityJoinPolicy }),
    requiresApproval: t.exposeBoolean('requiresApproval', {
      description: 'Posts wait for an animator’s approval before they are published.',
    }),
    coverUrl: t.string({
      nullable: true,
      select: { columns: { coverPath: true } },
      resolve: (community) => (community.coverPath ? `/uploads/${community.coverPath}` : null),
    }),
    charterUrl: t.exposeString('charterUrl', { nullable: true }),
    parent: t.relation('parent', {
      nullable: true,
      query: (_args, ctx) => ({ where: { RAW: (c) => listedCommunities(ctx.viewer, c) } }),
    }),
    subCommunities: t.relation('children', {
      description: 'Sub-communities the viewer may see.',
      query: (_args, ctx) => ({
        where: { RAW: (c) => listedCommunities(ctx.viewer, c) },
        orderBy: { name: 'asc', id: 'asc' },
      }),
    }),
    orgUnits: t.relation('orgUnits', { type: OrgUnit, query: { orderBy: { name: 'asc' } } }),
    memberCount: t.exposeInt('memberCount', { description: 'Active members.' }),
    viewerMembership: t.field({
      type: CommunityMembership,
      nullable: true,
      description: 'The viewer’s role and status here, or null.',
      resolve: async (community, _args, ctx) => (await viewerMemberships(ctx)).get(community.id) ?? null,
    }),
    viewerCan: t.field({
      type: CommunityViewerCan,
      resolve: (community, _args, ctx) => viewerAccess(ctx, community),
    }),
    archivedAt: t.expose('archivedAt', { type: 'DateTime', nullable: true }),
    deletedAt: t.expose('deletedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'Set while a deleted community can still be restored (admins only).',
      authScopes: { role: 'admin' },
      unauthorizedResolver: () => null,
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    members: t.relatedConnection('memberships', {
      description:
        'Members by role then name. Readers of the community see active members; people invited or asking to join are listed to its animators.',
      args: {
        role: t.arg({ type: CommunityRole }),
        status: t.arg({ type: MembershipStatus, description: 'Default: active.' }),
      },
      // The parent is the community (Pothos types the connection's scopes with the node's shape).
      authScopes: async (parent, args, ctx) => {
        const access = await viewerAccess(ctx, parent as unknown as CommunityState);
        const action = (args.status ?? 'active') === 'active' ? 'community:read' : 'community:manage-members';
        return can(ctx.viewer, action, access);
      },
      query: (args) => ({
        where: {
          status: args.status ?? 'active',
          ...(args.role && { role: args.role }),
          user: { status: 'active' as const },
        },
        extras: {
          memberName: (m, { sql }) => sql<string>`(select u.name from users u where u.id = ${m.userId})`,
        },
        orderBy: { role: 'asc', memberName: 'asc' },
      }),
    }),
  }),
});
