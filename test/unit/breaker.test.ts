import { describe, expect, it } from 'vitest';
import { CircuitBreaker, type UpstreamClient } from '../../src/rest/breaker.js';
import { LinodeApiError } from '../../src/rest/errors.js';

function flaky() {
  const state = { fail: true, calls: 0, status: 502 };
  const client: UpstreamClient = {
    async request<T>() {
      state.calls += 1;
      if (state.fail) throw new LinodeApiError({ code: state.status >= 500 ? 'UPSTREAM_ERROR' : 'NOT_FOUND', status: state.status, operation: 'GET /regions' });
      return { data: {} as T, status: 200 };
    },
  };
  return { client, state };
}

const req = { method: 'GET' as const, path: '/regions' };

describe('CircuitBreaker', () => {
  it('opens after the threshold, fails fast, probes after the cooldown and closes on success', async () => {
    let now = 0;
    const { client, state } = flaky();
    const breaker = new CircuitBreaker(client, { threshold: 3, cooldownMs: 1000, now: () => now });
    for (let i = 0; i < 3; i += 1) await expect(breaker.request(req)).rejects.toMatchObject({ code: 'UPSTREAM_ERROR' });
    expect(breaker.state).toBe('open');
    await expect(breaker.request(req)).rejects.toMatchObject({ code: 'UPSTREAM_UNAVAILABLE', retryAfter: 1 });
    expect(state.calls).toBe(3);

    now = 1000;
    expect(breaker.state).toBe('half-open');
    await expect(breaker.request(req)).rejects.toMatchObject({ code: 'UPSTREAM_ERROR' }); // the probe fails
    expect(breaker.state).toBe('open');
    now = 2000;
    state.fail = false;
    await expect(breaker.request(req)).resolves.toMatchObject({ status: 200 });
    expect(breaker.state).toBe('closed');
  });

  it('does not count 4xx answers: the upstream is up', async () => {
    const { client, state } = flaky();
    state.status = 404;
    const breaker = new CircuitBreaker(client, { threshold: 1 });
    for (let i = 0; i < 5; i += 1) await expect(breaker.request(req)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(breaker.state).toBe('closed');
  });

  it('a success resets the count of consecutive failures', async () => {
    const { client, state } = flaky();
    const breaker = new CircuitBreaker(client, { threshold: 2 });
    await expect(breaker.request(req)).rejects.toBeTruthy();
    state.fail = false;
    await breaker.request(req);
    state.fail = true;
    await expect(breaker.request(req)).rejects.toBeTruthy();
    expect(breaker.state).toBe('closed');
  });
});
