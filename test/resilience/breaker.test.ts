// The circuit breaker: what counts as a failure, the window, the single half-open probe (with an
// injected clock; one caller, so the gateway-wide circuit opens as the caller's does), and,
// through the whole stack, failing fast while Linode is down and recovering on its own once it
// is back.
import { afterEach, describe, expect, it } from 'vitest';
import { CircuitBreaker, type UpstreamClient } from '../../src/rest/breaker.js';
import type { LinodeRequest, LinodeResponse } from '../../src/rest/client.js';
import { LinodeApiError, type UpstreamErrorCode } from '../../src/rest/errors.js';
import { startStack, type Stack } from '../support/stack.js';

type Outcome = 'ok' | 502 | 404 | 429 | 'timeout' | 'cancelled';

/** An upstream whose answers the test scripts; `pending` holds calls not yet answered. */
function scripted() {
  const pending: Array<(outcome: Outcome) => void> = [];
  let calls = 0;
  const settle = (outcome: Outcome) => {
    if (outcome === 'ok') return { data: {}, status: 200 };
    const error = (code: UpstreamErrorCode, status?: number, message?: string) =>
      new LinodeApiError({ code, status, operation: 'GET /regions', message });
    if (outcome === 'timeout') throw error('UPSTREAM_UNAVAILABLE', undefined, 'The Linode API did not answer within 100 ms');
    if (outcome === 'cancelled') throw error('UPSTREAM_UNAVAILABLE', undefined, 'The Linode API request was cancelled');
    if (outcome === 502) throw error('UPSTREAM_ERROR', 502);
    throw error(outcome === 404 ? 'NOT_FOUND' : 'RATE_LIMITED', outcome);
  };
  const client: UpstreamClient = {
    request<T>(): Promise<LinodeResponse<T>> {
      calls += 1;
      return new Promise<LinodeResponse<T>>((resolve, reject) => {
        pending.push((outcome) => {
          try {
            resolve(settle(outcome) as LinodeResponse<T>);
          } catch (error) {
            reject(error instanceof Error ? error : new Error(String(error)));
          }
        });
      });
    },
  };
  return {
    client,
    get calls() {
      return calls;
    },
    /** Answers the oldest pending call. */
    answer(outcome: Outcome) {
      const next = pending.shift();
      if (!next) throw new Error('no pending call');
      next(outcome);
    },
  };
}

const req: LinodeRequest = { method: 'GET', path: '/regions' };

async function call(breaker: CircuitBreaker, upstream: ReturnType<typeof scripted>, outcome: Outcome) {
  const promise = breaker.request(req);
  upstream.answer(outcome);
  return promise.then(
    () => 'ok',
    (error: LinodeApiError) => error.code,
  );
}

