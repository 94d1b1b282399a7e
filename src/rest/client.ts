// The one way to call Linode: keep-alive connections, a timeout on every attempt, retries only
// where they are safe (GETs after 5xx/network failures; any method after a 429, which means the
// request was not processed), Linode errors mapped to LinodeApiError, and every attempt reported.
import { serializeXFilter } from './xfilter.js';
import { createRequire } from 'node:module';
import { Agent, type Dispatcher } from 'undici';
import type { IncomingHttpHeaders } from 'node:http';
import type { ConnectionOptions } from 'node:tls';
import { codeForStatus, LinodeApiError, parseLinodeErrors, type LinodeApiErrorInit, type LinodeFieldError } from './errors.js';
import { buildUrl, normaliseBaseUrl, operationLabel } from './request-url.js';
import { headerValue, parseRateLimit, parseRetryAfter, parseScopes, type RateLimitState } from './response-headers.js';

export type { RateLimitState } from './response-headers.js';

const { version } = createRequire(import.meta.url)('../../package.json') as { version: string };

export interface UpstreamCall {
  method: string;
  /** The concrete path, without the query. */
  path: string;
  /** Template-ish label such as `GET /linode/instances/{id}`. */
  operation: string;
  status: number | 'error';
  durationMs: number;
  attempt: number;
  cached?: boolean;
}

export interface RetryOptions {
  /** Attempts in all, the first included. */
  attempts?: number;
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** Total time for all attempts and waits. */
  budgetMs?: number;
  /** A longer Retry-After is not waited for: RATE_LIMITED is returned at once. */
  maxRetryAfterSeconds?: number;
}

export interface LinodeClientOptions {
  /** e.g. https://api.linode.com/v4 — from config only, never from a request. */
  baseUrl: string;
  userAgent?: string;
  /** Per attempt. */
  timeoutMs?: number;
  retry?: RetryOptions;
  /** Connections per origin (HTTP/1.1 sends one request at a time on each). */
  connections?: number;
  /** Offer HTTP/2 (ALPN, over TLS): many requests share one connection where Linode accepts it. */
  allowH2?: boolean;
  /** TLS settings of upstream connections (tests and benchmarks trust their own loopback certificate). */
  tls?: Pick<ConnectionOptions, 'ca' | 'servername'>;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  /** Epoch milliseconds; injectable so tests can move time with their sleep. */
  now?: () => number;
  /** Every attempt, for metrics and counting. */
  onCall?: (call: UpstreamCall) => void;
}

/** A body that is not JSON: an image, a multipart form (its boundary in `contentType`). */
export interface RawBody {
  contentType: string;
  bytes: Uint8Array;
}

/** A 2xx answer read as bytes (`LinodeRequest.binary`): an image. */
export interface BinaryAnswer {
  contentType: string;
  base64: string;
}

export const isRawBody = (body: unknown): body is RawBody =>
  typeof body === 'object' &&
  body !== null &&
  (body as RawBody).bytes instanceof Uint8Array &&
  typeof (body as RawBody).contentType === 'string';

export interface LinodeRequest {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** Starts with '/'; segments already validated. */
  path: string;
  operation?: string;
  token?: string | null;
  query?: Record<string, string | number | undefined>;
  filter?: Record<string, unknown>;
  /** JSON, or a RawBody sent as it is. */
  body?: unknown;
  /** The answer is bytes (an image): a 2xx resolves to a BinaryAnswer. */
  binary?: boolean;
  signal?: AbortSignal;
  /** Called once per attempt that goes out (retries included), for the caller's own count. */
  onAttempt?: () => void;
  /** The caller's keyed token hash when the caller knows it already (the breaker's scope; saves hashing per call). */
  callerKey?: string;
}

export interface LinodeResponse<T> {
  data: T;
  status: number;
  rateLimit?: RateLimitState;
}

type Outcome =
  | { kind: 'response'; status: number; headers: IncomingHttpHeaders; text: string; bytes?: Buffer }
  | { kind: 'failure'; reason: 'timeout' | 'network' | 'cancelled'; detail?: string };

const TOKEN_CHARS = /^[\x21-\x7e]+$/;

export class LinodeClient {
  private readonly base: string;
  /** The base URL's scheme, host and port: what undici's dispatch is given apart from the path. */
  private readonly origin: string;
  private readonly agent: Agent;
  private readonly userAgent: string;
  private readonly timeoutMs: number;
  private readonly retry: Required<RetryOptions>;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly random: () => number;
  private readonly now: () => number;
  private readonly onCall?: (call: UpstreamCall) => void;

