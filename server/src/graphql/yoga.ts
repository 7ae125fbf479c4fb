import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import { GraphQLError, type GraphQLSchema } from 'graphql';
import { createYoga, maskError, type YogaServerInstance } from 'graphql-yoga';
import { bearerViewer, tokenScopes } from '../api-tokens/graphql-requests';
import { readCookie, SESSION_COOKIE } from '../auth/cookies';
import type { Context } from '../context';
import { serviceUnavailable } from '../http/database-status';
import { pickLocale } from '../i18n/messages';
import { graphqlMetrics } from '../metrics/graphql-metrics';
import type { Services } from '../services';
import { introspectionForSignedIn } from './introspection';
import { localiseErrors } from './localise-errors';
import { logOperationName } from './log-operation';

type ServerContext = { req?: { ip?: string } };

export type Yoga = YogaServerInstance<ServerContext, Context>;

export function createGraphQL(schema: GraphQLSchema, services: Services): Yoga {
  const pendingCookies = new WeakMap<Request, string[]>();
  return createYoga<ServerContext, Context>({
    schema,
    graphqlEndpoint: '/graphql',
    landingPage: false,
    graphiql: services.config.env === 'development',
    logging: services.config.env === 'test' ? false : 'warn',
    maskedErrors: {
      isDev: services.config.env === 'development',
      maskError: (error, message, isDev) => {
        const original = error instanceof GraphQLError ? error.originalError : error;
        if (original && !(original instanceof GraphQLError))
          services.logger.error({ err: original }, 'unexpected error');
        return maskError(error, message, isDev);
      },
    },
    multipart: true,
    context: async ({ request, req }): Promise<Context> => {
      const unavailable = (error: unknown) => {
        if (!services.database.noticed(error)) throw error;
        throw serviceUnavailable(pickLocale(null, request.headers.get('accept-language')));
      };
      const tokenViewer = await bearerViewer(
        services,
        request,
        pickLocale(null, request.headers.get('accept-language')),
      ).catch(unavailable);
      const token = tokenViewer ? null : readCookie(request.headers.get('cookie'), SESSION_COOKIE);
      const session = token ? await services.sessions.validate(token).catch(unavailable) : null;
      const viewer = tokenViewer ?? session?.viewer ?? null;
      const responseCookies: string[] = [];
      pendingCookies.set(request, responseCookies);
      return {
        db: services.db,
        config: services.config,
        services,
        viewer,
        sessionId: session?.id ?? null,
        locale: pickLocale(viewer?.locale, request.headers.get('accept-language')),
        request,
        ip: req?.ip ?? '127.0.0.1',
        responseCookies,
      };
    },
    plugins: [
      EnvelopArmorPlugin({
        // Fragment spreads are how the client composes its views: they must not count as depth or cost.
        maxDepth: { n: 12, flattenFragments: true },
        maxAliases: { n: 20 },
        maxTokens: { n: 3000 },
        costLimit: { maxCost: 20000, flattenFragments: true },
        maxDirectives: { n: 20 },
      }),
      // A request with an Authorization header is never "simple": the browser preflights it.
      useCSRFPrevention({ requestHeaders: ['x-graphql-yoga-csrf', 'authorization'] }),
      tokenScopes,
      introspectionForSignedIn(services.config.env),
      localiseErrors,
      logOperationName,
      graphqlMetrics(services.metrics),
      {
        onResponse({ request, response }) {
          for (const cookie of pendingCookies.get(request) ?? [])
            response.headers.append('set-cookie', cookie);
        },
      },
    ],
  });
}
