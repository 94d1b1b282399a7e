import { createServer, type IncomingHttpHeaders, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { getEventListeners } from 'node:events';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseAuthorization } from '../../src/auth/bearer.js';
import { LinodeClient, type LinodeClientOptions, type UpstreamCall } from '../../src/rest/client.js';
import { LinodeApiError } from '../../src/rest/errors.js';
import { UnsafePathError } from '../../src/rest/request-url.js';
import { parseRetryAfter } from '../../src/rest/response-headers.js';
import { until } from '../support/turns.js';

interface Received {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
  socket: Socket;
}
type Handler = (req: IncomingMessage, res: ServerResponse, received: Received) => void;

const TOKEN = 'a1b2c3d4e5f6secrettoken';
let server: Server;
let baseUrl: string;
let handler: Handler;
let received: Received[];

function json(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (body += chunk));
    req.on('end', () => {
      const entry = { method: req.method ?? '', url: req.url ?? '', headers: req.headers, body, socket: req.socket };
      received.push(entry);
      handler(req, res, entry);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v4`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

// A client whose clock only moves when it "sleeps", so waits are recorded and cost no time.
let clients: LinodeClient[];
let waits: number[];
let calls: UpstreamCall[];
function makeClient(options: Partial<LinodeClientOptions> = {}): LinodeClient {
  let clock = 1_700_000_000_000;
  const client = new LinodeClient({
    baseUrl,
    sleep: (ms) => {
      waits.push(ms);
      clock += ms;
      return Promise.resolve();
    },
    now: () => clock,
    random: () => 0.5,
    onCall: (call) => calls.push(call),
    ...options,
  });
  clients.push(client);
  return client;
}

beforeEach(() => {
  received = [];
  waits = [];
  calls = [];
  clients = [];
  handler = (_req, res) => json(res, 200, { ok: true });
});

afterEach(async () => {
  vi.useRealTimers();
  server.closeAllConnections();
  await Promise.all(clients.map((c) => c.close()));
});

async function failure(promise: Promise<unknown>): Promise<LinodeApiError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(LinodeApiError);
  return error as LinodeApiError;
}

describe('requests', () => {
  it('forwards the token as Bearer, the filter as X-Filter JSON, a User-Agent and Accept', async () => {
    const client = makeClient();
    const response = await client.request<{ ok: boolean }>({
      method: 'GET',
      path: '/linode/instances',
      token: TOKEN,
      query: { page: 2, page_size: 25, skipped: undefined },
      filter: { '+or': [{ label: 'a b' }, { label: 'c' }], '+order_by': 'label' },
    });
    expect(response).toEqual({ data: { ok: true }, status: 200, rateLimit: undefined });
    const [req] = received;
    expect(req.method).toBe('GET');
    expect(req.url).toBe('/v4/linode/instances?page=2&page_size=25');
    expect(req.headers.authorization).toBe(`Bearer ${TOKEN}`);
    expect(JSON.parse(req.headers['x-filter'] as string)).toEqual({ '+or': [{ label: 'a b' }, { label: 'c' }], '+order_by': 'label' });
    expect(req.headers['user-agent']).toMatch(/^linode-graphql-gateway\/\d+\.\d+\.\d+/);
    expect(req.headers.accept).toBe('application/json');
    expect(req.headers['content-type']).toBeUndefined();
  });

  it('sends no Authorization without a token, and a JSON body with its content type', async () => {
    const client = makeClient({ userAgent: 'custom-agent/1' });
    await client.request({ method: 'POST', path: '/volumes', token: null, body: { label: 'v1', size: 20 } });
    const [req] = received;
    expect(req.headers.authorization).toBeUndefined();
    expect(req.headers['x-filter']).toBeUndefined();
    expect(req.headers['user-agent']).toBe('custom-agent/1');
    expect(req.headers['content-type']).toBe('application/json');
    expect(JSON.parse(req.body)).toEqual({ label: 'v1', size: 20 });
  });

  it('keeps connections alive between requests', async () => {
    const client = makeClient({ connections: 1 });
    for (let i = 0; i < 3; i += 1) await client.request({ method: 'GET', path: '/regions' });
    expect(new Set(received.map((r) => r.socket)).size).toBe(1);
  });

  it('reads an empty 2xx body as {}', async () => {
    handler = (_req, res) => {
      res.writeHead(200);
      res.end();
    };
    const response = await makeClient().request({ method: 'DELETE', path: '/volumes/5', token: TOKEN });
    expect(response.data).toEqual({});
  });

  it('parses the rate-limit headers', async () => {
    handler = (_req, res) =>
      json(res, 200, {}, { 'x-ratelimit-limit': '800', 'x-ratelimit-remaining': '798', 'x-ratelimit-reset': '1674747739' });
    const response = await makeClient().request({ method: 'GET', path: '/regions' });
    expect(response.rateLimit).toEqual({ limit: 800, remaining: 798, reset: 1674747739 });
  });

  it('leaves rateLimit undefined when the headers are partial or malformed', async () => {
    handler = (_req, res) => json(res, 200, {}, { 'x-ratelimit-limit': '800', 'x-ratelimit-remaining': 'lots', 'x-ratelimit-reset': '1' });
    expect((await makeClient().request({ method: 'GET', path: '/regions' })).rateLimit).toBeUndefined();
    handler = (_req, res) => json(res, 200, {}, { 'x-ratelimit-limit': '800' });
    expect((await makeClient().request({ method: 'GET', path: '/regions' })).rateLimit).toBeUndefined();
  });

  it('reports every attempt through onCall with a templated operation', async () => {
    let count = 0;
    handler = (_req, res) => (++count === 1 ? json(res, 503, {}) : json(res, 200, {}));
    await makeClient().request({ method: 'GET', path: '/linode/instances/123/disks/45', token: TOKEN });
    expect(calls.map(({ durationMs: _, ...call }) => call)).toEqual([
      {
        method: 'GET',
        path: '/linode/instances/123/disks/45',
        operation: 'GET /linode/instances/{id}/disks/{id}',
        status: 503,
        attempt: 1,
      },
      {
        method: 'GET',
        path: '/linode/instances/123/disks/45',
        operation: 'GET /linode/instances/{id}/disks/{id}',
        status: 200,
        attempt: 2,
      },
    ]);
    await makeClient().request({ method: 'GET', path: '/regions/us-east', operation: 'GET /regions/{regionId}' });
    expect(calls.at(-1)?.operation).toBe('GET /regions/{regionId}');
  });
});

describe('status mapping', () => {
  it.each([
    [400, 'BAD_USER_INPUT'],
    [401, 'UNAUTHENTICATED'],
    [403, 'FORBIDDEN'],
    [404, 'NOT_FOUND'],
    [405, 'UPSTREAM_ERROR'],
    [409, 'UPSTREAM_ERROR'],
    [500, 'UPSTREAM_ERROR'],
    [502, 'UPSTREAM_ERROR'],
    [503, 'UPSTREAM_ERROR'],
  ])('HTTP %i => %s', async (status, code) => {
    handler = (_req, res) => json(res, status, { errors: [{ reason: 'Something specific', field: 'label' }] });
    const error = await failure(makeClient().request({ method: 'POST', path: '/linode/instances', token: TOKEN, body: {} }));
    expect(error.code).toBe(code);
    expect(error.status).toBe(status);
    expect(error.operation).toBe('POST /linode/instances');
    expect(error.errors).toEqual([{ reason: 'Something specific', field: 'label' }]);
    expect(error.message).toContain('label: Something specific');
    expect(error.extensions()).toEqual({ code, status, errors: [{ reason: 'Something specific', field: 'label' }] });
  });

  it('403 carries the scopes Linode wanted, space or comma separated', async () => {
    handler = (_req, res) =>
      json(
        res,
        403,
        { errors: [{ reason: 'Unauthorized' }] },
        { 'x-accepted-oauth-scopes': 'linodes:read_only, volumes:read_write events:read_only' },
      );
    const error = await failure(makeClient().request({ method: 'GET', path: '/linode/instances', token: TOKEN }));
    expect(error.acceptedScopes).toEqual(['linodes:read_only', 'volumes:read_write', 'events:read_only']);
    expect(error.extensions()).toMatchObject({
      code: 'FORBIDDEN',
      acceptedScopes: ['linodes:read_only', 'volumes:read_write', 'events:read_only'],
    });
  });

  it('a non-JSON error body still maps by status', async () => {
    handler = (_req, res) => {
      res.writeHead(404, { 'content-type': 'text/html' });
      res.end('<html>nope</html>');
    };
    const error = await failure(makeClient().request({ method: 'GET', path: '/linode/instances/1' }));
    expect(error.code).toBe('NOT_FOUND');
    expect(error.errors).toEqual([]);
    expect(error.operation).toBe('GET /linode/instances/{id}');
  });

  it('a 2xx with invalid JSON is UPSTREAM_ERROR and is not retried', async () => {
    handler = (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"data": [');
    };
    const error = await failure(makeClient().request({ method: 'GET', path: '/regions' }));
    expect(error.code).toBe('UPSTREAM_ERROR');
    expect(error.message).toMatch(/invalid JSON/);
    expect(received).toHaveLength(1);
  });

  it('never puts the token or the query string into errors', async () => {
    handler = (_req, res) => json(res, 401, { errors: [{ reason: `Invalid Token ${TOKEN}`, field: TOKEN }] });
    const error = await failure(makeClient().request({ method: 'GET', path: '/profile', token: TOKEN, query: { page: 7 } }));
    expect(error.code).toBe('UNAUTHENTICATED');
    const everything = JSON.stringify({ message: error.message, ext: error.extensions(), op: error.operation, stack: error.stack });
    expect(everything).not.toContain(TOKEN);
    expect(everything).not.toContain('page=7');
    expect(error.message).toContain('[redacted]');
  });
});

describe('retries', () => {
  it('429 with a short Retry-After waits it out, then succeeds', async () => {
    let count = 0;
    handler = (_req, res) =>
      ++count === 1 ? json(res, 429, { errors: [{ reason: 'Too many' }] }, { 'retry-after': '2' }) : json(res, 200, { id: 1 });
    const response = await makeClient().request<{ id: number }>({ method: 'GET', path: '/linode/instances/1', token: TOKEN });
    expect(response.data).toEqual({ id: 1 });
    expect(waits).toEqual([2_000]);
    expect(calls.map((c) => c.status)).toEqual([429, 200]);
  });

  it('429 is retried for writes too: Linode did not process the request', async () => {
    let count = 0;
    handler = (_req, res) => (++count === 1 ? json(res, 429, {}, { 'retry-after': '1' }) : json(res, 200, { id: 9 }));
    const response = await makeClient().request({ method: 'POST', path: '/volumes', token: TOKEN, body: { label: 'v' } });
    expect(response.data).toEqual({ id: 9 });
    expect(received).toHaveLength(2);
  });

  it('429 with a long Retry-After is RATE_LIMITED at once', async () => {
    handler = (_req, res) => json(res, 429, { errors: [{ reason: 'Too many requests' }] }, { 'retry-after': '60' });
    const error = await failure(makeClient().request({ method: 'GET', path: '/linode/instances', token: TOKEN }));
    expect(error.code).toBe('RATE_LIMITED');
    expect(error.retryAfter).toBe(60);
    expect(error.extensions()).toMatchObject({ code: 'RATE_LIMITED', status: 429, retryAfter: 60 });
    expect(received).toHaveLength(1);
    expect(waits).toEqual([]);
  });

  it('429 that keeps coming is RATE_LIMITED once the attempts are used', async () => {
    handler = (_req, res) => json(res, 429, {}, { 'retry-after': '1' });
    const error = await failure(makeClient().request({ method: 'GET', path: '/regions' }));
    expect(error.code).toBe('RATE_LIMITED');
    expect(error.retryAfter).toBe(1);
    expect(received).toHaveLength(3);
    expect(waits).toEqual([1_000, 1_000]);
  });

  it('a 5xx GET is retried with jittered exponential backoff, then succeeds', async () => {
    let count = 0;
    handler = (_req, res) => (++count < 3 ? json(res, count === 1 ? 500 : 502, {}) : json(res, 200, { ok: 1 }));
    const response = await makeClient().request({ method: 'GET', path: '/regions' });
    expect(response.data).toEqual({ ok: 1 });
    // random() = 0.5: half the ceiling fixed plus a quarter => 75 of 100, 150 of 200.
    expect(waits).toEqual([75, 150]);
  });

  it('backoff stays within [ceiling/2, ceiling] and under maxDelayMs', async () => {
    handler = (_req, res) => json(res, 503, {});
    await failure(
      makeClient({ random: () => 0.999, retry: { attempts: 6, baseDelayMs: 400, maxDelayMs: 1_000, budgetMs: 60_000 } }).request({
        method: 'GET',
        path: '/regions',
      }),
    );
    expect(waits).toHaveLength(5);
    expect(waits[0]).toBeGreaterThanOrEqual(200);
    expect(waits[0]).toBeLessThanOrEqual(400);
    for (const wait of waits.slice(2)) expect(wait).toBeLessThanOrEqual(1_000);
    expect(waits[4]).toBeGreaterThanOrEqual(500);
  });

  it.each(['POST', 'PUT', 'DELETE'] as const)('a 5xx %s is not retried: it may have happened', async (method) => {
    handler = (_req, res) => json(res, 502, { errors: [{ reason: 'Bad gateway' }] });
    const error = await failure(
      makeClient().request({ method, path: '/linode/instances/5', token: TOKEN, body: method === 'DELETE' ? undefined : {} }),
    );
    expect(error.code).toBe('UPSTREAM_ERROR');
    expect(error.status).toBe(502);
    expect(received).toHaveLength(1);
    expect(waits).toEqual([]);
  });

  it('gives up when the next wait would exceed the total budget', async () => {
    handler = (_req, res) => json(res, 503, {});
    const client = makeClient({ random: () => 1, retry: { attempts: 10, baseDelayMs: 300, maxDelayMs: 5_000, budgetMs: 1_000 } });
    const error = await failure(client.request({ method: 'GET', path: '/regions' }));
    expect(error.code).toBe('UPSTREAM_ERROR');
    expect(waits).toEqual([300, 600]); // a third wait of 1200 would pass the 1000 ms budget
    expect(received).toHaveLength(3);
  });

  it('does not wait for a Retry-After that the budget cannot hold', async () => {
    handler = (_req, res) => json(res, 429, {}, { 'retry-after': '3' });
    const error = await failure(makeClient({ retry: { budgetMs: 2_000 } }).request({ method: 'GET', path: '/regions' }));
    expect(error.code).toBe('RATE_LIMITED');
    expect(error.retryAfter).toBe(3);
    expect(received).toHaveLength(1);
  });

  it('respects attempts: 1 (no retry at all)', async () => {
    handler = (_req, res) => json(res, 500, {});
    await failure(makeClient({ retry: { attempts: 1 } }).request({ method: 'GET', path: '/regions' }));
    expect(received).toHaveLength(1);
  });
});

describe('timeouts and network failures', () => {
  const hang: Handler = () => undefined; // never answers

  /**
   * Settles `pending`, a request to a server that does not answer, on a fake clock: once each of
   * its `attempts` has reached the server, the clock moves by `timeoutMs`.
   */
  async function timingOut<T>(pending: Promise<T>, attempts: number, timeoutMs: number): Promise<T> {
    const settled = pending.then(
      () => undefined,
      () => undefined, // its failure is the caller's to read; handled from now on
    );
    for (let attempt = 1; attempt <= attempts; attempt += 1) {
      await until(() => received.length === attempt);
      await vi.advanceTimersByTimeAsync(timeoutMs);
    }
    await settled;
    return pending;
  }
  const fakeClock = () => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });

  it('a GET that times out is retried, then UPSTREAM_UNAVAILABLE', async () => {
    handler = hang;
    fakeClock();
    const pending = makeClient({ timeoutMs: 40, retry: { attempts: 2 } }).request({ method: 'GET', path: '/regions' });
    const error = await failure(timingOut(pending, 2, 40));
    expect(error.code).toBe('UPSTREAM_UNAVAILABLE');
    expect(error.status).toBeUndefined();
    expect(error.message).toMatch(/did not answer within 40 ms/);
    expect(received).toHaveLength(2);
    expect(calls.map((c) => c.status)).toEqual(['error', 'error']);
  });

  it.each(['POST', 'PUT', 'DELETE'] as const)('a %s that times out is not retried', async (method) => {
    handler = hang;
    fakeClock();
    const pending = makeClient({ timeoutMs: 40 }).request({ method, path: '/linode/instances/1/boot', token: TOKEN });
    const error = await failure(timingOut(pending, 1, 40));
    expect(error.code).toBe('UPSTREAM_UNAVAILABLE');
    expect(received).toHaveLength(1);
    expect(waits).toEqual([]);
  });

  it('a body that stalls after the headers is a timeout too', async () => {
    handler = (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"data": [');
    };
    fakeClock();
    const pending = makeClient({ timeoutMs: 40, retry: { attempts: 1 } }).request({ method: 'GET', path: '/regions' });
    const error = await failure(timingOut(pending, 1, 40));
    expect(error.code).toBe('UPSTREAM_UNAVAILABLE');
  });

  it('a request still waiting for a connection ends when its caller goes away, and is never sent', async () => {
    handler = hang;
    const client = makeClient({ connections: 1, timeoutMs: 5_000, retry: { attempts: 1 } });
    const holder = new AbortController();
    let firstSettled = false;
    const first = client.request({ method: 'GET', path: '/regions', signal: holder.signal }).finally(() => (firstSettled = true));
    first.catch(() => undefined);
    await until(() => received.length === 1); // the only connection is taken by a request Linode never answers
    const caller = new AbortController();
    const queued = client.request({ method: 'PUT', path: '/linode/instances/1', body: { label: 'x' }, signal: caller.signal });
    caller.abort();
    const error = await failure(queued);
    expect(error.message).toMatch(/cancelled/);
    // It did not wait for the connection to free up.
    expect(firstSettled).toBe(false);
    holder.abort();
    await first.catch(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(received.map((r) => r.method)).toEqual(['GET']);
  });

  it('a refused connection is UPSTREAM_UNAVAILABLE after the GET retries, naming only the error code', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const client = makeClient({ baseUrl: `http://127.0.0.1:${port}/v4` });
    const error = await failure(client.request({ method: 'GET', path: '/regions', token: TOKEN }));
    expect(error.code).toBe('UPSTREAM_UNAVAILABLE');
    expect(error.message).toContain('ECONNREFUSED');
    expect(error.message).not.toContain(String(port));
    expect(calls).toHaveLength(3);
  });

  it("one caller's signal serves many calls at once with one abort listener, not one per call", async () => {
    const controller = new AbortController();
    const listening: number[] = [];
    handler = (_req, res) => {
      listening.push(getEventListeners(controller.signal, 'abort').length);
      json(res, 200, {});
    };
    const client = makeClient({ connections: 16 });
    await Promise.all(Array.from({ length: 16 }, () => client.request({ method: 'GET', path: '/regions', signal: controller.signal })));
    expect(listening).toHaveLength(16);
    // One listener for the signal, not one per call in flight (they would pile up; Node warns past 10).
    expect(Math.max(...listening)).toBe(1);
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(1);
  });

  it('a caller abort stops at once, without retries', async () => {
    const controller = new AbortController();
    handler = () => controller.abort(); // once the request has reached Linode; no answer
    const pending = makeClient({ timeoutMs: 5_000 }).request({ method: 'GET', path: '/regions', signal: controller.signal });
    const error = await failure(pending);
    expect(error.code).toBe('UPSTREAM_UNAVAILABLE');
    expect(error.message).toMatch(/cancelled/);
    expect(calls).toHaveLength(1);
  });
});

