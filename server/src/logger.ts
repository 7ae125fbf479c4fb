import pino, { type Logger } from 'pino';

export function createLogger(env: string): Logger {
  return pino({
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
  });
}
