import { schema as dbSchema } from '@levain/db';
import SchemaBuilder from '@pothos/core';
import DrizzlePlugin from '@pothos/plugin-drizzle';
import ErrorsPlugin from '@pothos/plugin-errors';
import RelayPlugin, { resolveNodes } from '@pothos/plugin-relay';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import ValidationPlugin from '@pothos/plugin-validation';
import { getTableConfig } from 'drizzle-orm/pg-core';
import type { GraphQLResolveInfo } from 'graphql';
import type { Context, SignedInContext } from '../context';
import {
  NotAllowedError,
  NotFoundError,
  NotSignedInError,
  RateLimitedError,
  ValidationError,
} from '../errors';
import { hasRole, type Role } from '../permissions';
import './input-guard';
import { validationErrorFrom } from './validation';

export type AuthScopes = {
  signedIn: boolean;
  role: Role;
};

export type PothosTypes = {
  Context: Context;
  DrizzleRelations: typeof dbSchema.relations;
  AuthScopes: AuthScopes;
  /** Fields built with `t.withAuth({ signedIn: true })` see a viewer that is never null. */
  AuthContexts: { signedIn: SignedInContext };
  Scalars: {
    DateTime: { Input: Date; Output: Date | string };
    JSON: { Input: unknown; Output: unknown };
    File: { Input: File; Output: never };
    ID: { Input: string; Output: string | number };
  };
  DefaultFieldNullability: false;
};

/** The drizzle plugin's node loader throws "Model … not found" for unknown ids. */
function nullWhenMissing(error: unknown): null {
  if (error instanceof Error && /^Model \S+ not found$/.test(error.message)) return null;
  throw error;
}

/**
 * Nodes by global id through the relay plugin's loaders. (The `resolveNodes` callback the plugin
 * passes to `nodesQueryOptions.resolve` loads every id of the field, whatever ids it is given.)
 */
function loadNodes(ctx: Context, info: GraphQLResolveInfo, ids: GlobalId[]): Promise<unknown[]> {
  return resolveNodes(builder, ctx, info, ids);
}
type GlobalId = { id: string; typename: string };

export const builder = new SchemaBuilder<PothosTypes>({
  plugins: [ScopeAuthPlugin, RelayPlugin, ErrorsPlugin, 'inputGuard', ValidationPlugin, DrizzlePlugin],
  defaultFieldNullability: false,
  scopeAuth: {
    authScopes: (ctx) => ({
      signedIn: !!ctx.viewer,
      role: (role) => hasRole(ctx.viewer, role),
    }),
    unauthorizedError: (_parent, ctx) => (ctx.viewer ? new NotAllowedError() : new NotSignedInError()),
  },
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
    // An id that matches nothing (or nothing the viewer may see) is null, as Relay expects.
    nodeQueryOptions: {
      resolve: async (_root, { id }, _ctx, _info, resolveNode) =>
        Promise.resolve(resolveNode(id)).catch(nullWhenMissing),
    },
    // Every id loads at once, one statement per type. The drizzle plugin's loader fails them all
    // for one unknown id: each id then resolves alone, so only the unknown ones are null.
    nodesQueryOptions: {
      resolve: (_root, { ids }, ctx, info) =>
        loadNodes(ctx, info, ids).catch((error: unknown) => {
          nullWhenMissing(error);
          return ids.map((id) => loadNodes(ctx, info, [id]).then(([node]) => node ?? null, nullWhenMissing));
        }),
    },
  },
  errors: {
    defaultTypes: [ValidationError, NotAllowedError, NotSignedInError, NotFoundError, RateLimitedError],
    // Input validation failures come back as the typed ValidationError (they only describe the caller's own input).
    unsafelyHandleInputErrors: true,
  },
  validation: {
    validationError: (result) => validationErrorFrom(result.issues),
  },
  drizzle: {
    client: (ctx) => ctx.db,
    getTableConfig,
    relations: dbSchema.relations,
    maxConnectionSize: 100,
  },
});

export type Builder = typeof builder;

builder.queryType({});
builder.mutationType({});
builder.subscriptionType({});

builder.scalarType('DateTime', {
  serialize: (value) => (value instanceof Date ? value.toISOString() : new Date(value).toISOString()),
  // An unreadable date becomes an invalid Date, which the input guard answers with a typed error
  // naming the field, in the viewer's language (a throw here would be a bare HTTP 400).
  parseValue: (value) =>
    new Date(typeof value === 'string' || typeof value === 'number' ? value : Number.NaN),
});
