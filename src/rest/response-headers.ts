// Reading Linode's response headers: rate limits, Retry-After and the scopes a 403 wanted.
import type { IncomingHttpHeaders } from 'node:http';

export interface RateLimitState {
  limit: number;
  remaining: number;
  /** Epoch seconds. */
  reset: number;
}

export function headerValue(headers: IncomingHttpHeaders, name: string): string | undefined {
  const value = headers[name.toLowerCase()];
  return Array.isArray(value) ? value[0] : value;
}

function nonNegativeInteger(text: string | undefined): number | undefined {
  if (text === undefined || !/^\s*\d{1,15}\s*$/.test(text)) return undefined;
  return Number(text);
}

/** All three X-RateLimit-* headers, or undefined when any is missing or malformed. */
export function parseRateLimit(headers: IncomingHttpHeaders): RateLimitState | undefined {
  const limit = nonNegativeInteger(headerValue(headers, 'x-ratelimit-limit'));
  const remaining = nonNegativeInteger(headerValue(headers, 'x-ratelimit-remaining'));
  const reset = nonNegativeInteger(headerValue(headers, 'x-ratelimit-reset'));
  if (limit === undefined || remaining === undefined || reset === undefined) return undefined;
  return { limit, remaining, reset };
}

/** Retry-After in whole seconds, from delta-seconds or an HTTP date (relative to `nowMs`). */
export function parseRetryAfter(value: string | undefined, nowMs: number): number | undefined {
  if (value === undefined) return undefined;
  const seconds = nonNegativeInteger(value);
  if (seconds !== undefined) return seconds;
  const date = Date.parse(value);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, Math.ceil((date - nowMs) / 1000));
}

/** X-Accepted-OAuth-Scopes: space or comma separated. */
export function parseScopes(value: string | undefined): string[] | undefined {
  if (value === undefined) return undefined;
  const scopes = value.split(/[\s,]+/).filter(Boolean);
  return scopes.length ? scopes : undefined;
}
