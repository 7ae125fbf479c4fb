import { AsyncLocalStorage } from 'node:async_hooks';
import type { RequestHandler } from 'express';

/**
 * `SERVER_TIMING=1`: every response carries `Server-Timing: sql;desc="N statements", app;dur=…`,
 * the SQL statements the request sent and the time the server spent on it. Browser dev tools show it;
 * the benchmark reads it to report statements per request.
 */
const current = new AsyncLocalStorage<{ statements: number }>();

/** The database hook: counts a statement against the request it runs for. */
export function countSqlStatement(): void {
  const request = current.getStore();
  if (request) request.statements++;
}

export const serverTiming: RequestHandler = (_req, res, next) => {
  const request = { statements: 0 };
  const start = performance.now();
  const writeHead = res.writeHead;
  res.writeHead = function (this: typeof res, ...args: Parameters<typeof writeHead>) {
    if (!res.headersSent) {
      const dur = (performance.now() - start).toFixed(1);
      res.setHeader('Server-Timing', `sql;desc="${request.statements} statements", app;dur=${dur}`);
    }
    return writeHead.apply(this, args);
  } as typeof writeHead;
  current.run(request, next);
};
