// Routes, 404/405/400 shapes, headers, and the operations the emulator does not model.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from '../src/index.js';
import { facts, type OperationFact } from 'linode-facts/spec';
import { seedStore } from '../src/data/seed.js';
import { handlerFor, ownHandler } from '../src/handlers/index.js';
import { matchRoute } from '../src/router.js';
import { todayOperations } from '../src/today/operations.js';
import type { EmulatorState } from '../src/state.js';
import { call } from './helpers.js';

let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator({ port: 0, instances: 20, rateLimits: false });
});
afterAll(() => emulator.close());

const NOT_FOUND = { errors: [{ reason: 'Not found' }] };

describe('404', () => {
  it.each([
    '/linode/instances/123',
    '/linode/instances/abc',
    '/volumes/1',
    '/regions/mars-north',
    '/linode/types/g9-huge',
    '/linode/kernels/linode/none',
    '/images/linode/none',
    '/account/events/5',
    '/no/such/path',
    '/domains/77',
  ])('%s', async (path) => {
    const { status, body, headers } = await call(emulator, path);
    expect(status).toBe(404);
    expect(body).toEqual(NOT_FOUND);
    expect(headers.get('content-type')).toBe('application/json');
    expect(headers.get('x-spec-version')).toBe('4.176.0');
  });

  it('children of a missing instance, and missing children of an existing one', async () => {
    const id = emulator.store.instances[0].id;
    expect((await call(emulator, '/linode/instances/123/disks')).body).toEqual(NOT_FOUND);
    expect((await call(emulator, `/linode/instances/${id}/disks/1`)).body).toEqual(NOT_FOUND);
    expect((await call(emulator, `/linode/instances/${id}/configs/1`)).body).toEqual(NOT_FOUND);
  });

  it('paths outside /v4', async () => {
    const response = await fetch(emulator.url.replace(/\/v4$/, '/v3/regions'));
    expect(response.status).toBe(404);
  });
});

describe('405 and 400', () => {
  it('an unsupported method on a known path is 405 with Allow', async () => {
    const { status, body, headers } = await call(emulator, '/regions', { method: 'DELETE' });
    expect(status).toBe(405);
    expect(body.errors[0].reason).toBeTruthy();
    expect(headers.get('allow')).toBe('GET');
    expect((await call(emulator, '/linode/instances', { method: 'PATCH' })).headers.get('allow')).toBe('GET, POST');
  });

  it('an invalid JSON body is 400', async () => {
    const { status, body } = await call(emulator, '/linode/instances', { method: 'POST', body: '{"region": ' });
    expect(status).toBe(400);
    expect(body).toEqual({ errors: [{ reason: 'Invalid JSON' }] });
    expect((await call(emulator, '/linode/instances', { method: 'POST', body: '[1]' })).status).toBe(400);
  });
});

describe('every operation', () => {
  // The router tries only the templates that may fit a path (by first segment and length): none may be lost.
  it('routes a path of its own template to itself', () => {
    const sample = (op: OperationFact, name: string) => {
      const type = op.pathParams.find((p) => p.name === name)?.type;
      if (type === 'integer') return '123';
      return ['imageId', 'kernelId', 'engineId'].includes(name) ? 'linode/x1' : 'x1';
    };
    const misrouted = [...facts.operations, ...todayOperations].flatMap((op) => {
      const path = op.path.replace(/\{(\w+)\}/g, (_m, name: string) => sample(op, name));
      const route = matchRoute(op.method, path);
      const to = route.kind === 'found' ? `${route.op.method} ${route.op.path}` : route.kind;
      return to === `${op.method} ${op.path}` ? [] : [`${op.method} ${path} -> ${to}`];
    });
    expect(misrouted).toEqual([]);
  });
});

describe('ids with slashes', () => {
  it('image and kernel ids work raw and percent-encoded', async () => {
    expect((await call(emulator, '/images/linode/debian12')).body.id).toBe('linode/debian12');
    expect((await call(emulator, '/images/linode%2Fdebian12')).body.id).toBe('linode/debian12');
    expect((await call(emulator, '/linode/kernels/linode%2Flatest-64bit')).body.id).toBe('linode/latest-64bit');
  });

  it('literal routes win over parameters', () => {
    const upload = matchRoute('POST', '/images/upload');
    expect(upload.kind === 'found' && upload.op.path).toBe('/images/upload');
    const get = matchRoute('GET', '/images/upload');
    expect(get.kind === 'found' && get.op.operationId).toBe('getImage');
    const one = matchRoute('GET', '/images/private/1234');
    expect(one.kind === 'found' && one.params).toEqual({ imageId: 'private/1234' });
  });
});

describe('operations the emulator does not model', () => {
  // Every operation of the spec has a handler of its own by now; the generic answers stay for
  // what a newer spec adds before the emulator models it, so they are checked on made-up operations.
  const made = (method: OperationFact['method'], path: string, extra: Partial<OperationFact> = {}): OperationFact => ({
    method,
    path,
    operationId: `made${method}${path.replace(/\W/g, '')}`,
    tag: 'Made up',
    pathParams: [...path.matchAll(/\{(\w+)\}/g)].map((m) => ({ name: m[1], type: 'integer' })),
    ...extra,
  });
  const state: EmulatorState = { ...seedStore(1, 5, Date.now()), now: Date.now };
  const answer = (op: OperationFact, params: Record<string, string> = {}) =>
    handlerFor(op)({ op, params, query: new URLSearchParams(), body: {}, state, anonymous: false });

  it('every operation of the spec has a handler of its own, or is a singleton the seed fills', () => {
    const modelled = (op: OperationFact) => ownHandler(op) ?? (op.method === 'GET' && state.store.singletons[op.path]);
    expect(facts.operations.filter((op) => !modelled(op)).map((op) => `${op.method} ${op.path}`)).toEqual([]);
  });

  it('collections are empty, singletons are generated, writes are 501 on existing items and 404 on missing ones', () => {
    expect(answer(made('GET', '/made/things', { paginated: true }))).toMatchObject({ list: [] });
    expect(answer(made('GET', '/made/settings'))).toEqual({ body: {} });
    const id = String(state.store.instances[0].id);
    expect(() => answer(made('POST', '/linode/instances/{linodeId}/made'), { linodeId: id })).toThrow(
      expect.objectContaining({ status: 501 }) as Error,
    );
    expect(() => answer(made('POST', '/linode/instances/{linodeId}/made'), { linodeId: '123' })).toThrow(
      expect.objectContaining({ status: 404 }) as Error,
    );
  });

  it('their scopes are still enforced', async () => {
    const { status, headers } = await call(emulator, '/domains', { token: 'demo-token-volumes-only' });
    expect(status).toBe(403);
    expect(headers.get('x-accepted-oauth-scopes')).toBe('domains:read_only');
  });
});
