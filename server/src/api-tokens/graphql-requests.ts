import { type DocumentNode, type ExecutionResult, GraphQLError, getOperationAST } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Context } from '../context';
import { type Locale, translate } from '../i18n/messages';
import type { Viewer } from '../permissions';
import type { Services } from '../services';
import { bearerToken } from './token-format';
import { authenticateApiToken } from './tokens';

/** Requests per minute a token may send; an integration that needs more is polling too often. */
export const REQUESTS_PER_MINUTE = 300;

/**
 * The viewer of a request that carries `Authorization: Bearer …`, or undefined when it carries none
 * (the session cookie decides then: a request with a token never uses the cookie). A token that is
 * unknown, expired or revoked answers 401; one over its rate 429.
 */
export async function bearerViewer(
  services: Services,
  request: Request,
  locale: Locale,
): Promise<Viewer | undefined> {
  const bearer = bearerToken(request.headers.get('authorization'));
  if (bearer === null) return undefined;
  const viewer = await authenticateApiToken(services.db, bearer);
  if (!viewer?.token)
    throw new GraphQLError(translate(locale, { key: 'error.apiTokenInvalid' }), {
      extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
    });
  const { count, retryAfterSeconds } = await services.apiTokenRequests.hit(viewer.token.id);
  if (count > REQUESTS_PER_MINUTE)
    throw new GraphQLError(
      translate(locale, { key: 'error.apiTokenRateLimited', params: { seconds: retryAfterSeconds } }),
      {
        extensions: {
          code: 'RATE_LIMITED',
          http: { status: 429, headers: { 'retry-after': String(retryAfterSeconds) } },
        },
      },
    );
  return viewer;
}

type Operation = { contextValue: Context; document: DocumentNode; operationName?: string | null };

/** The error of an operation the request's token has no scope for, or null when it may run. */
function missingScope({ contextValue, document, operationName }: Operation): ExecutionResult | null {
  const { viewer, locale } = contextValue;
  if (!viewer?.token) return null;
  const operation = getOperationAST(document, operationName)?.operation;
  const scope = operation === 'mutation' ? 'write' : 'read';
  if (viewer.token.scopes.has(scope)) return null;
  const message = translate(locale, { key: 'error.apiTokenScope', params: { scope } });
  return { errors: [new GraphQLError(message, { extensions: { code: 'NOT_ALLOWED' } })] };
}

/** Queries and subscriptions need the `read` scope, mutations `write`. */
export const tokenScopes: Plugin<Context> = {
  onExecute({ args, setResultAndStopExecution }) {
    const refused = missingScope(args);
    if (refused) setResultAndStopExecution(refused);
  },
  onSubscribe({ args, setResultAndStopExecution }) {
    const refused = missingScope(args);
    if (refused) setResultAndStopExecution(refused);
  },
};
