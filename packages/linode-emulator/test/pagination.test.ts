// Paging envelope, page sizes, last page, past the end, default order.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from '../src/index.js';
import { call } from './helpers.js';

let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator({ port: 0, instances: 120, rateLimits: false });
});
afterAll(() => emulator.close());

const ids = (body: { data: Array<{ id: number | string }> }) => body.data.map((i) => i.id);

describe('envelope', () => {
  it('defaults to page 1 of 100 items, ordered by id', async () => {
    const { status, body, headers } = await call(emulator, '/linode/instances');
    expect(status).toBe(200);
    expect(headers.get('content-type')).toBe('application/json');
    expect(headers.get('x-spec-version')).toBe('4.176.0');
    expect(Object.keys(body).sort()).toEqual(['data', 'page', 'pages', 'results']);
    expect(body).toMatchObject({ page: 1, pages: 2, results: 120 });
    expect(ids(body)).toEqual(emulator.store.instances.slice(0, 100).map((i) => i.id));
  });

  it('catalogs keep their natural order', async () => {
    const { body } = await call(emulator, '/regions', { token: null });
    expect(ids(body)).toEqual(emulator.store.regions.map((r) => r.id));
  });

  it.each([25, 500])('page_size %i is accepted', async (size) => {
    const { status, body } = await call(emulator, '/linode/instances', { query: { page_size: size } });
    expect(status).toBe(200);
    expect(body.data).toHaveLength(Math.min(size, 120));
    expect(body.pages).toBe(Math.ceil(120 / size));
  });

  it.each(['24', '501', 'abc', '50.5', '', '-30'])('page_size "%s" is a 400 on page_size', async (size) => {
    const { status, body } = await call(emulator, '/linode/instances', { query: { page_size: size } });
    expect(status).toBe(400);
    expect(body.errors).toEqual([{ reason: expect.any(String), field: 'page_size' }]);
  });

  it.each(['0', '-1', 'abc', '1.5', ''])('page "%s" is a 400 on page', async (page) => {
    const { status, body } = await call(emulator, '/linode/instances', { query: { page } });
    expect(status).toBe(400);
    expect(body.errors).toEqual([{ reason: expect.any(String), field: 'page' }]);
  });
});

describe('walking pages', () => {
  it('the pages concatenate to the whole collection; the last one is short', async () => {
    const seen: number[] = [];
    for (let page = 1; page <= 5; page += 1) {
      const { body } = await call(emulator, '/linode/instances', { query: { page, page_size: 25 } });
      expect(body).toMatchObject({ page, pages: 5, results: 120 });
      seen.push(...ids(body).map(Number));
    }
    expect(seen).toEqual(emulator.store.instances.map((i) => i.id));
  });

  it('a page past the end answers the last page', async () => {
    const last = await call(emulator, '/linode/instances', { query: { page: 5, page_size: 25 } });
    const past = await call(emulator, '/linode/instances', { query: { page: 9, page_size: 25 } });
    expect(past.status).toBe(200);
    expect(past.body).toEqual(last.body);
    expect(past.body.data).toHaveLength(20);
    const huge = await call(emulator, '/linode/instances', { query: { page: '737869762948382064', page_size: 25 } });
    expect(huge.body.page).toBe(5);
  });

  it('an empty result is page 1 of 1', async () => {
    const { body } = await call(emulator, '/linode/instances', { filter: { label: 'no-such-label' } });
    expect(body).toEqual({ data: [], page: 1, pages: 1, results: 0 });
    const transfers = await call(emulator, '/account/entity-transfers', { filter: { status: 'failed' } });
    expect(transfers.body).toEqual({ data: [], page: 1, pages: 1, results: 0 });
  });

  it('child collections page too', async () => {
    const instance = emulator.store.instances[0];
    const { body } = await call(emulator, `/linode/instances/${instance.id}/disks`, { query: { page_size: 25 } });
    expect(body).toMatchObject({ page: 1, pages: 1, results: emulator.store.disksByInstance[instance.id].length });
  });

  it('non-paginated endpoints ignore page parameters and X-Filter', async () => {
    const instance = emulator.store.instances[0];
    const { status, body } = await call(emulator, `/linode/instances/${instance.id}/ips`, { query: { page_size: 7 }, filter: 'not json' });
    expect(status).toBe(200);
    expect(Object.keys(body)).toEqual(['ipv4', 'ipv6']);
    const one = await call(emulator, `/linode/instances/${instance.id}`, { filter: { status: 'x' } });
    expect(one.body.id).toBe(instance.id);
  });
});
