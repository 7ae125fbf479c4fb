import { once } from 'node:events';
import { rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Tx } from '@levain/db';
import { createTestDb } from '@levain/db/test-db';
import type { Logger } from 'pino';
import { type App, buildApp } from '../../src/app';
import { loadConfig } from '../../src/config';
import { countSqlStatement } from '../../src/http/server-timing';
import { createAccount } from '../../src/people/accounts';
import type { PluginSource } from '../../src/plugin-host/contract';

/** Listens on a random port first, so the app's public URL can be that real origin. */
export async function listenOnRandomPort(): Promise<{ server: Server; port: number }> {
  const server = createServer();
  server.listen(0);
  await once(server, 'listening');
  return { server, port: (server.address() as AddressInfo).port };
}

export type HttpApp = App & {
  origin: string;
  /** Creates a person and returns the value of a session cookie for them. */
  sessionFor(input?: { name?: string; locale?: string }): Promise<{ userId: string; cookie: string }>;
};

/**
 * A Levain app on a fresh test database, served over real HTTP on localhost. `env` may depend on
 * the app's origin (an OpenID provider needs the callback URL before the app needs the issuer).
 */
export async function startHttpApp(
  options: {
    env?: (origin: string) => Promise<Record<string, string>> | Record<string, string>;
    plugins?: PluginSource[];
    logger?: Logger;
  } = {},
): Promise<HttpApp> {
  const { server, port } = await listenOnRandomPort();
  const origin = `http://localhost:${port}`;
  const extraEnv = (await options.env?.(origin)) ?? {};
  const handle = await createTestDb({ onQuery: countSqlStatement });
  const config = {
    ...loadConfig({
      NODE_ENV: 'test',
      PORT: String(port),
      DATA_DIR: `/tmp/levain-http-test-${process.pid}-${port}`,
      ...extraEnv,
    }),
    env: 'test' as const,
  };
  const app = await buildApp({ config, plugins: options.plugins ?? [], handle, logger: options.logger });
  server.on('request', app.express);
  let counter = 0;
  return {
    ...app,
    origin,
    sessionFor: async (input = {}) => {
      counter += 1;
      const user = await app.services.db.transaction((tx: Tx) =>
        createAccount(tx, {
          email: `http${counter}-${port}@example.com`,
          name: input.name ?? `Person ${counter}`,
          locale: input.locale ?? 'en',
        }),
      );
      const { token } = await app.services.sessions.create(user.id);
      return { userId: user.id, cookie: `levain_session=${token}` };
    },
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await app.close();
      await handle.close();
      await rm(config.dataDir, { recursive: true, force: true });
    },
  };
}

/** A minimal browser: one cookie jar per origin, redirects handled by the caller. */
export class Browser {
  private readonly jars = new Map<string, Map<string, string>>();

  async fetch(url: string | URL, init: RequestInit = {}): Promise<Response> {
    const target = new URL(url);
    const jar = this.jars.get(target.origin) ?? new Map<string, string>();
    this.jars.set(target.origin, jar);
    const headers = new Headers(init.headers);
    if (jar.size) headers.set('cookie', [...jar].map(([k, v]) => `${k}=${v}`).join('; '));
    const response = await fetch(target, { ...init, headers, redirect: 'manual' });
    for (const cookie of response.headers.getSetCookie()) {
      const [pair, ...attributes] = cookie.split(';');
      const separator = pair!.indexOf('=');
      const name = pair!.slice(0, separator).trim();
      const value = pair!.slice(separator + 1);
      const expired = attributes.some((a) => /^\s*(max-age=0|expires=thu, 01 jan 1970)/i.test(a));
      if (expired || !value) jar.delete(name);
      else jar.set(name, value);
    }
    return response;
  }

  cookie(origin: string, name: string): string | undefined {
    return this.jars.get(origin)?.get(name);
  }
}
