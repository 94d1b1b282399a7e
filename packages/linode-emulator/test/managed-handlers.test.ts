// Linode Managed and Longview writes as Linode serves them: a credential's secret is taken but never
// answered, revoking one takes it off the services using it, an instance's SSH settings persist,
// and a Longview plan too small for the clients is refused.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from '../src/index.js';
import { call, seeded } from './helpers.js';

let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator({ port: 0, rateLimits: false });
});
afterAll(() => emulator.close());

const post = (path: string, body: unknown = {}) => call(emulator, path, { method: 'POST', body });

describe('Linode Managed', () => {
  it('stores a credential without ever answering its username or password', async () => {
    const missing = await post('/managed/credentials', { label: 'db' });
    expect(missing.body.errors[0]).toMatchObject({ field: 'password' });
    const created = await post('/managed/credentials', { label: 'db-login', username: 'admin', password: 'hunter22' });
    expect(Object.keys(created.body).sort()).toEqual(['id', 'label', 'last_decrypted']);
    expect(created.body.last_decrypted).toBeNull();
    expect(JSON.stringify((await call(emulator, '/managed/credentials')).body)).not.toContain('hunter22');
    expect((await post(`/managed/credentials/${created.body.id}/update`, { password: 'n3w' })).body).toEqual({});
  });

  it('revoking a credential takes it off the services that used it', async () => {
    const credential = (await post('/managed/credentials', { label: 'svc-login', password: 'x1234567' })).body;
    const service = (
      await post('/managed/services', {
        label: 'svc',
        service_type: 'tcp',
        address: 'db.example.com:5432',
        timeout: 10,
        credentials: [credential.id],
      })
    ).body;
    expect(service).toMatchObject({ status: 'pending', credentials: [credential.id] });
    expect((await post(`/managed/credentials/${credential.id}/revoke`)).body).toEqual({});
    expect((await call(emulator, `/managed/credentials/${credential.id}`)).status).toBe(404);
    expect((await call(emulator, `/managed/services/${service.id}`)).body.credentials).toEqual([]);
  });

  it('disables and enables a monitored service; URL checks need an http(s) address', async () => {
    const id = seeded(emulator, '/managed/services')[0].id;
    expect((await post(`/managed/services/${id}/disable`)).body.status).toBe('disabled');
    expect((await post(`/managed/services/${id}/enable`)).body.status).toBe('pending');
    const bad = await post('/managed/services', { label: 'url-check', service_type: 'url', address: 'example.com', timeout: 10 });
    expect(bad.body.errors[0]).toMatchObject({ field: 'address' });
  });

  it("keeps an instance's SSH settings", async () => {
    const id = emulator.store.instances[0].id;
    const put = await call(emulator, `/managed/linode-settings/${id}`, { method: 'PUT', body: { ssh: { port: 2222 } } });
    expect(put.body.ssh).toEqual({ access: true, user: 'root', ip: 'any', port: 2222 });
    expect((await call(emulator, `/managed/linode-settings/${id}`)).body.ssh.port).toBe(2222);
  });
});

describe('Longview', () => {
  it('generates a new client its keys, and refuses a plan smaller than the clients in use', async () => {
    const client = (await post('/longview/clients', { label: 'lv-new' })).body;
    expect(client.api_key).toMatch(/^[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{16}$/);
    for (const label of ['lv-a', 'lv-b']) await post('/longview/clients', { label });
    const small = await call(emulator, '/longview/plan', { method: 'PUT', body: { longview_subscription: 'longview-3' } });
    expect(small.status).toBe(400);
    const larger = await call(emulator, '/longview/plan', { method: 'PUT', body: { longview_subscription: 'longview-40' } });
    expect(larger.body).toMatchObject({ id: 'longview-40', clients_included: 40 });
    expect((await call(emulator, '/longview/plan')).body.id).toBe('longview-40');
  });

  it('answers the free plan as `{}`, chosen by an empty string, null or no subscription (linodego TestLongviewPlan_Update.yaml)', async () => {
    for (const body of [{ longview_subscription: '' }, { longview_subscription: null }, {}]) {
      await call(emulator, '/longview/plan', { method: 'PUT', body: { longview_subscription: 'longview-40' } });
      const free = await call(emulator, '/longview/plan', { method: 'PUT', body });
      expect(free.status, JSON.stringify(body)).toBe(200);
      expect(free.body).toEqual({});
      expect((await call(emulator, '/longview/plan')).body).toEqual({});
      expect((await call(emulator, '/account/settings')).body.longview_subscription).toBeNull();
    }
  });
});
