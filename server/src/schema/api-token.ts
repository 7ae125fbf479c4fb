import { sql } from 'drizzle-orm';
import { grantableScopes } from '../api-tokens/scopes';
import {
  type ApiTokenRow,
  createApiToken,
  MAX_LIFETIME_DAYS,
  mayCreateApiTokens,
  revokeApiToken,
  visibleTokensWhere,
} from '../api-tokens/tokens';
import { NotSignedInError } from '../errors';
import { can } from '../permissions';
import { builder } from './builder';
import { User } from './user';

const ApiTokenStatus = builder.enumType('ApiTokenStatus', {
  values: ['active', 'expired', 'revoked'] as const,
});

export const ApiToken = builder.drizzleNode('apiTokens', {
  name: 'ApiToken',
  description:
    'A token an integration sends as `Authorization: Bearer …`; it acts as its owner, within its scopes. Its secret is shown once, at creation.',
  // node(id) must not show another person's token: the same rule as the list.
  select: { columns: { ownerId: true } },
  authScopes: (token, ctx) =>
    !!ctx.viewer && (token.ownerId === ctx.viewer.id || can(ctx.viewer, 'api-token:manage')),
  id: { column: (token) => token.id },
  fields: (t) => ({
    name: t.exposeString('name'),
    scopes: t.exposeStringList('scopes'),
    owner: t.relation('owner', { type: User }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    expiresAt: t.expose('expiresAt', { type: 'DateTime' }),
    lastUsedAt: t.expose('lastUsedAt', { type: 'DateTime', nullable: true }),
    revokedAt: t.expose('revokedAt', { type: 'DateTime', nullable: true }),
    status: t.field({
      type: ApiTokenStatus,
      select: { columns: { revokedAt: true, expiresAt: true } },
      resolve: (token) =>
        token.revokedAt ? 'revoked' : token.expiresAt.getTime() <= Date.now() ? 'expired' : 'active',
    }),
  }),
});

const ApiTokenCreated = builder
  .objectRef<{ token: ApiTokenRow; secret: string }>('ApiTokenCreated')
  .implement({
    fields: (t) => ({
      token: t.field({ type: ApiToken, resolve: (created) => created.token }),
      secret: t.exposeString('secret', {
        description: 'The token to give the integration. Shown only now: the server keeps its hash.',
      }),
    }),
  });

builder.queryFields((t) => ({
  apiTokens: t.withAuth({ signedIn: true }).drizzleConnection({
    type: ApiToken,
    description: 'API tokens, newest first: every one for admins, one’s own for the others.',
    args: { mine: t.arg.boolean({ description: 'Only the viewer’s own tokens (for admins too).' }) },
    resolve: async (query, _root, args, ctx) => {
      const rows = await ctx.db.query.apiTokens.findMany(
        query({
          where: visibleTokensWhere(ctx.viewer, args.mine ?? false),
          // The cursor holds the exact microsecond text: a millisecond Date would skip rows.
          extras: {
            createdAtExact: (a) =>
              sql<string>`to_char(${a.createdAt} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US')`,
          },
          orderBy: { createdAtExact: 'desc', id: 'desc' },
        }),
      );
      // Pothos selects the columns at run time; its type for a query with extras lists only the extras.
      return rows as unknown as ApiTokenRow[];
    },
  }),
  mayCreateApiTokens: t.withAuth({ signedIn: true }).boolean({
    description:
      'Whether the viewer may create a token: admins always, the others when the organisation allows personal tokens.',
    resolve: (_root, _args, ctx) => mayCreateApiTokens(ctx.db, ctx.viewer),
  }),
  apiTokenScopes: t.withAuth({ signedIn: true }).stringList({
    description: `The scopes the viewer may give a token of theirs (a token lives at most ${MAX_LIFETIME_DAYS} days).`,
    resolve: (_root, _args, ctx) => grantableScopes(ctx.viewer),
  }),
}));

builder.mutationFields((t) => ({
  createApiToken: t.field({
    type: ApiTokenCreated,
    description: 'Creates an API token acting as the viewer; the answer holds its secret, shown once.',
    errors: {},
    args: {
      name: t.arg.string({ required: true }),
      scopes: t.arg.stringList({ required: true }),
      expiresAt: t.arg({ type: 'DateTime', required: true }),
    },
    resolve: (_root, args, ctx) => {
      if (!ctx.viewer) throw new NotSignedInError();
      return createApiToken(ctx.db, ctx.viewer, args);
    },
  }),
  revokeApiToken: t.drizzleField({
    type: ApiToken,
    description: 'Makes a token stop working at once (admins: any token; others: their own).',
    errors: {},
    args: { id: t.arg.globalID({ required: true, for: ApiToken }) },
    resolve: async (query, _root, args, ctx) => {
      if (!ctx.viewer) throw new NotSignedInError();
      const revoked = await revokeApiToken(ctx.db, ctx.viewer, args.id.id);
      return (await ctx.db.query.apiTokens.findFirst(query({ where: { id: revoked.id } })))!;
    },
  }),
}));
