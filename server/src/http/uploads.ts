import { randomBytes } from 'node:crypto';
import { mkdir, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import express, { type RequestHandler } from 'express';
import type { Config } from '../config';

export function uploadsDir(config: Config): string {
  return join(config.dataDir, 'uploads');
}

/**
 * Serves stored uploads. Every file gets a new random name when replaced, so it can be cached
 * for a year; nosniff keeps browsers from running an upload as anything but its declared type.
 */
export function serveUploads(config: Config): RequestHandler {
  return express.static(uploadsDir(config), {
    index: false,
    dotfiles: 'deny',
    maxAge: '365d',
    immutable: true,
    setHeaders: (res) => {
      res.setHeader('X-Content-Type-Options', 'nosniff');
    },
  });
}

/** Writes a person's avatar under a fresh name and returns its path relative to the uploads folder. */
export async function storeAvatar(config: Config, userId: string, webp: Buffer): Promise<string> {
  const folder = join(uploadsDir(config), 'avatars');
  await mkdir(folder, { recursive: true });
  const fileName = `${userId}-${randomBytes(12).toString('base64url')}.webp`;
  await writeFile(join(folder, fileName), webp, { flag: 'wx' });
  return `avatars/${fileName}`;
}

/**
 * Deletes an avatar this module stored for the person. Paths of any other shape (a shared demo
 * picture, a value edited by hand) are left alone rather than trusted as file names.
 */
export async function removeAvatar(config: Config, userId: string, path: string | null): Promise<void> {
  if (!path || !new RegExp(`^avatars/${userId}-[\\w-]+\\.webp$`).test(path)) return;
  await unlink(join(uploadsDir(config), path)).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'ENOENT') throw error;
  });
}
