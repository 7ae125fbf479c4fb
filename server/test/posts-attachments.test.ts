import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCommunity } from './support/documents/communities';
import { gid } from './support/fixtures/posts';
import { type HttpApp, startHttpApp } from './support/real-http';

let app: HttpApp;
beforeAll(async () => {
  app = await startHttpApp();
});
afterAll(() => app.close());

function upload(
  cookie: string | null,
  bytes: Buffer,
  name: string,
  headers: Record<string, string> = { 'x-levain-csrf': '1' },
) {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(bytes)]), name);
  return fetch(`${app.origin}/api/attachments`, {
    method: 'POST',
    headers: { origin: app.origin, ...(cookie ? { cookie } : {}), ...headers },
    body: form,
  });
}

async function graphql(cookie: string, query: string, variables: Record<string, unknown>) {
  const response = await fetch(`${app.origin}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: app.origin, cookie },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as any;
}

const photo = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: { r: 30, g: 90, b: 160 } } })
    .jpeg()
    .toBuffer();
const pdf = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

const CREATE = `mutation($input: CreatePostInput!) { createPost(input: $input) {
  __typename
  ... on MutationCreatePostSuccess { data { id attachments { id kind name mimeType url displayUrl width height } } }
  ... on ValidationError { issues { field message } }
} }`;

describe('attachments', () => {
  it('stores images with a display copy and documents, served only to those who may read the post', async () => {
    const author = await app.sessionFor();
    const member = await app.sessionFor();
    const outsider = await app.sessionFor();
    const community = await createCommunity(app, {
      visibility: 'private',
      members: [{ userId: author.userId }, { userId: member.userId }],
    });

    const image = await upload(author.cookie, await photo(3200, 2000), 'équipe.jpg');
    expect(image.status).toBe(201);
    const imageRow = (await image.json()) as any;
    expect(imageRow).toMatchObject({
      kind: 'image',
      mimeType: 'image/jpeg',
      name: 'équipe.jpg',
      width: 1600,
      height: 1000,
    });
    const doc = await upload(author.cookie, pdf, 'Compte rendu réunion.pdf');
    expect(doc.status).toBe(201);
    const docRow = (await doc.json()) as any;
    expect(docRow).toMatchObject({ kind: 'file', mimeType: 'application/pdf' });

    // Before the post exists only the uploader can fetch the file (the composer's preview).
    expect((await fetch(`${app.origin}${imageRow.url}`, { headers: { cookie: member.cookie } })).status).toBe(
      404,
    );
    expect((await fetch(`${app.origin}${imageRow.url}`, { headers: { cookie: author.cookie } })).status).toBe(
      200,
    );

    const created = await graphql(author.cookie, CREATE, {
      input: {
        communityId: gid('Community', community.id),
        body: 'Photos and minutes',
        attachmentIds: [imageRow.id, docRow.id],
      },
    });
    const attachments = created.data.createPost.data.attachments;
    expect(attachments.map((a: any) => [a.kind, a.name])).toEqual([
      ['image', 'équipe.jpg'],
      ['file', 'Compte rendu réunion.pdf'],
    ]);
    expect(attachments[0].displayUrl).toBe(`${imageRow.url}/display`);
    expect(attachments[1].displayUrl).toBeNull();

    const display = await fetch(`${app.origin}${attachments[0].displayUrl}`, {
      headers: { cookie: member.cookie },
    });
    expect(display.status).toBe(200);
    expect(display.headers.get('content-type')).toBe('image/webp');
    expect(display.headers.get('x-content-type-options')).toBe('nosniff');
    expect((await sharp(Buffer.from(await display.arrayBuffer())).metadata()).width).toBe(1600);
    const minutes = await fetch(`${app.origin}${attachments[1].url}`, { headers: { cookie: member.cookie } });
    expect(minutes.status).toBe(200);
    expect(minutes.headers.get('content-disposition')).toBe(
      `attachment; filename*=UTF-8''${encodeURIComponent('Compte rendu réunion.pdf')}`,
    );
    expect(Buffer.from(await minutes.arrayBuffer())).toEqual(pdf);

    for (const url of [attachments[0].url, attachments[1].url])
      expect((await fetch(`${app.origin}${url}`, { headers: { cookie: outsider.cookie } })).status).toBe(404);
    expect((await fetch(`${app.origin}${attachments[0].url}`)).status).toBe(401);
    // The files sit under the uploads folder, but the public static route does not serve them.
    const stored = await readdir(join(app.services.config.dataDir, 'uploads', 'attachments'));
    expect(stored.length).toBeGreaterThanOrEqual(3);
    for (const file of stored)
      expect((await fetch(`${app.origin}/uploads/attachments/${file}`)).status).toBe(404);
  });

  it('refuses what it should not keep', async () => {
    const { cookie } = await app.sessionFor({ locale: 'fr' });
    expect((await upload(null, pdf, 'a.pdf')).status).toBe(401);
    expect((await upload(cookie, pdf, 'a.pdf', {})).status).toBe(403);
    const fake = await upload(cookie, Buffer.from('MZ\x90\x00 not really a pdf'), 'invoice.pdf');
    expect(fake.status).toBe(415);
    expect(((await fake.json()) as any).error.message).toContain('PDF');
    expect((await upload(cookie, Buffer.from('#!/bin/sh\nrm -rf /\n'), 'run.sh')).status).toBe(415);
    const big = await upload(cookie, Buffer.concat([pdf, Buffer.alloc(10 * 1024 * 1024)]), 'big.pdf');
    expect(big.status).toBe(413);
  });

  it('attaches only the author’s own unused uploads', async () => {
    const author = await app.sessionFor();
    const thief = await app.sessionFor();
    const uploaded = (await (await upload(author.cookie, pdf, 'plan.pdf')).json()) as any;
    const stolen = await graphql(thief.cookie, CREATE, {
      input: { body: 'Look what I found', attachmentIds: [uploaded.id] },
    });
    expect(stolen.data.createPost).toEqual({
      __typename: 'ValidationError',
      issues: [{ field: 'attachmentIds', message: expect.any(String) }],
    });
    const mine = await graphql(author.cookie, CREATE, {
      input: { body: 'Our plan', attachmentIds: [uploaded.id] },
    });
    expect(mine.data.createPost.__typename).toBe('MutationCreatePostSuccess');
    const again = await graphql(author.cookie, CREATE, {
      input: { body: 'Again', attachmentIds: [uploaded.id] },
    });
    expect(again.data.createPost.__typename).toBe('ValidationError');
  });

  it('answers 404, not 500, for an attachment whose file is missing from the uploads folder', async () => {
    const author = await app.sessionFor({ locale: 'en' });
    const uploaded = (await (await upload(author.cookie, pdf, 'lost.pdf')).json()) as any;
    const stored = await app.services.db.query.postAttachments.findFirst({ where: { id: uploaded.id } });
    await rm(join(app.services.config.dataDir, 'uploads', stored!.path));

    const answer = await fetch(`${app.origin}${uploaded.url}`, { headers: { cookie: author.cookie } });
    expect(answer.status).toBe(404);
    expect(await answer.json()).toEqual({
      error: { code: 'NOT_FOUND', message: 'This item does not exist or is not visible to you.' },
    });
  });
});