  constructor(options: LinodeClientOptions) {
    this.base = normaliseBaseUrl(options.baseUrl);
    this.origin = new URL(this.base).origin;
    this.agent = new Agent({
      connections: options.connections ?? 256,
      keepAliveTimeout: 10_000,
      allowH2: options.allowH2 ?? true,
      ...(options.tls ? { connect: options.tls } : {}),
    });
    this.userAgent = options.userAgent ?? `linode-graphql-gateway/${version}`;
    this.timeoutMs = options.timeoutMs ?? 10_000;
    this.retry = {
      attempts: Math.max(1, options.retry?.attempts ?? 3),
      baseDelayMs: options.retry?.baseDelayMs ?? 100,
      maxDelayMs: options.retry?.maxDelayMs ?? 2_000,
      budgetMs: options.retry?.budgetMs ?? 15_000,
      maxRetryAfterSeconds: options.retry?.maxRetryAfterSeconds ?? 5,
    };
    this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    this.random = options.random ?? Math.random;
    this.now = options.now ?? Date.now;
    this.onCall = options.onCall;
  }

  async request<T>(req: LinodeRequest): Promise<LinodeResponse<T>> {
    const url = buildUrl(this.base, req.path, req.query); // throws before any I/O on an unsafe path
    const operation = req.operation ?? operationLabel(req.method, req.path);
    const token = req.token || undefined;
    if (token !== undefined && !TOKEN_CHARS.test(token)) {
      throw new LinodeApiError({ code: 'UNAUTHENTICATED', operation, message: 'The token is malformed' });
    }
    const fail = (init: Omit<LinodeApiErrorInit, 'operation'>) =>
      new LinodeApiError({ ...init, operation, errors: init.errors && redact(init.errors, token) });
    const headers = this.headersFor(req, token);
    const body = req.body === undefined ? undefined : isRawBody(req.body) ? req.body.bytes : JSON.stringify(req.body);
    const started = this.now();
    const elapsed = () => this.now() - started;
    // Waits before another attempt; false when the attempts or the budget do not allow one.
    const waitForRetry = async (attempt: number, waitMs: number): Promise<boolean> => {
      if (attempt >= this.retry.attempts || elapsed() + waitMs >= this.retry.budgetMs) return false;
      await this.sleep(waitMs);
      return !req.signal?.aborted && elapsed() < this.retry.budgetMs;
    };

    for (let attempt = 1; ; attempt += 1) {
      const timeoutMs = Math.min(this.timeoutMs, this.retry.budgetMs - elapsed());
      const attemptStarted = this.now();
      req.onAttempt?.();
      const outcome = await this.attempt(req.method, url, headers, body, timeoutMs, req.signal, req.binary);
      this.onCall?.({
        method: req.method,
        path: req.path,
        operation,
        status: outcome.kind === 'response' ? outcome.status : 'error',
        durationMs: this.now() - attemptStarted,
        attempt,
      });

      if (outcome.kind === 'failure') {
        if (outcome.reason === 'cancelled') throw fail({ code: 'UPSTREAM_UNAVAILABLE', message: 'The Linode API request was cancelled' });
        if (req.method === 'GET' && (await waitForRetry(attempt, this.backoff(attempt)))) continue;
        const what =
          outcome.reason === 'timeout'
            ? `did not answer within ${timeoutMs} ms`
            : `could not be reached${outcome.detail ? ` (${outcome.detail})` : ''}`;
        throw fail({ code: 'UPSTREAM_UNAVAILABLE', message: `The Linode API ${what}` });
      }

      const { status } = outcome;
      if (status >= 200 && status < 300) {
        const invalid = () => fail({ code: 'UPSTREAM_ERROR', status, message: `The Linode API answered HTTP ${status} with invalid JSON` });
        if (req.binary && outcome.bytes) {
          const answer: BinaryAnswer = {
            contentType: String(outcome.headers['content-type'] ?? ''),
            base64: outcome.bytes.toString('base64'),
          };
          return { data: answer as T, status, rateLimit: parseRateLimit(outcome.headers) };
        }
        return { data: parseBody<T>(outcome.text, invalid), status, rateLimit: parseRateLimit(outcome.headers) };
      }
      const errors = parseLinodeErrors(safeJson(outcome.text));
      if (status === 429) {
        const retryAfter = parseRetryAfter(headerValue(outcome.headers, 'retry-after'), this.now());
        const waitable = retryAfter === undefined || retryAfter <= this.retry.maxRetryAfterSeconds;
        if (waitable && (await waitForRetry(attempt, retryAfter === undefined ? this.backoff(attempt) : retryAfter * 1000))) continue;
        throw fail({ code: 'RATE_LIMITED', status, errors, retryAfter });
      }
      if (status >= 500 && req.method === 'GET' && (await waitForRetry(attempt, this.backoff(attempt)))) continue;
      const acceptedScopes = status === 403 ? parseScopes(headerValue(outcome.headers, 'x-accepted-oauth-scopes')) : undefined;
      throw fail({ code: codeForStatus(status), status, errors, acceptedScopes });
    }
  }

  close(): Promise<void> {
    return this.agent.close();
  }

  private headersFor(req: LinodeRequest, token: string | undefined): Record<string, string> {
    const headers: Record<string, string> = { 'user-agent': this.userAgent, accept: 'application/json' };
    if (token !== undefined) headers.authorization = `Bearer ${token}`;
    if (req.filter !== undefined) headers['x-filter'] = serializeXFilter(req.filter);
    if (req.body !== undefined) headers['content-type'] = isRawBody(req.body) ? req.body.contentType : 'application/json';
    if (req.binary) headers.accept = '*/*';
    return headers;
  }

