import { schema } from '@levain/db';
import { type NextFunction, type Request, type Response, Router } from 'express';
import multer from 'multer';
import { readCookie, SESSION_COOKIE } from '../auth/cookies';
import { LevainError } from '../errors';
import { type Locale, type Message, pickLocale, translate } from '../i18n/messages';
import type { Services } from '../services';
import { isUuid, loadPostFor } from './access';
import { attachmentFile, MAX_ATTACHMENT_MEGABYTES, storeAttachment } from './attachment-files';

const receiveFile = multer({
  storage: multer.memoryStorage(),
  limits: { fileSize: MAX_ATTACHMENT_MEGABYTES * 1024 * 1024, files: 1, fields: 4, parts: 5 },
}).single('file');

/** Multer reads the file name's UTF-8 bytes as Latin-1 ("rÃ©union.pdf"): read them again. */
function fileName(raw: string): string {
  if ([...raw].some((c) => c.charCodeAt(0) > 0xff)) return raw;
  const decoded = Buffer.from(raw, 'latin1').toString('utf8');
  return (decoded.includes('\uFFFD') ? raw : decoded).slice(0, 200);
}

function sendError(res: Response, status: number, code: string, locale: Locale, message: Message) {
  res.status(status).json({ error: { code, message: translate(locale, message) } });
}

const parseUpload = (req: Request, res: Response) =>
  new Promise<unknown>((resolve) => receiveFile(req, res, (error: unknown) => resolve(error)));

/** The public shape of a stored attachment (what createPost's attachmentIds refer to). */
export const attachmentUrl = (id: string) => `/api/attachments/${id}`;

/**
 * Post attachments: upload (signed-in, ≤ 10 MB, images and office documents), and download for
 * those who may read the post. Files live under DATA_DIR/uploads/attachments but are never served
 * by the public /uploads route.
 */
export function attachmentRoutes(services: Services): Router {
  const router = Router();
  const { config, db } = services;

  const requester = async (req: Request) => {
    const token = readCookie(req.headers.cookie, SESSION_COOKIE);
    const session = token ? await services.sessions.validate(token) : null;
    return {
      viewer: session?.viewer ?? null,
      locale: pickLocale(session?.viewer.locale, req.get('accept-language')),
    };
  };

  router.use('/uploads/attachments', (_req, res) => {
    res.status(404).end();
  });

  router.post('/api/attachments', async (req, res) => {
    const { viewer, locale } = await requester(req);
    // A multipart form is a "simple" request other sites may send; a custom header is not.
    if (req.get('x-levain-csrf') !== '1')
      return sendError(res, 403, 'CSRF_HEADER_MISSING', locale, { key: 'error.notAllowed' });
    if (!viewer) return sendError(res, 401, 'NOT_SIGNED_IN', locale, { key: 'error.notSignedIn' });
    const uploadError = await parseUpload(req, res);
    if (uploadError instanceof multer.MulterError && uploadError.code === 'LIMIT_FILE_SIZE')
      return sendError(res, 413, 'FILE_TOO_LARGE', locale, {
        key: 'attachment.tooLarge',
        params: { max: MAX_ATTACHMENT_MEGABYTES },
      });
    if (uploadError || !req.file)
      return sendError(res, 400, 'FILE_MISSING', locale, { key: 'attachment.missing' });
    const name = fileName(req.file.originalname);
    const stored = await storeAttachment(config, name, req.file.buffer);
    if (!stored)
      return sendError(res, 415, 'UNSUPPORTED_TYPE', locale, { key: 'attachment.unsupportedType' });
    const [row] = await db
      .insert(schema.postAttachments)
      .values({ uploadedById: viewer.id, name, sizeBytes: req.file.size, ...stored })
      .returning();
    res.status(201).json({
      id: row!.id,
      kind: row!.kind,
      name: row!.name,
      mimeType: row!.mimeType,
      sizeBytes: row!.sizeBytes,
      width: row!.width,
      height: row!.height,
      url: attachmentUrl(row!.id),
    });
  });

  const serve = (display: boolean) => async (req: Request, res: Response, next: NextFunction) => {
    const { viewer, locale } = await requester(req);
    if (!viewer) return sendError(res, 401, 'NOT_SIGNED_IN', locale, { key: 'error.notSignedIn' });
    const id = String(req.params.id);
    const attachment = isUuid(id) ? await db.query.postAttachments.findFirst({ where: { id } }) : undefined;
    const notFound = () => sendError(res, 404, 'NOT_FOUND', locale, { key: 'error.notFound' });
    if (!attachment) return notFound();
    // Not yet in a post: only its uploader sees it (the composer's preview).
    if (!attachment.postId && attachment.uploadedById !== viewer.id) return notFound();
    if (attachment.postId) {
      try {
        await loadPostFor(db, viewer, attachment.postId, 'post:view');
      } catch (error) {
        if (error instanceof LevainError) return notFound();
        throw error;
      }
    }
    const path = display && attachment.displayPath ? attachment.displayPath : attachment.path;
    res.setHeader('Content-Type', display && attachment.displayPath ? 'image/webp' : attachment.mimeType);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Content-Security-Policy', "default-src 'none'; sandbox");
    res.setHeader('Cache-Control', 'private, max-age=3600');
    res.setHeader(
      'Content-Disposition',
      `${attachment.kind === 'image' ? 'inline' : 'attachment'}; filename*=UTF-8''${encodeURIComponent(attachment.name)}`,
    );
    res.sendFile(attachmentFile(config, path), (error?: NodeJS.ErrnoException) => {
      if (!error || res.headersSent) return;
      // A file lost from DATA_DIR/uploads (a backup restored without it): the attachment is gone.
      if (error.code === 'ENOENT') {
        res.removeHeader('Content-Disposition');
        res.removeHeader('Cache-Control');
        return notFound();
      }
      next(error);
    });
  };
  router.get('/api/attachments/:id', serve(false));
  router.get('/api/attachments/:id/display', serve(true));

  return router;
}
