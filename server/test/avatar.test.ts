import { existsSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type HttpApp, startHttpApp } from './support/real-http';

let app: HttpApp;
beforeAll(async () => {
  app = await startHttpApp();
});
afterAll(() => app.close());

/** A photo-like PNG (not square, so the crop shows) made with sharp. */
function png(width = 640, height = 480): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: { r: 200, g: 120, b: 40 } } })
    .png()
    .toBuffer();
}

function upload(cookie: string | null, bytes: Buffer, name: string, extra: Record<string, string> = {}) {
  const form = new FormData();
  form.append('avatar', new Blob([new Uint8Array(bytes)], { type: 'image/png' }), name);
  return fetch(`${app.origin}/api/avatar`, {
    method: 'POST',
    headers: {
      origin: app.origin,
      'x-levain-csrf': '1',
      'accept-language': 'fr-FR,fr;q=0.9',
      ...(cookie ? { cookie } : {}),
      ...extra,
    },
    body: form,
  });
}

async function myAvatarUrl(cookie: string): Promise<string | null> {
  const response = await fetch(`${app.origin}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: app.origin, cookie },
    body: JSON.stringify({ query: '{ me { avatarUrl } }' }),
  });
  return ((await response.json()) as any).data.me.avatarUrl;
}

describe('profile pictures', () => {
  it('turns an uploaded PNG into a 256×256 WebP shown on the profile', async () => {
    const { cookie } = await app.sessionFor();
    const response = await upload(cookie, await png(), 'me.png');
    expect(response.status).toBe(200);
    const { avatarUrl } = (await response.json()) as { avatarUrl: string };
    expect(avatarUrl).toMatch(/^\/uploads\/avatars\/[\w-]+\.webp$/);
    expect(await myAvatarUrl(cookie)).toBe(avatarUrl);

    const served = await fetch(`${app.origin}${avatarUrl}`);
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toBe('image/webp');
    expect(served.headers.get('x-content-type-options')).toBe('nosniff');
    expect(served.headers.get('cache-control')).toMatch(/max-age=31536000.*immutable/);
    const meta = await sharp(Buffer.from(await served.arrayBuffer())).metadata();
    expect(meta).toMatchObject({ format: 'webp', width: 256, height: 256 });
  });

  it('replaces the previous picture and deletes its file, and can remove it', async () => {
    const { cookie } = await app.sessionFor();
    const first = ((await (await upload(cookie, await png(), 'a.png')).json()) as any).avatarUrl;
    const second = ((await (await upload(cookie, await png(300, 900), 'b.png')).json()) as any).avatarUrl;
    expect(second).not.toBe(first);
    expect(existsSync(join(app.services.config.dataDir, first))).toBe(false);
    expect((await fetch(`${app.origin}${first}`)).status).toBe(404);
    expect(existsSync(join(app.services.config.dataDir, second))).toBe(true);

    const removed = await fetch(`${app.origin}/api/avatar`, {
      method: 'DELETE',
      headers: { origin: app.origin, cookie },
    });
    expect(await removed.json()).toEqual({ avatarUrl: null });
    expect(await myAvatarUrl(cookie)).toBeNull();
    expect((await fetch(`${app.origin}${second}`)).status).toBe(404);
  });

  it('refuses a file over 2 MB with a message in the person’s language', async () => {
    const { cookie } = await app.sessionFor({ locale: 'fr' });
    const response = await upload(cookie, Buffer.alloc(3 * 1024 * 1024, 1), 'big.png');
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({
      error: { code: 'FILE_TOO_LARGE', message: "L'image dépasse 2 Mo : choisissez une image plus légère." },
    });
  });

  it('checks the bytes, not the name: a text file renamed .png is refused', async () => {
    const { cookie } = await app.sessionFor({ locale: 'en' });
    const response = await upload(cookie, Buffer.from('this is not a picture\n'.repeat(50)), 'evil.png');
    expect(response.status).toBe(415);
    expect(await response.json()).toEqual({
      error: { code: 'UNSUPPORTED_TYPE', message: 'This file is not a PNG, JPEG or WebP image.' },
    });
    expect(await myAvatarUrl(cookie)).toBeNull();
  });

  it('refuses a GIF even though it is an image', async () => {
    const { cookie } = await app.sessionFor();
    const gif = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#000' } })
      .gif()
      .toBuffer();
    expect((await upload(cookie, gif, 'old.png')).status).toBe(415);
  });

  it('needs a signed-in person', async () => {
    const response = await upload(null, await png(), 'me.png');
    expect(response.status).toBe(401);
    expect(((await response.json()) as any).error.message).toBe('Connectez-vous pour continuer.');
  });

  it('refuses uploads from another site', async () => {
    const { cookie } = await app.sessionFor();
    const foreign = await upload(cookie, await png(), 'me.png', { origin: 'https://evil.example' });
    expect(foreign.status).toBe(403);
    const withoutHeader = await upload(cookie, await png(), 'me.png', { 'x-levain-csrf': '' });
    expect(withoutHeader.status).toBe(403);
    expect(await myAvatarUrl(cookie)).toBeNull();
  });
});