describe('path validation', () => {
  it.each([
    'linode/instances',
    '/linode/instances/../../account',
    '/linode/..',
    '/images/linode%2fdebian12',
    '/images/linode%2Fdebian12',
    '/images/%2e%2e/x',
    '/images/%252f',
    '/linode/instances?page=2',
    '/linode/instances#x',
    '/linode/instances/1 2',
    '/linode/instances/1\n',
    '/linode/instances/\u0000',
    '/linode\\instances',
    '/linode//instances',
    '/linode/./instances',
  ])('rejects %j before any request', async (path) => {
    const client = makeClient();
    await expect(client.request({ method: 'GET', path, token: TOKEN })).rejects.toThrow(UnsafePathError);
    expect(received).toHaveLength(0);
    expect(calls).toHaveLength(0);
  });

  it('allows ids with a slash such as image ids, and dots inside segments', async () => {
    const client = makeClient();
    await client.request({ method: 'GET', path: '/images/linode/debian12' });
    await client.request({ method: 'GET', path: '/object-storage/buckets/us-east-1/my.bucket' });
    expect(received.map((r) => r.url)).toEqual(['/v4/images/linode/debian12', '/v4/object-storage/buckets/us-east-1/my.bucket']);
  });

  it('refuses a token that could not be a header value, without any request', async () => {
    const error = await failure(makeClient().request({ method: 'GET', path: '/profile', token: 'abc\r\nX-Evil: 1' }));
    expect(error.code).toBe('UNAUTHENTICATED');
    expect(received).toHaveLength(0);
  });

  it('refuses a base URL that is not http(s) or carries a query', () => {
    expect(() => new LinodeClient({ baseUrl: 'ftp://example.com/v4' })).toThrow(/http/);
    expect(() => new LinodeClient({ baseUrl: 'https://example.com/v4?x=1' })).toThrow(/query/);
  });
});

