/**
 * Structured JSON logging. Secrets never reach the log: tokens, passwords and Authorization
 * headers are redacted wherever they appear in the logged object.
 */
import pino, { type Logger } from 'pino';
import type { LogLevel } from './config';

export type { Logger };

export const REDACTED_PATHS = [
  'token',
  '*.token',
  '*.*.token',
  'password',
  '*.password',
  'secret',
  '*.secret',
  'authorization',
  '*.authorization',
  'headers.authorization',
  'req.headers.authorization',
  'req.headers.cookie',
  '*.headers.authorization',
  'tokenSecret',
  '*.tokenSecret',
  'microsoftAppPassword',
  '*.microsoftAppPassword',
  'mongodbUri',
  '*.mongodbUri',
];

export function createLogger(level: LogLevel, destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: 'vsys-assistant' },
      redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
      timestamp: pino.stdTimeFunctions.isoTime,
    },
    destination,
  );
}

/** Removes credentials from a URL (mongodb://user:pass@host) before it is logged or shown. */
export function redactUrl(url: string): string {
  return url.replace(/\/\/([^@/]+)@/, '//[redacted]@');
}
