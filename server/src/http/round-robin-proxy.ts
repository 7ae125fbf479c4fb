import {
  createServer,
  type IncomingHttpHeaders,
  type IncomingMessage,
  request,
  type Server,
} from 'node:http';
import { pipeline } from 'node:stream';

/** Headers about one connection (RFC 9110 §7.6.1): never forwarded to the other side. */
const HOP_BY_HOP = [
  'connection',
  'keep-alive',
  'proxy-connection',
  'proxy-authenticate',
  'proxy-authorization',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
];
/** How long an upstream that refused a connection goes to the back of the queue. */
const PASS_OVER_MS = 2_000;
/** Each upstream's /readyz is asked this often; one that does not answer within a second is passed over. */
const CHECK_EVERY_MS = 2_000;

function withoutHopByHop(headers: IncomingHttpHeaders): IncomingHttpHeaders {
  const named = String(headers.connection ?? '')
    .split(',')
    .map((name) => name.trim().toLowerCase());
  const kept = { ...headers };
  for (const name of [...HOP_BY_HOP, ...named]) delete kept[name];
  return kept;
}

/** What the upstream needs to know about the client: its address, scheme and the host it asked for. */
function forwardedHeaders(req: IncomingMessage): IncomingHttpHeaders {
  const client = req.socket.remoteAddress?.replace(/^::ffff:/, '') ?? '';
  const earlier = req.headers['x-forwarded-for'];
  return {
    ...withoutHopByHop(req.headers),
    'x-forwarded-for': earlier ? `${earlier}, ${client}` : client,
    'x-forwarded-proto': 'http',
    ...(req.headers.host && { 'x-forwarded-host': req.headers.host }),
  };
}

/**
 * A small load balancer for trying replicas on one machine (`pnpm start:cluster`): each request goes
 * to the next upstream in turn, streamed both ways so server-sent events pass as they are written.
 * An upstream that refuses the connection is skipped for the next one and passed over for a while,
 * and so is one whose /readyz does not answer.
 * Sessions need no stickiness: any replica can answer any request.
 */
export function createRoundRobinProxy(upstreams: URL[]): Server {
  let turn = 0;
  const downUntil = new Map<URL, number>();

  /** The upstreams to try for one request: the next in turn first, those recently down last. */
  const candidates = () => {
    const start = turn++ % upstreams.length;
    const rotation = [...upstreams.slice(start), ...upstreams.slice(0, start)];
    const up = (upstream: URL) => (downUntil.get(upstream) ?? 0) <= Date.now();
    return [...rotation.filter(up), ...rotation.filter((upstream) => !up(upstream))];
  };

  // A replica can be up but unable to answer (frozen, or its database gone): its connections open, and
  // requests sent to it would hang. Load balancers ask readiness; so does this one.
  const check = setInterval(() => {
    for (const upstream of upstreams)
      fetch(new URL('/readyz', upstream), { signal: AbortSignal.timeout(1_000) })
        .then((answer) => answer.ok)
        .catch(() => false)
        .then((ready) => {
          if (ready) downUntil.delete(upstream);
          else downUntil.set(upstream, Date.now() + CHECK_EVERY_MS + PASS_OVER_MS);
        });
  }, CHECK_EVERY_MS);
  check.unref();

  const server = createServer((req, res) => {
    const queue = candidates();
    const headers = forwardedHeaders(req);
    const forward = () => {
      const upstream = queue.shift();
      if (!upstream) {
        res.writeHead(502, { 'content-type': 'text/plain; charset=utf-8' }).end('No replica is answering.\n');
        return;
      }
      // A fresh connection per request: an error before it opens means nothing was sent, so the
      // request can go to the next upstream with its body still unread.
      const outgoing = request({
        host: upstream.hostname,
        port: upstream.port,
        method: req.method,
        path: req.url,
        headers,
        agent: false,
      });
      let sent = false;
      outgoing.on('socket', (socket) => {
        socket.once('connect', () => {
          sent = true;
          req.pipe(outgoing);
        });
      });
      outgoing.on('response', (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.statusMessage, withoutHopByHop(answer.headers));
        // An upstream that dies mid-answer (a replica killed under an event stream) ends the client's
        // response too, unfinished, so the client knows to reconnect; `pipe` alone left it open forever.
        pipeline(answer, res, () => undefined);
      });
      outgoing.on('error', (error) => {
        if (!sent) {
          downUntil.set(upstream, Date.now() + PASS_OVER_MS);
          forward();
        } else if (!res.headersSent) res.writeHead(502).end();
        else res.destroy(error);
      });
      // The client went away (a closed tab ends its event stream): so does the upstream request.
      res.once('close', () => outgoing.destroy());
    };
    forward();
  });
  server.on('close', () => clearInterval(check));
  return server;
}
