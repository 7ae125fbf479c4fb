import { randomBytes } from 'node:crypto';
import { mkdir, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import type { Config } from '../config';
import { ValidationError } from '../errors';
import { uploadsDir } from '../http/uploads';

const MAX_MEGABYTES = 5;
const ACCEPTED_FORMATS = new Set(['png', 'jpeg', 'webp']);
/** Far above any real photo, far below what a decompression bomb needs to hurt. */
const MAX_INPUT_PIXELS = 50_000_000;

/**
 * A cover banner as a 1200×400 WebP, whatever name and type the browser gave the file;
 * re-encoding also drops EXIF data such as GPS positions.
 */
export async function coverFrom(file: File): Promise<Buffer> {
  if (file.size > MAX_MEGABYTES * 1024 * 1024)
    throw ValidationError.field('cover', 'upload.tooLarge', { max: MAX_MEGABYTES });
  try {
    const image = sharp(Buffer.from(await file.arrayBuffer()), {
      limitInputPixels: MAX_INPUT_PIXELS,
      failOn: 'error',
    });
    const { format } = await image.metadata();
    if (format && ACCEPTED_FORMATS.has(format))
      return await image.rotate().resize(1200, 400, { fit: 'cover' }).webp({ quality: 82 }).toBuffer();
  } catch {
    // Unreadable bytes are reported like any other unsupported file.
  }
  throw ValidationError.field('cover', 'upload.unsupportedType');
}

/** Stores the cover under a fresh name (served for a year by /uploads) and returns its path. */
export async function storeCover(config: Config, communityId: string, webp: Buffer): Promise<string> {
  const folder = join(uploadsDir(config), 'covers');
  await mkdir(folder, { recursive: true });
  const fileName = `${communityId}-${randomBytes(12).toString('base64url')}.webp`;
  await writeFile(join(folder, fileName), webp, { flag: 'wx' });
  return `covers/${fileName}`;
}

export async function removeCover(config: Config, path: string | null): Promise<void> {
  if (!path?.startsWith('covers/')) return;
  await unlink(join(uploadsDir(config), path)).catch(() => undefined);
}
