import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { guardedLookup } from './address-guard';

/** A receiver has this long to answer: a slow one must not hold the job worker. */
export const DELIVERY_TIMEOUT_MS = 10_000;

export type PostOutcome = { status: number } | { error: string };

/**
 * POSTs a JSON body without following redirects (a redirect could lead inside) and connecting only
 * to addresses the guard accepts; the answer's body is read and dropped.
 */
export function postJson(
  url: URL,
  body: string,
  headers: Record<string, string>,
  allowInternal: boolean,
): Promise<PostOutcome> {
  const request = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve) => {
    const outgoing = request(
      url,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'user-agent': 'Levain-Webhooks/1', ...headers },
        lookup: guardedLookup(allowInternal),
        timeout: DELIVERY_TIMEOUT_MS,
      },
      (response) => {
        response.resume();
        response.on('end', () => resolve({ status: response.statusCode ?? 0 }));
        response.on('error', (error) => resolve({ error: error.message }));
      },
    );
    outgoing.on('timeout', () => outgoing.destroy(new Error(`no answer within ${DELIVERY_TIMEOUT_MS} ms`)));
    outgoing.on('error', (error) => resolve({ error: error.message }));
    outgoing.end(body);
  });
}
