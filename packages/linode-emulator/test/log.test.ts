// The request log: every request, in arrival order, failures included.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_TOKEN, startEmulator, type Emulator } from '../src/index.js';
import { call, manualClock } from './helpers.js';

const clock = manualClock(Date.UTC(2025, 2, 3, 4, 5, 6));
let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator({ port: 0, instances: 10, now: clock.now });
});
afterAll(() => emulator.close());
beforeEach(() => emulator.clearLog());

describe('request log', () => {
  it('records method, path without query, query, raw X-Filter and Authorization, status, operationId and time', async () => {
    await call(emulator, '/linode/instances', { query: { page: 1, page_size: 25 }, filter: { tags: 'prod' } });
    expect(emulator.log).toEqual([
      {
        method: 'GET',
        path: '/v4/linode/instances',
        query: { page: '1', page_size: '25' },
        filter: '{"tags":"prod"}',
        authorization: `Bearer ${DEMO_TOKEN}`,
        status: 200,
        operationId: 'getLinodeInstances',
        at: clock.now(),
      },
    ]);
  });

  it('records failures too, in arrival order', async () => {
    const id = emulator.store.instances[0].id;
    await call(emulator, '/linode/instances', { token: null });
    await call(emulator, '/linode/instances/1');
    await call(emulator, '/nowhere');
    await call(emulator, '/linode/types', { filter: '{bad' });
    emulator.inject({ path: '/regions', status: 500, times: 1 });
    await call(emulator, '/regions');
    await call(emulator, `/linode/instances/${id}/shutdown`, { method: 'POST' });
    expect(emulator.log.map((e) => [e.method, e.path, e.status, e.operationId])).toEqual([
      ['GET', '/v4/linode/instances', 401, 'getLinodeInstances'],
      ['GET', '/v4/linode/instances/1', 404, 'getLinodeInstance'],
      ['GET', '/v4/nowhere', 404, undefined],
      ['GET', '/v4/linode/types', 400, 'getLinodeTypes'],
      ['GET', '/v4/regions', 500, 'getRegions'],
      ['POST', `/v4/linode/instances/${id}/shutdown`, 200, 'shutdownLinodeInstance'],
    ]);
    expect(emulator.log[0].authorization).toBeUndefined();
    expect(emulator.log[3].filter).toBe('{bad');
  });

  it('clearLog empties it in place', async () => {
    await call(emulator, '/regions');
    const log = emulator.log;
    expect(log).toHaveLength(1);
    emulator.clearLog();
    expect(log).toHaveLength(0);
  });
});
