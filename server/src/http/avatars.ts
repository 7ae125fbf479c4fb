import { schema, type Tx } from '@levain/db';
import { eq } from 'drizzle-orm';
import { type Request, type Response, Router } from 'express';
import multer from 'multer';
import sharp from 'sharp';
import { readCookie, SESSION_COOKIE } from '../auth/cookies';
import type { ValidSession } from '../auth/sessions';
import { type Locale, type Message, pickLocale, translate } from '../i18n/messages';
import type { Services } from '../services';
import { removeAvatar, serveUploads, storeAvatar } from './uploads';

const MAX_MEGABYTES = 2;
const AVATAR_SIZE = 256;
const ACCEPTED_FORMATS = new Set(['png', 'jpeg', 'webp']);
/** Far above any real photo, far below what a decompression bomb needs to hurt. */
const MAX_INPUT_PIXELS = 50_000_000;

const receiveAvatar = multer({
  storage: multer.memoryStorage(),
  limits: { fileSize: MAX_MEGABYTES * 1024 * 1024, files: 1, fields: 4, parts: 5 },
}).single('avatar');

function sendError(res: Response, status: number, code: string, locale: Locale, message: Message) {
  res.status(status).json({ error: { code, message: translate(locale, message) } });
}

/**
 * The image as a 256×256 WebP, or null when the bytes are not a PNG, JPEG or WebP image — whatever
 * name and type the browser gave the file. Re-encoding also drops EXIF data such as GPS positions.
 */
async function toAvatar(bytes: Buffer): Promise<Buffer | null> {
  try {
    const image = sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'error' });
    const { format } = await image.metadata();
    if (!format || !ACCEPTED_FORMATS.has(format)) return null;
    return await image
      .rotate()
      .resize(AVATAR_SIZE, AVATAR_SIZE, { fit: 'cover' })
      .webp({ quality: 85 })
      .toBuffer();
  } catch {
    return null;
  }
}

function parseUpload(req: Request, res: Response): Promise<unknown> {
  return new Promise((resolve) => receiveAvatar(req, res, (error: unknown) => resolve(error)));
}

export function avatarRoutes(services: Services): Router {
  const router = Router();
  const { config, db } = services;

  /** Points the person's profile at a new avatar (or none) and returns the path it replaced. */
  const setAvatarPath = (userId: string, avatarPath: string | null) =>
    db.transaction(async (tx: Tx) => {
      const [row] = await tx
        .select({ avatarPath: schema.users.avatarPath })
        .from(schema.users)
        .where(eq(schema.users.id, userId))
        .for('update');
      await tx
        .update(schema.users)
        .set({ avatarPath, updatedAt: new Date() })
        .where(eq(schema.users.id, userId));
      return row?.avatarPath ?? null;
    });

  const requester = async (req: Request): Promise<{ session: ValidSession | null; locale: Locale }> => {
    const token = readCookie(req.headers.cookie, SESSION_COOKIE);
    const session = token ? await services.sessions.validate(token) : null;
    return { session, locale: pickLocale(session?.viewer.locale, req.get('accept-language')) };
  };

  router.use('/uploads', serveUploads(config));

  router.post('/api/avatar', async (req, res) => {
    const { session, locale } = await requester(req);
    // A multipart form is a "simple" request other sites may send; a custom header is not.
    if (req.get('x-levain-csrf') !== '1')
      return sendError(res, 403, 'CSRF_HEADER_MISSING', locale, { key: 'error.notAllowed' });
    if (!session) return sendError(res, 401, 'NOT_SIGNED_IN', locale, { key: 'error.notSignedIn' });
    const uploadError = await parseUpload(req, res);
    if (uploadError instanceof multer.MulterError && uploadError.code === 'LIMIT_FILE_SIZE')
      return sendError(res, 413, 'FILE_TOO_LARGE', locale, {
        key: 'upload.tooLarge',
        params: { max: MAX_MEGABYTES },
      });
    // Other parse errors (extra fields, a truncated or malformed form) are the client's doing.
    if (uploadError || !req.file)
      return sendError(res, 400, 'FILE_MISSING', locale, { key: 'upload.missingFile' });
    const avatar = await toAvatar(req.file.buffer);
    if (!avatar) return sendError(res, 415, 'UNSUPPORTED_TYPE', locale, { key: 'upload.unsupportedType' });

    const userId = session.viewer.id;
    const avatarPath = await storeAvatar(config, userId, avatar);
    const previous = await setAvatarPath(userId, avatarPath).catch(async (error: unknown) => {
      await removeAvatar(config, userId, avatarPath);
      throw error;
    });
    await removeAvatar(config, userId, previous);
    services.events.emit('user.updated', { userId, actorId: userId });
    res.json({ avatarUrl: `/uploads/${avatarPath}` });
  });

  // DELETE is never a "simple" request: browsers preflight it cross-site, and the Origin check applies.
  router.delete('/api/avatar', async (req, res) => {
    const { session, locale } = await requester(req);
    if (!session) return sendError(res, 401, 'NOT_SIGNED_IN', locale, { key: 'error.notSignedIn' });
    const userId = session.viewer.id;
    await removeAvatar(config, userId, await setAvatarPath(userId, null));
    services.events.emit('user.updated', { userId, actorId: userId });
    res.json({ avatarUrl: null });
  });

  return router;
}
