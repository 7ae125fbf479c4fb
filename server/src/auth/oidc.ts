import { type Request, type Response, Router } from 'express';
import * as client from 'openid-client';
import type { Config } from '../config';
import { sameOriginPath } from '../http/same-origin-path';
import { pickLocale } from '../i18n/messages';
import type { Services } from '../services';
import { readCookie, sessionCookie } from './cookies';
import { type OidcClaims, resolveSsoAccount } from './oidc-account';
import { OIDC_STATE_COOKIE, OidcStateCookie } from './oidc-state';

type OidcConfig = NonNullable<Config['oidc']>;

const SCOPES = 'openid email profile';
const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** Plain HTTP is only tolerated for a provider on this machine (tests, local development). */
function allowsHttp(issuer: URL): boolean {
  if (issuer.protocol === 'https:') return false;
  if (issuer.protocol === 'http:' && LOCAL_HOSTS.has(issuer.hostname)) return true;
  throw new Error(`OIDC_ISSUER must use https (got ${issuer.origin})`);
}

/** Discovers the provider once per process; a failed discovery is retried on the next sign-in. */
function providerDiscovery(oidc: OidcConfig): () => Promise<client.Configuration> {
  const issuer = new URL(oidc.issuer);
  const insecure = allowsHttp(issuer);
  let pending: Promise<client.Configuration> | null = null;
  return () => {
    pending ??= client
      .discovery(issuer, oidc.clientId, oidc.clientSecret, undefined, {
        execute: insecure ? [client.allowInsecureRequests] : [],
      })
      .catch((error: unknown) => {
        pending = null;
        throw error;
      });
    return pending;
  };
}

/** ID token claims, completed from the userinfo endpoint when the provider keeps profile claims there. */
async function readClaims(
  configuration: client.Configuration,
  tokens: client.TokenEndpointResponse & client.TokenEndpointResponseHelpers,
  orgUnitClaim: string,
): Promise<OidcClaims> {
  const idClaims = tokens.claims();
  if (!idClaims) throw new Error('the provider returned no ID token');
  const complete = idClaims.email && idClaims.name && idClaims[orgUnitClaim] !== undefined;
  if (complete || !configuration.serverMetadata().userinfo_endpoint) return idClaims;
  const userInfo = await client.fetchUserInfo(configuration, tokens.access_token, idClaims.sub);
  return { ...userInfo, ...idClaims };
}

export function oidcRoutes(services: Services): Router {
  const router = Router();
  const { config, logger } = services;
  const oidc = config.oidc;
  if (!oidc) return router;
  const discover = providerDiscovery(oidc);
  const stateCookie = new OidcStateCookie(oidc.clientSecret, config.publicUrl.startsWith('https:'));
  const callbackUrl = `${config.publicUrl}/auth/oidc/callback`;

  const fail = (res: Response, error: unknown, reason = 'sso') => {
    logger.warn({ err: error }, 'SSO sign-in failed');
    res.append('Set-Cookie', stateCookie.cleared());
    res.redirect(303, `/sign-in?error=${reason}`);
  };

  router.get('/auth/oidc/start', async (req: Request, res: Response) => {
    try {
      const configuration = await discover();
      const next = typeof req.query.next === 'string' ? req.query.next : null;
      const attempt = {
        state: client.randomState(),
        nonce: client.randomNonce(),
        codeVerifier: client.randomPKCECodeVerifier(),
        next: sameOriginPath(next, config.publicUrl) ?? '/',
      };
      const url = client.buildAuthorizationUrl(configuration, {
        redirect_uri: callbackUrl,
        scope: SCOPES,
        state: attempt.state,
        nonce: attempt.nonce,
        code_challenge: await client.calculatePKCECodeChallenge(attempt.codeVerifier),
        code_challenge_method: 'S256',
      });
      res.setHeader('Cache-Control', 'no-store');
      res.append('Set-Cookie', stateCookie.serialise(attempt));
      res.redirect(303, url.href);
    } catch (error) {
      fail(res, error);
    }
  });

  router.get('/auth/oidc/callback', async (req: Request, res: Response) => {
    const attempt = stateCookie.parse(readCookie(req.headers.cookie, OIDC_STATE_COOKIE));
    if (!attempt) return fail(res, new Error('missing, forged or expired SSO state cookie'));
    try {
      const configuration = await discover();
      // The provider redirected to the registered callback: rebuild that URL with the response's parameters.
      const currentUrl = new URL(callbackUrl);
      currentUrl.search = new URL(req.originalUrl, callbackUrl).search;
      const tokens = await client.authorizationCodeGrant(configuration, currentUrl, {
        pkceCodeVerifier: attempt.codeVerifier,
        expectedState: attempt.state,
        expectedNonce: attempt.nonce,
        idTokenExpected: true,
      });
      const claims = await readClaims(configuration, tokens, oidc.orgUnitClaim);
      const outcome = await resolveSsoAccount(services, claims, pickLocale(null, req.get('accept-language')));
      if (outcome.kind === 'deactivated') return fail(res, new Error('account deactivated'), 'deactivated');
      if (outcome.kind === 'refused') return fail(res, new Error(outcome.reason));
      const { token } = await services.sessions.create(outcome.userId, req.get('user-agent'));
      logger.info({ userId: outcome.userId, created: outcome.created }, 'signed in by SSO');
      res.setHeader('Cache-Control', 'no-store');
      res.append('Set-Cookie', stateCookie.cleared());
      res.append('Set-Cookie', sessionCookie(token, config.publicUrl, config.sessionInactivityMinutes * 60));
      // Checked again: the attempt is signed, but this is the one place that decides where we send people.
      res.redirect(303, sameOriginPath(attempt.next, config.publicUrl) ?? '/');
    } catch (error) {
      fail(res, error);
    }
  });
  return router;
}
