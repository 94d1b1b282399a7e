// Injected faults and latency. Delays are asserted only as lower bounds (a timer never fires
// early), never as upper bounds, so these tests do not depend on machine speed.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from '../src/index.js';

let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator({ port: 0, instances: 10, rateLimits: false });
});
afterAll(() => emulator.close());
afterEach(() => {
  emulator.clearFaults();
  emulator.setLatency(0);
});

const raw = async (path: string, init: RequestInit = {}) => {
  const response = await fetch(`${emulator.url}${path}`, { headers: { authorization: 'Bearer demo-token-full-access' }, ...init });
  return { status: response.status, text: await response.text(), headers: response.headers };
};

async function elapsed<T>(run: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await run();
  return { ms: performance.now() - start, value };
}

describe('status faults', () => {
  it('answers the given status and body (even invalid JSON), then the normal answer once times run out', async () => {
    emulator.inject({ path: '/linode/instances', status: 200, body: '{"data": [', times: 1 });
    const broken = await raw('/linode/instances');
    expect(broken).toMatchObject({ status: 200, text: '{"data": [' });
    expect(() => JSON.parse(broken.text)).toThrow();
    const normal = await raw('/linode/instances');
    expect(JSON.parse(normal.text).results).toBe(10);
  });

  it('defaults to a JSON error body, adds given headers, counts `times` down', async () => {
    emulator.inject({ path: '/v4/regions', status: 503, headers: { 'Retry-After': '7' }, times: 2 });
    const first = await raw('/regions');
    expect(first.status).toBe(503);
    expect(JSON.parse(first.text)).toEqual({ errors: [{ reason: 'Injected fault' }] });
    expect(first.headers.get('retry-after')).toBe('7');
    expect((await raw('/regions')).status).toBe(503);
    expect((await raw('/regions')).status).toBe(200);
  });

  it('matches in order of injection, by method and by RegExp; removers and clearFaults remove', async () => {
    const removeFirst = emulator.inject({ path: /^\/linode\/instances\/\d+$/, method: 'get', status: 502 });
    emulator.inject({ path: /^\/linode\/instances\/\d+$/, status: 504 });
    const id = emulator.store.instances[0].id;
    expect((await raw(`/linode/instances/${id}`)).status).toBe(502);
    expect((await raw(`/linode/instances/${id}`, { method: 'PUT', body: '{}' })).status).toBe(504);
    removeFirst();
    expect((await raw(`/linode/instances/${id}`)).status).toBe(504);
    emulator.clearFaults();
    expect((await raw(`/linode/instances/${id}`)).status).toBe(200);
    expect((await raw('/linode/types')).status).toBe(200);
  });
});

describe('delays and latency', () => {
  it('delayMs delays, then answers normally', async () => {
    emulator.inject({ path: '/linode/types', delayMs: 150, times: 1 });
    const { ms, value } = await elapsed(() => raw('/linode/types'));
    expect(ms).toBeGreaterThanOrEqual(145);
    expect(value.status).toBe(200);
    expect(JSON.parse(value.text).results).toBeGreaterThan(0);
  });

  it('delayMs with a status delays, then answers the status', async () => {
    emulator.inject({ path: '/linode/types', delayMs: 100, status: 500, times: 1 });
    const { ms, value } = await elapsed(() => raw('/linode/types'));
    expect(ms).toBeGreaterThanOrEqual(95);
    expect(value.status).toBe(500);
  });

  it('a delayed request does not hold up others, and close() releases it', async () => {
    const own = await startEmulator({ port: 0, instances: 1 });
    own.inject({ path: '/linode/kernels', delayMs: 60_000 });
    let settled = false;
    const slow = fetch(`${own.url}/linode/kernels`).then(
      () => 'answered',
      () => 'failed',
    );
    void slow.then(() => (settled = true));
    expect((await fetch(`${own.url}/regions`)).status).toBe(200);
    expect(settled).toBe(false);
    await own.close();
    expect(await slow).toBe('failed');
  });

  it('setLatency adds to every answer; latencyMs sets it from the start', async () => {
    emulator.setLatency(120);
    expect((await elapsed(() => raw('/regions'))).ms).toBeGreaterThanOrEqual(115);
    expect((await elapsed(() => raw('/nope'))).ms).toBeGreaterThanOrEqual(115);
    emulator.setLatency(0);
    const slow = await startEmulator({ port: 0, instances: 1, latencyMs: 80 });
    try {
      expect((await elapsed(() => fetch(`${slow.url}/regions`))).ms).toBeGreaterThanOrEqual(75);
    } finally {
      await slow.close();
    }
  });
});

describe('connection faults', () => {
  it('reset destroys the socket', async () => {
    emulator.inject({ path: '/linode/instances', reset: true, times: 1 });
    await expect(fetch(`${emulator.url}/linode/instances`)).rejects.toThrow();
    expect(emulator.log.at(-1)).toMatchObject({ path: '/v4/linode/instances', status: 0 });
    expect((await raw('/linode/instances')).status).toBe(200);
  });

  it('hang never answers, does not block others, and is released by close()', async () => {
    const own = await startEmulator({ port: 0, instances: 1 });
    own.inject({ path: '/regions', hang: true });
    const hung = fetch(`${own.url}/regions`);
    const outcome = hung.then(
      () => 'answered',
      () => 'failed',
    );
    const other = await fetch(`${own.url}/linode/types`);
    expect(other.status).toBe(200);
    await own.close();
    expect(await outcome).toBe('failed');
    expect(own.log.find((e) => e.path === '/v4/regions')?.status).toBe(0);
  });
});