  /** Exponential backoff with equal jitter: half the delay fixed, half random. */
  private backoff(attempt: number): number {
    const ceiling = Math.min(this.retry.maxDelayMs, this.retry.baseDelayMs * 2 ** (attempt - 1));
    return Math.round(ceiling / 2 + this.random() * (ceiling / 2));
  }

  /**
   * One attempt through undici's dispatch API: the answer's bytes are gathered by a handler, with no
   * Readable stream, request wrapper or AbortSignal per attempt (the `request()` API spent a third
   * more CPU per upstream request). The timeout covers the body too, so a stalled body is a timeout
   * like stalled headers; a timer per attempt, not undici's headersTimeout/bodyTimeout, whose
   * timers tick once a second, too coarse for short timeouts.
   */
  private attempt(
    method: LinodeRequest['method'],
    url: string,
    headers: Record<string, string>,
    body: string | Uint8Array | undefined,
    timeoutMs: number,
    callerSignal: AbortSignal | undefined,
    binary = false,
  ): Promise<Outcome> {
    if (callerSignal?.aborted) return Promise.resolve({ kind: 'failure', reason: 'cancelled' });
    return new Promise<Outcome>((resolve) => {
      let controller: Dispatcher.DispatchController | undefined;
      let settled = false;
      let status = 0;
      let responseHeaders: IncomingHttpHeaders = {};
      const chunks: Buffer[] = [];
      const settle = (outcome: Outcome) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        unfollow?.();
        resolve(outcome);
      };
      // Ends the attempt now; undici drops the request once it reaches a connection, if it has not yet.
      const stop = (reason: 'timeout' | 'cancelled') => {
        settle({ kind: 'failure', reason });
        if (controller && !controller.aborted) controller.abort(new Error(`upstream attempt ${reason}`));
      };
      const timer = setTimeout(() => stop('timeout'), timeoutMs);
      const unfollow = callerSignal ? follow(callerSignal, () => stop('cancelled')) : undefined;
      const handler: Dispatcher.DispatchHandler = {
        onRequestStart: (dispatch) => {
          controller = dispatch;
          if (settled) dispatch.abort(new Error('upstream attempt ended'));
        },
        onResponseStart: (_dispatch, statusCode, received) => {
          status = statusCode;
          responseHeaders = received;
          chunks.length = 0; // after a 1xx, the final answer's body only
        },
        onResponseData: (_dispatch, chunk) => {
          chunks.push(chunk);
        },
        onResponseEnd: () => {
          const bytes = chunks.length === 1 ? chunks[0] : Buffer.concat(chunks);
          settle({ kind: 'response', status, headers: responseHeaders, text: bytes.toString('utf8'), ...(binary ? { bytes } : {}) });
        },
        onResponseError: (_dispatch, error) => {
          settle({ kind: 'failure', reason: 'network', detail: errorCode(error) });
        },
      };
      try {
        this.agent.dispatch({ origin: this.origin, path: url.slice(this.origin.length), method, headers, body }, handler);
      } catch (error) {
        settle({ kind: 'failure', reason: 'network', detail: errorCode(error) });
      }
    });
  }
}

/** Attempts in flight by the caller's signal they follow: each one's way to stop. */
const following = new WeakMap<AbortSignal, Set<() => void>>();

/**
 * Calls `stop` when the caller's signal aborts. A caller's signal (one GraphQL request's, or a
 * poller's, shared by all its calls) gets one abort listener for its whole life, not one per call
 * in flight: those would pile up past Node's limit of 10 and warn. Returns the undo.
 */
function follow(signal: AbortSignal, stop: () => void): () => void {
  let attempts = following.get(signal);
  if (!attempts) {
    const inFlight = new Set<() => void>();
    signal.addEventListener('abort', () => inFlight.forEach((stopOne) => stopOne()), { once: true });
    following.set(signal, inFlight);
    attempts = inFlight;
  }
  attempts.add(stop);
  return () => attempts.delete(stop);
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** An empty 2xx body (Linode answers deletes with `{}`, proxies sometimes with nothing) reads as `{}`. */
function parseBody<T>(text: string, invalid: () => LinodeApiError): T {
  if (text.length === 0 || /^\s*$/.test(text)) return {} as T; // anchored: stops at the first non-space
  try {
    return JSON.parse(text) as T;
  } catch {
    throw invalid();
  }
}

/** Only a system error code such as ECONNREFUSED: messages may carry addresses or headers. */
function errorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code ?? (error as { cause?: { code?: unknown } } | null)?.cause?.code;
  return typeof code === 'string' && /^[A-Z0-9_]{2,40}$/.test(code) ? code : undefined;
}

/** Linode never echoes tokens, but a message that reaches clients must not depend on that. */
function redact(errors: LinodeFieldError[], token: string | undefined): LinodeFieldError[] {
  if (!token) return errors;
  const scrub = (text: string) => text.split(token).join('[redacted]');
  return errors.map((e) => (e.field === undefined ? { reason: scrub(e.reason) } : { reason: scrub(e.reason), field: scrub(e.field) }));
}
