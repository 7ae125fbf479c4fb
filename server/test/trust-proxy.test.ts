import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { describe, expect, it } from 'vitest';
import { trustProxySetting } from '../src/http/trust-proxy';

/** The address a request from this machine through a load balancer gets, with TRUST_PROXY set to `value`. */
async function clientAddress(value: string): Promise<string> {
  const app = express();
  app.set('trust proxy', trustProxySetting(value));
  app.get('/', (req, res) => {
    res.send(req.ip);
  });
  const server = app.listen(0, '127.0.0.1');
  await once(server, 'listening');
  try {
    const response = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`, {
      headers: { 'x-forwarded-for': '203.0.113.9' },
    });
    return await response.text();
  } finally {
    server.close();
  }
}

describe('TRUST_PROXY', () => {
  it('takes a number of proxies, true, or the addresses to trust', async () => {
    expect(await clientAddress('1')).toBe('203.0.113.9');
    expect(await clientAddress('true')).toBe('203.0.113.9');
    expect(await clientAddress('loopback')).toBe('203.0.113.9');
    expect(await clientAddress('10.0.0.0/8')).toBe('127.0.0.1');
    expect(await clientAddress('0')).toBe('127.0.0.1');
  });
});