describe('parseRetryAfter', () => {
  it('reads delta-seconds and HTTP dates', () => {
    const now = Date.UTC(2024, 0, 1, 0, 0, 0);
    expect(parseRetryAfter('7', now)).toBe(7);
    expect(parseRetryAfter(new Date(now + 2_500).toUTCString(), now)).toBe(2);
    expect(parseRetryAfter(new Date(now - 10_000).toUTCString(), now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(undefined, now)).toBeUndefined();
  });
});

describe('parseAuthorization', () => {
  it.each([
    ['Bearer abc123', 'abc123'],
    ['bearer abc123', 'abc123'],
    ['BEARER   abc123  ', 'abc123'],
    ['token abc123', 'abc123'],
    ['Token abc123', 'abc123'],
    ['  Bearer\tabc123', 'abc123'],
  ])('%j => %j', (header, token) => {
    expect(parseAuthorization(header)).toBe(token);
  });

  it.each([
    null,
    undefined,
    '',
    'Bearer',
    'Bearer ',
    'Basic dXNlcjpwYXNz',
    'abc123',
    'Bearer a b',
    'Bearerabc',
    'Bearer abc\u0000',
    'Bearer tökén',
  ])('%j => null', (header) => {
    expect(parseAuthorization(header)).toBeNull();
  });
});
