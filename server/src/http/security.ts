import type { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import type { Config } from '../config';

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
 * Every state-changing request must come from our own origin (Lucia's CSRF rule): the Origin
 * header must match the Host the browser talked to, or the configured public URL.
 */
export function requireSameOrigin(config: Config) {
  const allowed = new Set([new URL(config.publicUrl).host]);
  return (req: Request, res: Response, next: NextFunction) => {
    if (SAFE_METHODS.has(req.method)) return next();
    const origin = req.get('origin');
    let originHost: string | null = null;
    try {
      originHost = origin ? new URL(origin).host : null;
    } catch {
      originHost = null;
    }
    if (originHost && (originHost === req.get('host') || allowed.has(originHost))) return next();
    res.status(403).json({
      errors: [{ message: 'Cross-origin request refused', extensions: { code: 'FORBIDDEN_ORIGIN' } }],
    });
  };
}

const MAX_BODY_BYTES = 1024 * 1024;
const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

/** Refuses bodies over 1 MB (20 MB for multipart uploads) before anything reads them. */
export function limitBodySize(req: Request, res: Response, next: NextFunction) {
  const length = Number(req.get('content-length') ?? 0);
  const limit = req.is('multipart/form-data') ? MAX_UPLOAD_BYTES : MAX_BODY_BYTES;
  if (length > limit) {
    res
      .status(413)
      .json({ errors: [{ message: 'Request body too large', extensions: { code: 'PAYLOAD_TOO_LARGE' } }] });
    return;
  }
  let seen = 0;
  req.on('data', (chunk: Buffer) => {
    seen += chunk.length;
    if (seen > limit) req.destroy();
  });
  next();
}
