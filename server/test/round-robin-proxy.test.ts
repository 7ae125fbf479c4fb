import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createRoundRobinProxy } from '../src/http/round-robin-proxy';

/** Tiny upstreams standing in for replicas: each says who it is and echoes what it received. */
type Upstream = {
  server: Server;
  url: URL;
  /** Writes the second event of an open /events stream and ends it. */
  finishEvents(): void;
  /** Resolves when the client of an /events stream went away. */
  eventsClosed: Promise<void>;
};

const open: Server[] = [];

async function listen(server: Server): Promise<URL> {
  open.push(server);
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return new URL(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
}

async function upstream(name: string): Promise<Upstream> {
  let finishEvents = () => {};
  let eventsClosed!: () => void;
  const closed = new Promise<void>((resolve) => {
    eventsClosed = resolve;
  });
  const server = createServer(async (req, res) => {
    if (req.url === '/events') {
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      res.write('data: one\n\n');
      finishEvents = () => res.end('data: two\n\n');
      res.on('close', eventsClosed);
      return;
    }
    let body = '';
    for await (const chunk of req) body += chunk;
    res.setHeader('set-cookie', ['first=1; Path=/', 'second=2; Path=/']);
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ name, body, headers: req.headers }));
  });
  const url = await listen(server);
  return { server, url, finishEvents: () => finishEvents(), eventsClosed: closed };
}

async function proxyTo(upstreams: Upstream[]): Promise<string> {
  const url = await listen(createRoundRobinProxy(upstreams.map((u) => u.url)));
  return url.origin;
}

const stop = (server: Server) =>
  new Promise((resolve) => {
    server.closeAllConnections();
    server.close(resolve);
  });

/** Reads what the stream sends next, or fails when nothing comes in time (a buffering proxy). */
async function nextChunk(reader: ReadableStreamDefaultReader<Uint8Array>): Promise<string> {
  let timer: NodeJS.Timeout | undefined;
  const chunk = await Promise.race([
    reader.read(),
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('nothing came through the proxy')), 5_000);
    }),
  ]);
  clearTimeout(timer);
  return new TextDecoder().decode(chunk.value);
}

afterEach(async () => {
  await Promise.all(open.splice(0).map((server) => (server.listening ? stop(server) : null)));
});

describe('the round-robin proxy of pnpm start:cluster', () => {
  it('sends requests to each upstream in turn', async () => {
    const proxy = await proxyTo([await upstream('a'), await upstream('b')]);
    const names = [];
    for (let i = 0; i < 4; i++) names.push(((await (await fetch(proxy)).json()) as { name: string }).name);
    expect(names).toEqual(['a', 'b', 'a', 'b']);
  });

  it('forwards the body, says who the client is and returns every cookie', async () => {
    const proxy = await proxyTo([await upstream('a')]);
    const response = await fetch(`${proxy}/graphql`, {
      method: 'POST',
      headers: { 'x-forwarded-for': '203.0.113.7' },
      body: 'hello',
    });
    const echoed = (await response.json()) as { body: string; headers: Record<string, string> };
    expect(echoed.body).toBe('hello');
    expect(echoed.headers).toMatchObject({
      'x-forwarded-for': '203.0.113.7, 127.0.0.1',
      'x-forwarded-proto': 'http',
      'x-forwarded-host': new URL(proxy).host,
      host: new URL(proxy).host,
    });
    expect(response.headers.getSetCookie()).toEqual(['first=1; Path=/', 'second=2; Path=/']);
  });

  it('streams server-sent events as they are written', async () => {
    const only = await upstream('a');
    const stream = (await fetch(`${await proxyTo([only])}/events`)).body!.getReader();

    expect(await nextChunk(stream)).toBe('data: one\n\n');
    only.finishEvents();
    expect(await nextChunk(stream)).toBe('data: two\n\n');
    expect((await stream.read()).done).toBe(true);
  });

  it('ends the upstream event stream when the client closes it', async () => {
    const only = await upstream('a');
    const stream = (await fetch(`${await proxyTo([only])}/events`)).body!.getReader();
    expect(await nextChunk(stream)).toBe('data: one\n\n');

    await stream.cancel();
    await only.eventsClosed;
  });

  it("ends the client's event stream, unfinished, when its upstream dies", async () => {
    const only = await upstream('a');
    const stream = (await fetch(`${await proxyTo([only])}/events`)).body!.getReader();
    expect(await nextChunk(stream)).toBe('data: one\n\n');

    only.server.closeAllConnections();
    // A stream cut short is an error for the client (a network failure it retries), not a clean end.
    await expect(
      Promise.race([
        stream.read(),
        new Promise((_, reject) => setTimeout(() => reject(new Error('still open')), 5_000)),
      ]),
    ).rejects.toThrow(/terminated/);
  });

  it('skips an upstream that is down, and answers 502 when none is up', async () => {
    const [a, b] = [await upstream('a'), await upstream('b')];
    const proxy = await proxyTo([a, b]);
    await stop(b.server);

    // Every other request goes to b first: its body must reach a all the same.
    const answers = [];
    for (let i = 0; i < 4; i++) {
      const response = await fetch(proxy, { method: 'POST', body: `request ${i}` });
      const { name, body } = (await response.json()) as { name: string; body: string };
      answers.push([response.status, name, body]);
    }
    expect(answers).toEqual([
      [200, 'a', 'request 0'],
      [200, 'a', 'request 1'],
      [200, 'a', 'request 2'],
      [200, 'a', 'request 3'],
    ]);

    await stop(a.server);
    expect((await fetch(proxy)).status).toBe(502);
  });
});
