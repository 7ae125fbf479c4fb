import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PluginSource } from '../src/plugin-host/contract';
import { type HttpApp, startHttpApp } from './support/real-http';

/** A plugin whose resolver fails the way a bug would, with a secret in the message. */
const faultyPlugin: PluginSource = {
  manifest: { id: 'faulty', version: '1.0.0', core: '^1.0.0' },
  load: async () => ({
    schema: ({ queryField }) =>
      queryField('faultyField', (t) =>
        t.string({
          resolve: () => {
            throw new Error('connection to postgres://admin:s3cret@db failed');
          },
        }),
      ),
  }),
};

let app: HttpApp;
beforeAll(async () => {
  app = await startHttpApp({ plugins: [faultyPlugin] });
});
afterAll(() => app.close());

function post(path: string, body: BodyInit, headers: Record<string, string> = {}) {
  return fetch(`${app.origin}${path}`, {
    method: 'POST',
    headers: { origin: app.origin, 'content-type': 'application/json', ...headers },
    body,
  });
}

const graphql = (query: string, headers: Record<string, string> = {}) =>
  post('/graphql', JSON.stringify({ query }), headers);

describe('HTTP hardening', () => {
  it('refuses a GraphQL body over 1 MB with 413', async () => {
    const response = await graphql(`{ me { name } } # ${'x'.repeat(1024 * 1024)}`);
    expect(response.status).toBe(413);
  });

  it('refuses a streamed body of unknown length instead of reading it', async () => {
    const body = new ReadableStream({
      start(controller) {
        controller.enqueue(new TextEncoder().encode(JSON.stringify({ query: '{ me { name } }' })));
        controller.close();
      },
    });
    const response = await fetch(`${app.origin}/graphql`, {
      method: 'POST',
      headers: { origin: app.origin, 'content-type': 'application/json' },
      body,
      duplex: 'half',
    } as RequestInit);
    expect(response.status).toBe(411);
  });

  it('answers a client error, not a server error, to an unknown content type', async () => {
    const response = await post('/graphql', '{ me { name } }', { 'content-type': 'text/plain' });
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
  });

  it('answers 400 with an error to malformed GraphQL and to malformed JSON', async () => {
    // The web client prefers application/graphql-response+json, where the GraphQL-over-HTTP spec
    // gives request errors a 4xx status (plain application/json keeps 200, as the spec asks).
    const accept = { accept: 'application/graphql-response+json, application/json;q=0.9' };
    const syntax = await graphql('{ me { name }', accept);
    expect(syntax.status).toBe(400);
    expect(((await syntax.json()) as any).errors[0].message).toMatch(/Syntax Error/);
    const unknownField = await graphql('{ nope }', accept);
    expect(unknownField.status).toBe(400);
    expect(((await unknownField.json()) as any).errors[0].message).toMatch(/Cannot query field "nope"/);
    const json = await post('/graphql', '{"query": ');
    expect(json.status).toBe(400);
    expect(((await json.json()) as any).errors).toHaveLength(1);
  });

  it('refuses a query deeper than the depth limit', async () => {
    const deep = `{ me { ${'manager { '.repeat(14)}name${' }'.repeat(14)} } }`;
    const result = (await (await graphql(deep)).json()) as any;
    expect(result.data).toBeUndefined();
    expect(result.errors[0].message).toMatch(/depth/i);
  });

  it('sends security headers', async () => {
    for (const path of ['/healthz', '/graphql?query=%7B__typename%7D']) {
      const response = await fetch(`${app.origin}${path}`);
      const csp = response.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("default-src 'self'");
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('x-powered-by')).toBeNull();
    }
  });

  it('refuses writes without our Origin', async () => {
    const foreign = await graphql('mutation { signOut }', { origin: 'https://evil.example' });
    expect(foreign.status).toBe(403);
    const none = await fetch(`${app.origin}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'mutation { signOut }' }),
    });
    expect(none.status).toBe(403);
    expect((await graphql('mutation { signOut }')).status).toBe(200);
  });

  it('compares the scheme, host and port of the Origin with PUBLIC_URL', async () => {
    const { hostname, port } = new URL(app.origin);
    for (const origin of [
      `https://${hostname}:${port}`,
      `http://${hostname}:${Number(port) + 1}`,
      `http://${hostname}`,
    ])
      expect((await graphql('mutation { signOut }', { origin })).status, origin).toBe(403);
  });

  it('answers health and readiness probes', async () => {
    expect((await fetch(`${app.origin}/healthz`)).status).toBe(200);
    const ready = await fetch(`${app.origin}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready' });
  });

  it('echoes the request id, or makes one', async () => {
    const given = await fetch(`${app.origin}/healthz`, { headers: { 'x-request-id': 'trace-42' } });
    expect(given.headers.get('x-request-id')).toBe('trace-42');
    const made = await fetch(`${app.origin}/healthz`);
    expect(made.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('masks unexpected errors in GraphQL', async () => {
    const result = (await (await graphql('{ faultyField }')).json()) as any;
    expect(result.errors[0].message).toBe('Unexpected error.');
    expect(JSON.stringify(result)).not.toContain('s3cret');
  });

  it('masks unexpected errors outside GraphQL, in the requester’s language', async () => {
    const { cookie } = await app.sessionFor();
    // A file where the avatars folder should be: the disk write fails like a full or read-only disk.
    const uploads = join(app.services.config.dataDir, 'uploads');
    await mkdir(uploads, { recursive: true });
    await writeFile(join(uploads, 'avatars'), 'not a folder');
    const form = new FormData();
    const png = await sharp({ create: { width: 4, height: 4, channels: 3, background: '#fff' } })
      .png()
      .toBuffer();
    form.append('avatar', new Blob([new Uint8Array(png)]), 'me.png');
    const response = await fetch(`${app.origin}/api/avatar`, {
      method: 'POST',
      headers: { origin: app.origin, cookie, 'x-levain-csrf': '1', 'accept-language': 'fr' },
      body: form,
    });
    expect(response.status).toBe(500);
    const body = await response.text();
    expect(JSON.parse(body)).toEqual({
      error: {
        code: 'INTERNAL',
        message: "Une erreur inattendue s'est produite. Réessayez dans un instant.",
      },
    });
    await rm(join(uploads, 'avatars'));
  });

  it('answers a malformed upload with a client error in JSON, without a stack trace', async () => {
    const { cookie } = await app.sessionFor();
    const response = await post('/api/avatar', '--x\r\nContent-Disposition: form-data; name="avatar"\r\n', {
      'content-type': 'multipart/form-data; boundary=x',
      'x-levain-csrf': '1',
      cookie,
    });
    expect(response.status).toBe(400);
    const body = await response.text();
    expect(JSON.parse(body).error.code).toBe('FILE_MISSING');
    expect(body).not.toMatch(/node_modules|at .*\.js/);
  });
});