describe('CircuitBreaker (injected clock)', () => {
  it('counts 5xx and timeouts, not 4xx, 429 or cancelled calls', async () => {
    const upstream = scripted();
    const breaker = new CircuitBreaker(upstream.client, { minCallers: 1, threshold: 2, now: () => 0 });
    for (const outcome of [404, 429, 'cancelled', 404] as const) await call(breaker, upstream, outcome);
    expect(breaker.state).toBe('closed');
    await call(breaker, upstream, 502);
    await call(breaker, upstream, 'timeout');
    expect(breaker.state).toBe('open');
  });

  it('a 4xx between failures means Linode is up: the failures are no longer consecutive', async () => {
    const upstream = scripted();
    const breaker = new CircuitBreaker(upstream.client, { minCallers: 1, threshold: 2, now: () => 0 });
    await call(breaker, upstream, 502);
    await call(breaker, upstream, 404);
    await call(breaker, upstream, 502);
    expect(breaker.state).toBe('closed');
    await call(breaker, upstream, 502);
    expect(breaker.state).toBe('open');
  });

  it('failures further apart than the window start the count again', async () => {
    let now = 0;
    const upstream = scripted();
    const breaker = new CircuitBreaker(upstream.client, { minCallers: 1, threshold: 3, windowMs: 1000, now: () => now });
    await call(breaker, upstream, 502);
    now = 900;
    await call(breaker, upstream, 502);
    now = 2000; // 1100 ms after the last one
    await call(breaker, upstream, 502);
    expect(breaker.state).toBe('closed');
    now = 2500;
    await call(breaker, upstream, 502);
    expect(breaker.state).toBe('closed'); // two within the window
    now = 2900;
    await call(breaker, upstream, 502);
    expect(breaker.state).toBe('open');
  });

  it('a success resets the count of consecutive failures', async () => {
    const upstream = scripted();
    const breaker = new CircuitBreaker(upstream.client, { minCallers: 1, threshold: 2, now: () => 0 });
    await call(breaker, upstream, 502);
    await call(breaker, upstream, 'ok');
    await call(breaker, upstream, 502);
    expect(breaker.state).toBe('closed');
  });

  it('while open, fails fast with retryAfter; after the cooldown exactly one probe goes through', async () => {
    let now = 0;
    const upstream = scripted();
    const breaker = new CircuitBreaker(upstream.client, { minCallers: 1, threshold: 1, cooldownMs: 5000, now: () => now });
    await call(breaker, upstream, 'timeout');
    const callsWhenOpened = upstream.calls;
    now = 1000;
    await expect(breaker.request(req)).rejects.toMatchObject({ code: 'UPSTREAM_UNAVAILABLE', retryAfter: 4 });
    expect(upstream.calls).toBe(callsWhenOpened);

    now = 5000;
    expect(breaker.state).toBe('half-open');
    const probe = breaker.request(req);
    // Others asking while the probe is out still fail fast.
    await expect(breaker.request(req)).rejects.toMatchObject({ code: 'UPSTREAM_UNAVAILABLE' });
    await expect(breaker.request(req)).rejects.toMatchObject({ code: 'UPSTREAM_UNAVAILABLE' });
    expect(upstream.calls).toBe(callsWhenOpened + 1);
    upstream.answer('ok');
    await expect(probe).resolves.toMatchObject({ status: 200 });
    expect(breaker.state).toBe('closed');
  });

  it('a failed probe opens the circuit for another cooldown', async () => {
    let now = 0;
    const upstream = scripted();
    const breaker = new CircuitBreaker(upstream.client, { minCallers: 1, threshold: 1, cooldownMs: 1000, now: () => now });
    await call(breaker, upstream, 502);
    now = 1000;
    expect(await call(breaker, upstream, 502)).toBe('UPSTREAM_ERROR');
    expect(breaker.state).toBe('open');
    now = 1999;
    expect(breaker.state).toBe('open');
    now = 2000;
    expect(await call(breaker, upstream, 404)).toBe('NOT_FOUND'); // Linode answered: it is up
    expect(breaker.state).toBe('closed');
  });
});

describe('the breaker in the gateway', () => {
  let stack: Stack | undefined;
  afterEach(async () => {
    await stack?.close();
    stack = undefined;
  });

  it('fails fast while Linode is down, without upstream requests, and recovers on its own', async () => {
    let clock = Date.parse('2026-11-30T12:00:00Z');
    stack = await startStack({ gateway: { breakerThreshold: 2, breakerCooldownMs: 1_000 }, gatewayOptions: { now: () => clock } });
    const query = '{ linodeTypes(first: 1) { totalCount } }';
    const codes = async () => ((await stack!.gql(query)).errors ?? []).map((e) => e.extensions?.code as string);

    const removeFault = stack.emulator.inject({ path: /.*/, status: 503 });
    expect(await codes()).toEqual(['UPSTREAM_ERROR']); // 3 attempts, one failure for the breaker
    expect(await codes()).toEqual(['UPSTREAM_ERROR']); // the second failure opens it
    stack.emulator.clearLog();
    const fast = await stack.gql(query);
    expect(fast.errors?.[0].extensions).toMatchObject({ code: 'UPSTREAM_UNAVAILABLE', retryAfter: 1 });
    expect(fast.errors?.[0].message).toMatch(/circuit breaker/);
    expect(stack.emulator.log).toHaveLength(0);

    // Linode is back, but the circuit stays open for its cooldown (on the gateway's clock)...
    removeFault();
    clock += 999;
    expect(await codes()).toEqual(['UPSTREAM_UNAVAILABLE']);
    expect(stack.emulator.log).toHaveLength(0);
    // ...after which a probe goes through and closes it.
    clock += 1;
    expect(await codes()).toEqual([]);
    expect(await codes()).toEqual([]);
    expect(stack.emulator.log.length).toBeGreaterThan(0);
  });
});
