// Rate limits: headers on every answer, 429 with Retry-After, fixed windows on an injected clock.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_TOKEN, startEmulator, type Emulator } from '../src/index.js';
import { documentedRule, RateLimiter } from '../src/rate-limit.js';
import { call, manualClock } from './helpers.js';

const clock = manualClock(Date.UTC(2025, 0, 1, 12, 0, 10));
let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator({
    port: 0,
    instances: 10,
    now: clock.now,
    rateLimitOverrides: { getRegions: { limit: 3, windowSeconds: 60 } },
  });
});
afterAll(() => emulator.close());
beforeEach(() => {
  emulator.resetRateLimits();
  clock.set(Date.UTC(2025, 0, 1, 12, 0, 10));
});

const limitHeaders = (h: Headers) => ({
  limit: h.get('x-ratelimit-limit'),
  remaining: h.get('x-ratelimit-remaining'),
  reset: h.get('x-ratelimit-reset'),
});
const windowEnd = String(Date.UTC(2025, 0, 1, 12, 1, 0) / 1000);

describe('documented limits', () => {
  it.each([
    ['GET', '/linode/instances', true, 200, 60],
    ['GET', '/linode/instances/{linodeId}', false, 400, 60],
    ['POST', '/linode/instances', false, 10, 30],
    ['GET', '/images', true, 20, 60],
    ['POST', '/volumes', false, 25, 60],
    ['GET', '/linode/instances/{linodeId}/stats', false, 50, 60],
    ['PUT', '/linode/instances/{linodeId}', false, 400, 60],
  ] as const)('%s %s', (method, path, paginated, limit, windowSeconds) => {
    expect(documentedRule({ method, path, paginated, operationId: 'x' })).toEqual({ limit, windowSeconds });
  });

  it('every answer carries the headers, counting down per operation', async () => {
    const first = await call(emulator, '/linode/instances');
    expect(limitHeaders(first.headers)).toEqual({ limit: '200', remaining: '199', reset: windowEnd });
    const second = await call(emulator, '/linode/instances');
    expect(second.headers.get('x-ratelimit-remaining')).toBe('198');
    const images = await call(emulator, '/images');
    expect(limitHeaders(images.headers)).toEqual({ limit: '20', remaining: '19', reset: windowEnd });
    const one = await call(emulator, `/linode/instances/${emulator.store.instances[0].id}`);
    expect(limitHeaders(one.headers)).toMatchObject({ limit: '400', remaining: '399' });
    const missing = await call(emulator, '/linode/instances/1');
    expect(missing.status).toBe(404);
    expect(missing.headers.get('x-ratelimit-remaining')).toBe('398');
    const nowhere = await call(emulator, '/no/such/thing');
    expect(limitHeaders(nowhere.headers)).toMatchObject({ limit: '400', remaining: '399' });
  });
});

describe('429', () => {
  it('beyond the limit: 429 Too Many Requests with Retry-After until the window resets', async () => {
    for (const remaining of ['2', '1', '0']) {
      const ok = await call(emulator, '/regions', { token: null });
      expect(ok.status).toBe(200);
      expect(ok.headers.get('x-ratelimit-remaining')).toBe(remaining);
    }
    clock.advance(15_000);
    const limited = await call(emulator, '/regions', { token: null });
    expect(limited.status).toBe(429);
    expect(limited.body).toEqual({ errors: [{ reason: 'Too Many Requests' }] });
    expect(limited.headers.get('retry-after')).toBe('35');
    expect(limitHeaders(limited.headers)).toEqual({ limit: '3', remaining: '0', reset: windowEnd });
    // Other operations and other clients are counted apart.
    expect((await call(emulator, '/linode/types', { token: null })).status).toBe(200);
    expect((await call(emulator, '/regions', { token: DEMO_TOKEN })).status).toBe(200);
    clock.advance(35_000);
    const fresh = await call(emulator, '/regions', { token: null });
    expect(fresh.status).toBe(200);
    expect(fresh.headers.get('x-ratelimit-remaining')).toBe('2');
  });

  it('the instance create limit is 10 per 30 s', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 11; i += 1) statuses.push((await call(emulator, '/linode/instances', { method: 'POST', body: {} })).status);
    expect(statuses.slice(0, 10)).toEqual(Array(10).fill(400));
    expect(statuses[10]).toBe(429);
  });

  it('rateLimits: false turns them off', async () => {
    const free = await startEmulator({ port: 0, instances: 1, rateLimits: false });
    try {
      const reply = await call(free, '/regions');
      expect(reply.headers.get('x-ratelimit-limit')).toBeNull();
    } finally {
      await free.close();
    }
  });
});

describe('RateLimiter', () => {
  it('uses fixed windows aligned on the clock', () => {
    const t = manualClock(119_000);
    const limiter = new RateLimiter(t.now);
    const rule = { limit: 2, windowSeconds: 60 };
    expect(limiter.hit('a', 'op', rule).headers['X-RateLimit-Reset']).toBe('120');
    t.advance(1_000); // new window [120 s, 180 s)
    const next = limiter.hit('a', 'op', rule);
    expect(next.headers).toMatchObject({ 'X-RateLimit-Remaining': '1', 'X-RateLimit-Reset': '180' });
    limiter.hit('a', 'op', rule);
    t.advance(59_500);
    const denied = limiter.hit('a', 'op', rule);
    expect(denied.allowed).toBe(false);
    expect(denied.headers['Retry-After']).toBe('1');
  });
});
