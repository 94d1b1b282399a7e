// Tokens, scopes and public catalogs.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_TOKEN, DEMO_TOKENS, startEmulator, type Emulator } from '../src/index.js';
import { hasScopes } from '../src/tokens.js';
import { facts } from 'linode-facts/spec';
import { call } from './helpers.js';

let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator({
    port: 0,
    instances: 20,
    rateLimits: false,
    tokens: { ...DEMO_TOKENS, 'rw-linodes': 'linodes:read_write' },
  });
});
afterAll(() => emulator.close());

describe('demo tokens', () => {
  it('has the three documented tokens', () => {
    expect(DEMO_TOKEN).toBe('demo-token-full-access');
    expect(DEMO_TOKENS[DEMO_TOKEN]).toBe('*');
    expect(DEMO_TOKENS['demo-token-read-only'].split(' ')).toEqual(
      expect.arrayContaining([
        'linodes:read_only',
        'volumes:read_only',
        'images:read_only',
        'account:read_only',
        'events:read_only',
        'domains:read_only',
      ]),
    );
    expect(DEMO_TOKENS['demo-token-volumes-only']).toBe('volumes:read_only');
  });
});

describe('401', () => {
  it('private endpoints need a token', async () => {
    const { status, body, headers } = await call(emulator, '/linode/instances', { token: null });
    expect(status).toBe(401);
    expect(body).toEqual({ errors: [{ reason: 'Invalid Token' }] });
    expect(headers.get('x-oauth-scopes')).toBeNull();
  });

  it('an unknown token is refused everywhere, public catalogs included, and never echoed', async () => {
    for (const path of ['/linode/instances', '/regions', '/linode/instances/1/disks']) {
      const { status, body } = await call(emulator, path, { token: 'stolen-secret-token' });
      expect(status).toBe(401);
      expect(JSON.stringify(body)).not.toContain('stolen-secret-token');
    }
    const malformed = await call(emulator, '/linode/instances', { token: null, headers: { authorization: 'Basic abc' } });
    expect(malformed.status).toBe(401);
  });

  it('auth is checked before existence (no probing without a token)', async () => {
    expect((await call(emulator, '/linode/instances/999999999', { token: null })).status).toBe(401);
  });

  it('accepts the legacy "token" scheme', async () => {
    const { status } = await call(emulator, '/linode/instances', { token: null, headers: { authorization: `token ${DEMO_TOKEN}` } });
    expect(status).toBe(200);
  });
});

describe('403 and scopes', () => {
  it('a token without the scope gets 403 with X-Accepted-OAuth-Scopes', async () => {
    const { status, body, headers } = await call(emulator, '/linode/instances', { token: 'demo-token-volumes-only' });
    expect(status).toBe(403);
    expect(body).toEqual({ errors: [{ reason: 'Your OAuth token is not authorized to use this endpoint.' }] });
    expect(headers.get('x-accepted-oauth-scopes')).toBe('linodes:read_only');
    expect(headers.get('x-oauth-scopes')).toBe('volumes:read_only');
  });

  it('read-only tokens cannot write; read_write covers read_only', async () => {
    const id = emulator.store.instances[0].id;
    const write = await call(emulator, `/linode/instances/${id}/boot`, { method: 'POST', token: 'demo-token-read-only' });
    expect(write.status).toBe(403);
    expect(write.headers.get('x-accepted-oauth-scopes')).toBe('linodes:read_write');
    expect((await call(emulator, `/linode/instances/${id}`, { token: 'rw-linodes' })).status).toBe(200);
  });

  it('operations needing several scopes need all of them', async () => {
    const volume = emulator.store.volumes.find((v) => v.linode_id === null);
    const reply = await call(emulator, `/volumes/${volume?.id}/detach`, { method: 'POST', token: 'rw-linodes' });
    expect(reply.status).toBe(403);
    expect(reply.headers.get('x-accepted-oauth-scopes')).toBe('linodes:read_write volumes:read_write');
  });

  it('every authenticated answer carries X-OAuth-Scopes', async () => {
    expect((await call(emulator, '/volumes', { token: 'demo-token-read-only' })).headers.get('x-oauth-scopes')).toBe(
      DEMO_TOKENS['demo-token-read-only'],
    );
    expect((await call(emulator, '/regions')).headers.get('x-oauth-scopes')).toBe('*');
    expect((await call(emulator, '/linode/instances/1')).headers.get('x-oauth-scopes')).toBe('*');
  });

  it('scope rules', () => {
    expect(hasScopes('*', ['linodes:read_write'])).toBe(true);
    expect(hasScopes('linodes:read_write', ['linodes:read_only'])).toBe(true);
    expect(hasScopes('linodes:read_only', ['linodes:read_write'])).toBe(false);
    expect(hasScopes('linodes:read_write volumes:read_only', ['linodes:read_write', 'volumes:read_write'])).toBe(false);
    expect(hasScopes('', [])).toBe(true);
  });
});

