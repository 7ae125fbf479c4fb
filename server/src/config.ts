import { resolve } from 'node:path';

export type Config = {
  env: 'production' | 'development' | 'test';
  port: number;
  /** Address to listen on: loopback by default, `0.0.0.0` (all interfaces) in a container. */
  host: string;
  /** Public origin of the web client (cookies, Origin checks, links in mail). */
  publicUrl: string;
  dataDir: string;
  databaseUrl?: string;
  redisUrl?: string;
  /** Minutes of inactivity after which a session expires. */
  sessionInactivityMinutes: number;
  oidc?: {
    issuer: string;
    clientId: string;
    clientSecret: string;
    /** Claim naming the person's org unit code, used for just-in-time accounts. */
    orgUnitClaim: string;
    label: string;
  };
  /** Folder of the built web client served by the API process. */
  webDist: string;
  /** Outgoing email (notifications, digests); none is sent without SMTP_URL. */
  mail: { smtpUrl?: string; from: string };
  /** Signs links that work without signing in (unsubscribe); made once and kept in the database when unset. */
  secretKey?: string;
  /** Adds a Server-Timing header with the SQL statements and time of each request. */
  serverTiming: boolean;
  /**
   * Webhooks may reach private, loopback and link-local addresses (and plain HTTP there) only when
   * `WEBHOOKS_ALLOW_PRIVATE_ADDRESSES=1`: otherwise a webhook could probe the internal network (SSRF).
   */
  webhooksAllowPrivateAddresses: boolean;
};

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? 3000);
  const mode =
    env.NODE_ENV === 'production' ? 'production' : env.NODE_ENV === 'test' ? 'test' : 'development';
  const oidcIssuer = env.OIDC_ISSUER;
  return {
    env: mode,
    port,
    host: env.HOST || '127.0.0.1',
    publicUrl: (env.PUBLIC_URL ?? `http://localhost:${port}`).replace(/\/$/, ''),
    // Relative to where the person ran `pnpm start` (pnpm runs the script in server/).
    dataDir: resolve(env.INIT_CWD ?? process.cwd(), env.DATA_DIR ?? '.data'),
    databaseUrl: env.DATABASE_URL || undefined,
    redisUrl: env.REDIS_URL || undefined,
    sessionInactivityMinutes: Number(env.SESSION_INACTIVITY_MINUTES ?? 60 * 24 * 14),
    oidc:
      oidcIssuer && env.OIDC_CLIENT_ID && env.OIDC_CLIENT_SECRET
        ? {
            issuer: oidcIssuer,
            clientId: env.OIDC_CLIENT_ID,
            clientSecret: env.OIDC_CLIENT_SECRET,
            orgUnitClaim: env.OIDC_ORG_UNIT_CLAIM ?? 'org_unit',
            label: env.OIDC_LABEL ?? 'SSO',
          }
        : undefined,
    webDist: resolve(env.WEB_DIST ?? new URL('../../web/dist', import.meta.url).pathname),
    mail: { smtpUrl: env.SMTP_URL || undefined, from: env.MAIL_FROM || 'Levain <levain@localhost>' },
    secretKey: env.SECRET_KEY || undefined,
    serverTiming: env.SERVER_TIMING === '1',
    webhooksAllowPrivateAddresses: env.WEBHOOKS_ALLOW_PRIVATE_ADDRESSES === '1',
  };
}
