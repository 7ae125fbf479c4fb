import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type HttpApp, startHttpApp } from './support/real-http';

const statementsOf = (response: Response) =>
  Number(/sql;desc="(\d+) statements"/.exec(response.headers.get('server-timing') ?? '')?.[1]);

async function ask(app: HttpApp, cookie: string, query: string) {
  return fetch(`${app.origin}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie, origin: app.origin },
    body: JSON.stringify({ query }),
  });
}

describe('Server-Timing with SERVER_TIMING=1', () => {
  let app: HttpApp;
  beforeAll(async () => {
    app = await startHttpApp({ env: () => ({ SERVER_TIMING: '1' }) });
  });
  afterAll(() => app.close());

  it('tells each response how many SQL statements its own request sent', async () => {
    const { cookie } = await app.sessionFor();
    const me = await ask(app, cookie, '{ me { id } }');
    const meAndFeed = await ask(app, cookie, '{ me { id } feed(first: 5) { edges { node { id } } } }');
    const meAgain = await ask(app, cookie, '{ me { id } }');

    expect(me.status).toBe(200);
    expect(statementsOf(me)).toBeGreaterThanOrEqual(1);
    expect(statementsOf(meAndFeed)).toBeGreaterThan(statementsOf(me));
    expect(statementsOf(meAgain)).toBe(statementsOf(me));
    expect(me.headers.get('server-timing')).toMatch(/app;dur=\d+(\.\d)?/);
  });
});

describe('Server-Timing by default', () => {
  let app: HttpApp;
  beforeAll(async () => {
    app = await startHttpApp();
  });
  afterAll(() => app.close());

  it('is not sent', async () => {
    const { cookie } = await app.sessionFor();
    const response = await ask(app, cookie, '{ me { id } }');
    expect(response.status).toBe(200);
    expect(response.headers.get('server-timing')).toBeNull();
  });
});