describe('public catalogs', () => {
  it.each([
    '/regions',
    '/linode/types',
    '/linode/kernels',
    '/regions/us-east',
    '/linode/types/g6-nanode-1',
    '/linode/kernels/linode/grub2',
  ])('%s works without a token', async (path) => {
    const { status, headers } = await call(emulator, path, { token: null });
    expect(status).toBe(200);
    expect(headers.get('x-oauth-scopes')).toBeNull();
  });

  it('anonymous image lists show only public images; a token shows private ones too', async () => {
    const anonymous = await call(emulator, '/images', { token: null, query: { page_size: 500 } });
    expect(anonymous.status).toBe(200);
    expect(anonymous.body.data.map((i: { id: string }) => i.id)).toEqual(emulator.store.images.filter((i) => i.is_public).map((i) => i.id));
    const withToken = await call(emulator, '/images', { query: { page_size: 500 } });
    expect(withToken.body.results).toBe(emulator.store.images.length);
    const privateId = emulator.store.images.find((i) => !i.is_public)?.id as string;
    expect((await call(emulator, `/images/${privateId}`, { token: null })).status).toBe(404);
    expect((await call(emulator, `/images/${privateId}`)).status).toBe(200);
    expect((await call(emulator, '/images/linode/debian12', { token: null })).status).toBe(200);
  });

  it('a token without images scope cannot list images', async () => {
    const { status, headers } = await call(emulator, '/images', { token: 'demo-token-volumes-only' });
    expect(status).toBe(403);
    expect(headers.get('x-accepted-oauth-scopes')).toBe('images:read_only');
  });
});

describe('public operations: those the spec lists no security for', () => {
  const publicIds = facts.operations.filter((o) => o.public).map((o) => o.operationId);

  it('are flagged in the facts (and /profile, which needs a token with no scope, is not)', () => {
    expect(publicIds).toEqual(
      expect.arrayContaining([
        'getRegions',
        'getRegion',
        'getRegionsAvailability',
        'getRegionAvailability',
        'getLinodeTypes',
        'getLinodeType',
        'getKernels',
        'getKernel',
        'getDatabasesEngines',
        'getDatabasesEngine',
        'getDatabasesTypes',
        'getDatabasesType',
        'getLongviewSubscriptions',
        'getLongviewSubscription',
        'getObjectStorageClusters',
        'getObjectStorageCluster',
        'getClientThumbnail',
      ]),
    );
    expect(publicIds).toHaveLength(17);
    expect(publicIds).not.toContain('getProfile');
    expect(publicIds).not.toContain('getImages');
  });

  it.each(['/regions/availability', '/databases/engines', '/databases/types', '/longview/subscriptions', '/object-storage/clusters'])(
    '%s lists without a token',
    async (path) => {
      const { status, body } = await call(emulator, path, { token: null });
      expect(status).toBe(200);
      expect(Array.isArray(body.data)).toBe(true);
    },
  );

  it('every operation answers anonymously exactly when it is public (images aside)', async () => {
    const mismatches: string[] = [];
    for (const op of facts.operations) {
      const path = op.path.replace(/\{[^}]+\}/g, (m) => (m === '{regionId}' ? 'us-east' : '1'));
      const { status } = await call(emulator, path, {
        method: op.method,
        token: null,
        body: op.method === 'GET' || op.method === 'DELETE' ? undefined : {},
      });
      const anonymous = op.public === true || op.operationId === 'getImages' || op.operationId === 'getImage';
      if ((status === 401) === anonymous) mismatches.push(`${op.method} ${op.path}: ${status}`);
    }
    expect(mismatches).toEqual([]);
  });

  it('/profile needs a token, but no particular scope', async () => {
    expect((await call(emulator, '/profile', { token: null })).status).toBe(401);
    expect((await call(emulator, '/profile', { token: 'demo-token-volumes-only' })).status).toBe(200);
  });
});
