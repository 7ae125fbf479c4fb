import { randomBytes } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import sharp from 'sharp';
import type { Config } from '../config';
import { uploadsDir } from '../http/uploads';

export const MAX_ATTACHMENT_MEGABYTES = 10;
/** Images are shown at most this wide or high; the original stays downloadable. */
const DISPLAY_SIZE = 1600;
const MAX_INPUT_PIXELS = 50_000_000;
const IMAGE_FORMATS: Record<string, string> = {
  png: 'image/png',
  jpeg: 'image/jpeg',
  webp: 'image/webp',
  gif: 'image/gif',
};

/** Documents accepted by extension, each with a check of the bytes (the browser's type is not trusted). */
const zip = (b: Buffer) => b.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]));
const utf8Text = (b: Buffer) => {
  if (b.includes(0)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(b);
    return true;
  } catch {
    return false;
  }
};
const FILE_TYPES: Record<string, { mimeType: string; check: (bytes: Buffer) => boolean }> = {
  pdf: { mimeType: 'application/pdf', check: (b) => b.subarray(0, 5).toString('latin1') === '%PDF-' },
  docx: { mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', check: zip },
  xlsx: { mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', check: zip },
  pptx: { mimeType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation', check: zip },
  txt: { mimeType: 'text/plain; charset=utf-8', check: utf8Text },
  csv: { mimeType: 'text/csv; charset=utf-8', check: utf8Text },
};

export type StoredAttachment = {
  kind: 'image' | 'file';
  mimeType: string;
  path: string;
  displayPath: string | null;
  width: number | null;
  height: number | null;
};

const folder = (config: Config) => join(uploadsDir(config), 'attachments');
const freshName = (ext: string) => `${randomBytes(16).toString('base64url')}.${ext}`;

async function write(config: Config, ext: string, bytes: Buffer): Promise<string> {
  await mkdir(folder(config), { recursive: true });
  const name = freshName(ext);
  await writeFile(join(folder(config), name), bytes, { flag: 'wx' });
  return `attachments/${name}`;
}

async function imageOf(bytes: Buffer) {
  try {
    const { format, width, height } = await sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS }).metadata();
    return format && IMAGE_FORMATS[format] ? { format, width: width ?? null, height: height ?? null } : null;
  } catch {
    return null;
  }
}

/**
 * Stores an upload when it is an accepted image (kept as sent, plus a resized WebP for display,
 * without EXIF data) or document; null when the type is not accepted.
 */
export async function storeAttachment(
  config: Config,
  name: string,
  bytes: Buffer,
): Promise<StoredAttachment | null> {
  const image = await imageOf(bytes);
  if (image) {
    const display = await sharp(bytes, {
      limitInputPixels: MAX_INPUT_PIXELS,
      animated: image.format === 'gif',
    })
      .rotate()
      .resize(DISPLAY_SIZE, DISPLAY_SIZE, { fit: 'inside', withoutEnlargement: true })
      .webp({ quality: 82 })
      .toBuffer({ resolveWithObject: true });
    return {
      kind: 'image',
      mimeType: IMAGE_FORMATS[image.format]!,
      path: await write(config, image.format, bytes),
      displayPath: await write(config, 'webp', display.data),
      width: display.info.width,
      height: display.info.pageHeight ?? display.info.height,
    };
  }
  const ext = extname(name).slice(1).toLowerCase();
  const type = FILE_TYPES[ext];
  if (!type?.check(bytes)) return null;
  return {
    kind: 'file',
    mimeType: type.mimeType,
    path: await write(config, ext, bytes),
    displayPath: null,
    width: null,
    height: null,
  };
}

export function attachmentFile(config: Config, path: string): string {
  return join(uploadsDir(config), path);
}
