// Upstream failures injected in the emulator: partial data, retries inside a budget, 429s,
// timeouts, bad JSON, the circuit breaker, and a hung path that does not stop other requests.
// Retries go out at once (the stack records their waits); timeouts fire when the test moves a
// fake clock, once the request hangs at the emulator.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startStack, type Stack } from '../support/stack.js';
import { until } from '../support/turns.js';

let stack: Stack | undefined;
afterEach(async () => {
  vi.useRealTimers();
  await stack?.close();
  stack = undefined;
});

const disksOf = (s: Stack, index: number) => `/v4/linode/instances/${s.emulator.store.instances[index].id}/disks`;

describe('upstream failures', () => {
  it('a failing field gives partial data and an error for that field only', async () => {
    stack = await startStack();
    stack.emulator.inject({ path: disksOf(stack, 1), status: 500, body: '{"errors":[{"reason":"boom"}]}' });
    const { data, errors } = await stack.gql('{ instances(first: 3) { nodes { id label disks { totalCount } } } }');
    expect(data.instances.nodes).toHaveLength(3);
    expect(data.instances.nodes[0].disks.totalCount).toBeGreaterThan(0);
    expect(data.instances.nodes[1].disks).toBeNull();
    expect(data.instances.nodes[2].disks.totalCount).toBeGreaterThan(0);
    expect(errors).toHaveLength(1);
    expect(errors?.[0]).toMatchObject({ path: ['instances', 'nodes', 1, 'disks'], extensions: { code: 'UPSTREAM_ERROR', status: 500 } });
    // GETs are retried (3 attempts) before giving up, after a backoff each time.
    expect(stack.emulator.log.filter((e) => e.path === disksOf(stack!, 1))).toHaveLength(3);
    expect(stack.retryWaits).toHaveLength(2);
  });

  it('a GET that fails once with 503 is retried and succeeds', async () => {
    stack = await startStack();
    stack.emulator.inject({ path: '/v4/regions', status: 503, times: 1 });
    const { data, errors, extensions } = (await stack.gql('{ regions(first: 2) { totalCount } }')) as any;
    expect(errors).toBeUndefined();
    expect(data.regions.totalCount).toBeGreaterThan(0);
    expect(stack.emulator.log.map((e) => e.status)).toEqual([503, 200]);
    // The count reported is what went out: both attempts.
    expect(extensions.upstream.requests).toBe(2);
  });

  it('a 429 with a short Retry-After is waited for; a long one answers RATE_LIMITED with retryAfter', async () => {
    stack = await startStack();
    stack.emulator.inject({
      path: '/v4/regions',
      status: 429,
      times: 1,
      headers: { 'Retry-After': '0' },
      body: '{"errors":[{"reason":"Too Many Requests"}]}',
    });
    expect((await stack.gql('{ regions(first: 1) { totalCount } }')).errors).toBeUndefined();
    stack.emulator.inject({
      path: '/v4/linode/types',
      status: 429,
      headers: { 'Retry-After': '120' },
      body: '{"errors":[{"reason":"Too Many Requests"}]}',
    });
    const { errors } = await stack.gql('{ linodeTypes(first: 1) { totalCount } }');
    expect(errors?.[0].extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfter: 120 });
  });

  it('a timeout answers UPSTREAM_UNAVAILABLE', async () => {
    stack = await startStack({ gateway: { upstreamTimeoutMs: 150 } });
    stack.emulator.inject({ path: '/v4/regions', hang: true });
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const answer = stack.gql('{ regions(first: 1) { totalCount } }');
    const hung = () => stack!.emulator.log.filter((e) => e.path === '/v4/regions').length;
    for (let attempt = 1; attempt <= 3; attempt += 1) {
      await until(() => hung() === attempt); // this attempt waits at the emulator
      await vi.advanceTimersByTimeAsync(150);
    }
    const { errors } = await answer;
    expect(errors?.[0].extensions?.code).toBe('UPSTREAM_UNAVAILABLE');
    expect(errors?.[0].message).toMatch(/did not answer within 150 ms/);
  });

  it('invalid JSON from Linode answers UPSTREAM_ERROR', async () => {
    stack = await startStack();
    stack.emulator.inject({ path: '/v4/regions', status: 200, body: '{"data": [' });
    const { errors } = await stack.gql('{ regions(first: 1) { totalCount } }');
    expect(errors?.[0].extensions?.code).toBe('UPSTREAM_ERROR');
    expect(errors?.[0].message).not.toContain('127.0.0.1');
  });

  it('a write that fails with 500 is not retried (it may have happened)', async () => {
    stack = await startStack();
    stack.emulator.inject({ method: 'POST', path: '/v4/linode/instances', status: 500 });
    const { errors } = await stack.gql(
      'mutation { createInstance(input: { region: "us-east", type: "g6-nanode-1", label: "x-web-1" }) { instance { id } } }',
    );
    expect(errors?.[0].extensions?.code).toBe('UPSTREAM_ERROR');
    expect(stack.emulator.log.filter((e) => e.method === 'POST')).toHaveLength(1);
  });

  it('when Linode keeps failing, the breaker opens and requests fail fast without upstream calls', async () => {
    stack = await startStack({ gateway: { breakerThreshold: 2, breakerCooldownMs: 60_000 } });
    stack.emulator.inject({ path: /.*/, status: 502 });
    for (let i = 0; i < 2; i += 1)
      expect((await stack.gql(`{ r${i}: region(id: "us-east") { id } }`)).errors?.[0].extensions?.code).toBe('UPSTREAM_ERROR');
    stack.emulator.clearLog();
    const { errors } = await stack.gql('{ linodeTypes(first: 1) { totalCount } }');
    expect(errors?.[0].extensions?.code).toBe('UPSTREAM_UNAVAILABLE');
    expect(errors?.[0].message).toMatch(/circuit breaker/);
    expect(stack.emulator.log).toHaveLength(0);
  });

  it('keeps serving other requests while one upstream path hangs', async () => {
    stack = await startStack({ gateway: { upstreamTimeoutMs: 3000 } });
    stack.emulator.inject({ path: disksOf(stack, 0), hang: true });
    const order: string[] = [];
    const slow = stack.gql('{ instances(first: 1) { nodes { disks { totalCount } } } }').then((r) => {
      order.push('slow');
      return r;
    });
    // Wait until the hanging request has reached the emulator, then ask for something else.
    await until(() => stack!.emulator.log.some((e) => e.path === disksOf(stack!, 0)));
    const fast = await stack.gql('{ regions(first: 3) { nodes { id } } }');
    order.push('fast');
    expect(fast.errors).toBeUndefined();
    expect(fast.data.regions.nodes).toHaveLength(3);
    await stack.emulator.close(); // drops the hung request: its retries find Linode gone
    const slowResult = await slow;
    expect(order).toEqual(['fast', 'slow']);
    expect(slowResult.data.instances.nodes[0].disks).toBeNull();
  });
});
