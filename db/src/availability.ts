/** postgres-js' own codes for a connection that could not open or was lost. */
const CONNECTION_CODES = new Set([
  'CONNECT_TIMEOUT',
  'CONNECTION_CLOSED',
  'CONNECTION_DESTROYED',
  'CONNECTION_ENDED',
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
]);

/**
 * PostgreSQL's SQLSTATEs for "not now": connection exceptions (class 08), shutting down or starting
 * up (57P01–57P03), too many connections (53300), and a statement stopped by `statement_timeout`
 * (57014), which on our short statements means an overloaded server.
 */
const SQLSTATES = new Set(['57P01', '57P02', '57P03', '53300', '57014']);

/**
 * True when `error` (or what caused it: drizzle wraps the driver's error) says the database could not
 * answer — down, restarting, unreachable, overloaded — rather than that the statement was wrong.
 * Such a request may simply be sent again a little later.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let cause = error, depth = 0; cause && depth < 5; depth++) {
    const { code } = cause as { code?: unknown };
    if (
      typeof code === 'string' &&
      (CONNECTION_CODES.has(code) || SQLSTATES.has(code) || code.startsWith('08'))
    )
      return true;
    cause = (cause as { cause?: unknown }).cause;
  }
  return false;
}
