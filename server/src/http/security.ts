import type { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import type { Logger } from 'pino';
import { bearerToken } from '../api-tokens/token-format';
import type { Config } from '../config';
import { pickLocale, translate } from '../i18n/messages';

export function securityHeaders(config: Config) {
  const dev = config.env === 'development';
  return helmet({
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        // GraphiQL (development only) loads its assets from a CDN.
        scriptSrc: dev ? ["'self'", "'unsafe-inline'", 'https://unpkg.com'] : ["'self'"],
        styleSrc: dev ? ["'self'", "'unsafe-inline'", 'https://unpkg.com'] : ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        connectSrc: ["'self'"],
        fontSrc: ["'self'", 'data:'],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        upgradeInsecureRequests: config.publicUrl.startsWith('https:') ? [] : null,
      },
    },
    strictTransportSecurity: config.publicUrl.startsWith('https:'),
  });
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Every state-changing request must come from our own origin (Lucia's CSRF rule): scheme, host and
 * port of its Origin header equal those of PUBLIC_URL (`http://intranet` or another port of the
 * same host is another origin); requests with a bearer token are not a browser's. In development the Vite server proxies with its own origin.
 */
export function requireSameOrigin(config: Config) {
  const publicOrigin = new URL(config.publicUrl).origin;
  return (req: Request, res: Response, next: NextFunction) => {
    // A browser never sends an Authorization header across origins without a preflight we refuse:
    // a bearer token is an integration's, not a page's (a request with one ignores the cookie).
    if (SAFE_METHODS.has(req.method) || bearerToken(req.get('authorization')) !== null) return next();
    let origin: string | null = null;
    try {
      origin = new URL(req.get('origin') ?? '').origin;
    } catch {
      origin = null;
    }
    const devServer = config.env === 'development' && origin === `${req.protocol}://${req.get('host')}`;
    if (origin === publicOrigin || devServer) return next();
    res.status(403).json({
      errors: [{ message: 'Cross-origin request refused', extensions: { code: 'FORBIDDEN_ORIGIN' } }],
    });
  };
}

const MAX_BODY_BYTES = 1024 * 1024;
const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

/**
 * Refuses bodies over 1 MB (20 MB for multipart uploads) before anything reads them. The check uses
 * Content-Length alone, which Node's parser enforces, because listening to the body here would
 * consume it before GraphQL or multer read it; bodies of unknown length (chunked) are refused.
 */
export function limitBodySize(req: Request, res: Response, next: NextFunction) {
  const declared = req.get('content-length');
  if (declared === undefined && req.get('transfer-encoding') !== undefined) {
    res
      .status(411)
      .json({ errors: [{ message: 'Content-Length required', extensions: { code: 'LENGTH_REQUIRED' } }] });
    return;
  }
  const limit = req.is('multipart/form-data') ? MAX_UPLOAD_BYTES : MAX_BODY_BYTES;
  if (Number(declared ?? 0) > limit) {
    res
      .status(413)
      .json({ errors: [{ message: 'Request body too large', extensions: { code: 'PAYLOAD_TOO_LARGE' } }] });
    return;
  }
  next();
}

/**
 * Last handler: an error nobody handled is logged with its request id and answered with a plain,
 * translated message, never Express's default page (which shows stack traces outside production).
 */
export function maskUnexpectedErrors(logger: Logger) {
  return (error: unknown, req: Request, res: Response, next: NextFunction) => {
    if (res.headersSent) return next(error);
    // http-errors marks client errors whose message is safe to show with `expose`.
    const { status, expose, message } = error as { status?: number; expose?: boolean; message?: string };
    if (expose && status && status >= 400 && status < 500) {
      res.status(status).json({ error: { code: 'BAD_REQUEST', message } });
      return;
    }
    logger.error({ err: error, reqId: req.id }, 'unexpected error');
    const locale = pickLocale(null, req.get('accept-language'));
    res
      .status(500)
      .json({ error: { code: 'INTERNAL', message: translate(locale, { key: 'error.unexpected' }) } });
  };
}
