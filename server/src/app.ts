import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { applyMigrations, coreMigrations, createDb, type DbHandle } from '@levain/db';
import express, { type Express } from 'express';
import type { Logger } from 'pino';
import { pinoHttp } from 'pino-http';
import { eventIcsRoutes } from './agenda/ics-route';
import { auditCsvRoutes } from './audit-log/csv-route';
import { oidcRoutes } from './auth/oidc';
import { registerCommunities } from './communities/wiring';
import type { Config } from './config';
import { createGraphQL, type Yoga } from './graphql/yoga';
import { avatarRoutes } from './http/avatars';
import { refuseWhileUnreachable, unavailableErrors } from './http/database-status';
import { HttpDrain } from './http/drain';
import { healthRoutes } from './http/health';
import { limitBodySize, maskUnexpectedErrors, requireSameOrigin, securityHeaders } from './http/security';
import { countSqlStatement, serverTiming } from './http/server-timing';
import { trustProxySetting } from './http/trust-proxy';
import { webClient } from './http/web-client';
import { registerCoreJobs } from './jobs/core';
import { createLogger } from './logger';
import { unsubscribeRoutes } from './mail/unsubscribe';
import { metricsRoute } from './metrics/route';
import { registerNotificationListeners } from './notifications';
import { registerEventReminders } from './notifications/event-reminders';
import { registerSignUpMails } from './people/sign-up';
import type { PluginSource } from './plugin-host/contract';
import { PluginHost } from './plugin-host/host';
import { attachmentRoutes } from './posts/attachments-route';
import { registerPosts } from './posts/wiring';
import { buildSchema } from './schema';
import { createCoreServices, type Services } from './services';
import { registerWebhooks } from './webhooks/dispatch';

export type App = {
  express: Express;
  yoga: Yoga;
  services: Services;
  /** The loaded plugins, whose schema contributions the GraphQL schema is built with. */
  host: PluginHost;
  /** Graceful stop of the HTTP server that serves `express` (SIGTERM). */
  drain: HttpDrain;
  /** Stops background work, writes what is buffered, closes the database: after `drain`. */
  close(): Promise<void>;
};

export type AppOptions = {
  config: Config;
  plugins: PluginSource[];
  /** An open database (tests); otherwise one is opened from the config. */
  handle?: DbHandle;
  /** Start the job worker (off in tests, which run jobs explicitly). */
  runJobs?: boolean;
  /** Where logs go (tests read them); otherwise JSON lines on stdout. */
  logger?: Logger;
};

/**
 * Statements take milliseconds (a second at worst under saturation) on the benchmark's 500,000 posts:
 * one that runs this long is stuck behind a lock or an overloaded server, and answers "retry" instead.
 */
const STATEMENT_TIMEOUT_MS = 15_000;

/** Opens the database, migrates core then plugins, and assembles the HTTP app; does not listen. */
export async function buildApp(options: AppOptions): Promise<App> {
  const { config } = options;
  const logger = options.logger ?? createLogger(config.env);
  const handle =
    options.handle ??
    (await createDb({
      url: config.databaseUrl,
      dataDir: join(config.dataDir, 'pglite'),
      onQuery: config.serverTiming ? countSqlStatement : undefined,
      statementTimeoutMs: STATEMENT_TIMEOUT_MS,
    }));
  await applyMigrations(handle, coreMigrations);
  const core = createCoreServices(handle, config, logger);
  const host = await PluginHost.start(options.plugins, {
    handle,
    config,
    logger,
    events: core.events,
    jobs: core.jobs,
    pubsub: core.pubsub,
    markdown: core.markdown,
  });
  const services: Services = { ...core, host };
  registerCoreJobs(services);
  registerEventReminders(services);
  registerSignUpMails(services);
  const posts = registerPosts(services);
  registerNotificationListeners(services);
  registerCommunities(services);
  registerWebhooks(services);
  const yoga = createGraphQL(buildSchema(host), services);

  const drain = new HttpDrain();
  const app = express();
  app.disable('x-powered-by');
  app.use(drain.track);
  if (process.env.TRUST_PROXY) app.set('trust proxy', trustProxySetting(process.env.TRUST_PROXY));
  app.use(
    pinoHttp({
      logger,
      // Query strings can carry one-time codes (SSO callback, unsubscribe links): never log them.
      serializers: {
        req: (req: { id: unknown; method: string; url: string }) => ({
          id: req.id,
          method: req.method,
          url: req.url.split('?')[0],
        }),
        // The status is what an operator reads; every response header on every line was noise (and CPU).
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      },
      // The GraphQL operation's name (set by the yoga plugin once it has read the request).
      customProps: (_req, res) => {
        const operation = (res as express.Response).locals?.operation;
        return operation ? { operation } : {};
      },
      genReqId: (req, res) => {
        const id = (req.headers['x-request-id'] as string | undefined) ?? randomUUID();
        res.setHeader('x-request-id', id);
        return id;
      },
      autoLogging: { ignore: (req) => req.url === '/healthz' || req.url === '/readyz' },
    }),
  );
  if (config.serverTiming) app.use(serverTiming);
  app.use(securityHeaders(config));
  app.use(healthRoutes(services.database, drain));
  app.use(metricsRoute(services, services.metrics));
  app.use(['/graphql', '/api', '/auth'], refuseWhileUnreachable(services.database));
  app.use(limitBodySize);
  app.use(unsubscribeRoutes(services));
  app.use(requireSameOrigin(config));
  app.use(oidcRoutes(services));
  // Before avatarRoutes: it keeps /uploads/attachments/* out of the public static files.
  app.use(attachmentRoutes(services));
  app.use(auditCsvRoutes(services));
  app.use(eventIcsRoutes(services));
  app.use(avatarRoutes(services));
  app.use(yoga.graphqlEndpoint, yoga as unknown as express.RequestHandler);
  app.use(host.httpRoutes());
  app.use(webClient(config.webDist));
  app.use(unavailableErrors(services.database));
  app.use(maskUnexpectedErrors(logger));

  if (options.runJobs) services.jobs.start();
  return {
    express: app,
    yoga,
    services,
    host,
    drain,
    close: async () => {
      await posts.close();
      await services.close();
      if (!options.handle) await handle.close();
    },
  };
}
