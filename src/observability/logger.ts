// Structured JSON logs (pino). Secrets never reach a log line: headers are never logged, pino
// redacts every field that could hold a token, cookie or Authorization value, and a last filter on
// the serialized line masks anything shaped like a credential that slipped through (an error
// message quoting a header, say).
import { pino, type DestinationStream, type Logger } from 'pino';
import type { YogaLogger } from '@graphql-yoga/logger';
import type { LogLevel } from '../config.js';
import { isVariableValueError } from '../security/errors.js';
import { redactFor } from './redaction.js';

export type { Logger } from 'pino';

const SECRET_KEYS = [
  'authorization',
  'Authorization',
  'cookie',
  'Cookie',
  'set-cookie',
  'headers',
  'token',
  'accessToken',
  'access_token',
  'refreshToken',
  'refresh_token',
  'password',
  'passphrase',
  'root_pass',
  'rootPass',
  'secret',
  'client_secret',
  'clientSecret',
  'api_key',
  'apiKey',
  'private_key',
  'privateKey',
  'variables',
  'input',
];

/** Redact paths: each secret key at the top level and one or two levels down. */
export const REDACT_PATHS = SECRET_KEYS.flatMap((key) => {
  const k = /^[A-Za-z_$][\w$]*$/.test(key) ? key : `["${key}"]`;
  const dot = k.startsWith('[') ? k : `.${k}`;
  return [k, `*${dot}`, `*.*${dot}`];
});

/** `Bearer abc`, `Authorization: token abc` (Linode's legacy scheme), `"authorization":"..."`, `cookie=...` in any text. */
const CREDENTIAL_PATTERNS: Array<[RegExp, string]> = [
  [/("(?:authorization|cookie|set-cookie|x-api-key)"\s*:\s*")(?:[^"\\]|\\.)*"/gi, '$1[redacted]"'],
  [/\b(authorization|cookie)(\s*[:=]\s*)(?:(?:bearer|token)\s+)?[^\s",;]+/gi, '$1$2[redacted]'],
  [/\b(bearer)(\s+|%20)[A-Za-z0-9._~+/=-]{4,}/gi, '$1$2[redacted]'],
];

export function scrub(line: string): string {
  let out = line;
  for (const [pattern, replacement] of CREDENTIAL_PATTERNS) out = out.replace(pattern, replacement);
  return out;
}

export interface LoggerOptions {
  level?: LogLevel;
  /** Where lines go (default stdout); tests pass a stream to read them. */
  destination?: DestinationStream;
}

export function createLogger(options: LoggerOptions = {}): Logger {
  return pino(
    {
      name: 'linode-gateway',
      level: options.level ?? 'info',
      base: { pid: process.pid },
      redact: { paths: REDACT_PATHS, censor: '[redacted]' },
      hooks: { streamWrite: scrub },
      serializers: {
        err: pino.stdSerializers.err,
        error: pino.stdSerializers.err,
        // Requests are never logged whole: method and path only, never headers.
        req: (req: { method?: string; url?: string }) => ({ method: req?.method, path: req?.url ? pathOnly(req.url) : undefined }),
      },
    },
    options.destination ?? pino.destination({ fd: 1, sync: false }),
  );
}

/** A path without its query string (queries can carry anything). */
export function pathOnly(url: string): string {
  try {
    return new URL(url, 'http://gateway').pathname;
  } catch {
    return url.split('?')[0] ?? '';
  }
}

/**
 * Yoga's own messages routed through the same redacting logger. Yoga reports every error the
 * gateway's maskError rewrote; most are expected (a rejected token, a bad id, NOT_FOUND) and
 * already counted in the operation's log line, and their messages can quote user input. Those
 * become a debug line with their code only; upstream failures a warning with the Linode
 * operation and status; anything unexpected (a bug) an error with its stack.
 */
export function yogaLogger(logger: Logger): YogaLogger {
  const forward =
    (level: 'trace' | 'info' | 'warn' | 'error') =>
    (...args: unknown[]) => {
      const [first, ...rest] = args;
      if (first instanceof Error) return logError(logger, level, first);
      if (!logger.isLevelEnabled(level)) return;
      logger[level](
        { source: 'yoga', ...(rest.length ? { details: rest.map(describe) } : {}) },
        typeof first === 'string' ? first : describe(first),
      );
    };
  // Yoga's debug notes ("Parsing request...", three per request) are trace here.
  return { debug: forward('trace'), info: forward('info'), warn: forward('warn'), error: forward('error') };
}

interface CodedError {
  code?: unknown;
  operation?: unknown;
  status?: unknown;
  extensions?: unknown;
  originalError?: unknown;
  path?: unknown;
}

function logError(logger: Logger, level: 'trace' | 'info' | 'warn' | 'error', error: Error): void {
  const graphql = error as Error & CodedError;
  const original = (graphql.originalError ?? error) as Error & CodedError;
  const extensions = (typeof graphql.extensions === 'object' && graphql.extensions ? graphql.extensions : {}) as { code?: unknown };
  // A LinodeApiError (it names its Linode operation) carries its code; otherwise the GraphQL error's.
  const upstreamCode = typeof original.operation === 'string' && typeof original.code === 'string' ? original.code : undefined;
  // A variable value graphql-js could not coerce is the caller's input, as maskError answers it.
  const code =
    upstreamCode ?? (typeof extensions.code === 'string' ? extensions.code : isVariableValueError(error) ? 'BAD_USER_INPUT' : undefined);
  if (!code || code === 'INTERNAL_SERVER_ERROR') {
    // The operation's variable values are masked wherever the message or stack quotes them.
    const message = redactFor(error, original.message) ?? '';
    // A copy of the same kind holding only the masked message and stack (no other properties).
    const err = Object.create(Object.getPrototypeOf(original) as object) as Error;
    Object.defineProperties(err, {
      message: { value: message, enumerable: true },
      stack: { value: redactFor(error, original.stack), enumerable: true },
    });
    logger[level]({ err }, `unexpected error: ${message}`);
    return;
  }
  const fields = {
    code,
    ...(typeof original.operation === 'string' ? { upstreamOperation: original.operation } : {}),
    ...(typeof original.status === 'number' ? { upstreamStatus: original.status } : {}),
    ...(Array.isArray(graphql.path) ? { path: graphql.path.join('.') } : {}),
  };
  if (code.startsWith('UPSTREAM_')) logger.warn({ ...fields, reason: original.message }, 'upstream failure');
  else logger.debug(fields, 'graphql error');
}

function describe(value: unknown): string {
  if (value instanceof Error) return value.message;
  if (typeof value === 'string') return value;
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}
