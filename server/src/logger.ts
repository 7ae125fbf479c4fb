import pino, { type DestinationStream, type Logger } from 'pino';

/** JSON lines on stdout, or on `destination` (tests read what would be logged). */
export function createLogger(env: string, destination?: DestinationStream): Logger {
  return pino(
    {
      level: process.env.LOG_LEVEL ?? (env === 'test' ? 'silent' : 'info'),
      redact: {
        paths: [
          'req.headers.cookie',
          'req.headers.authorization',
          'res.headers["set-cookie"]',
          '*.password',
          '*.token',
        ],
        censor: '[redacted]',
      },
    },
    destination,
  );
}
