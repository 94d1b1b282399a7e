// Managed Databases as Linode serves them: a new cluster provisions (and cannot be deleted yet),
// credentials stay until reset, backups list nightly and on-demand ones, and actions need an
// active cluster.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from '../src/index.js';
import { call, seeded } from './helpers.js';

let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator({ port: 0, rateLimits: false });
});
afterAll(() => emulator.close());

const post = (path: string, body: unknown = {}) => call(emulator, path, { method: 'POST', body });
const active = (engine: string) => seeded(emulator, `/databases/${engine}/instances`).find((d) => d.status === 'active');

describe('Managed Databases', () => {
  it('creates a cluster that provisions, with a notification event, and refuses to delete it until active', async () => {
    const created = await post('/databases/mysql/instances', {
      label: 'new-db',
      engine: 'mysql/8.0.35',
      type: 'g6-nanode-1',
      region: 'us-east',
    });
    expect(created.status).toBe(200);
    expect(created.body).toMatchObject({ status: 'provisioning', engine: 'mysql', version: '8.0.35', port: 3306, members: {} });
    const events = (await call(emulator, '/account/events', { filter: { action: 'database_create' }, query: { page_size: 500 } })).body
      .data;
    const event = events.find((e: { entity: { id: number } }) => e.entity.id === created.body.id);
    expect(event).toMatchObject({ status: 'notification', entity: { type: 'database', label: 'new-db' } });
    const refused = await call(emulator, `/databases/mysql/instances/${created.body.id}`, { method: 'DELETE' });
    expect(refused.status).toBe(400);
    const wrongEngine = await post('/databases/postgresql/instances', {
      label: 'pg2',
      engine: 'mysql/8.0.35',
      type: 'g6-nanode-1',
      region: 'us-east',
    });
    expect(wrongEngine.body.errors[0]).toMatchObject({ field: 'engine' });
  });

  it('keeps the credentials until a reset, which changes the password', async () => {
    const db = active('postgresql');
    const path = `/databases/postgresql/instances/${db.id}/credentials`;
    const before = (await call(emulator, path)).body;
    expect(before.username).toBe('linpostgres');
    expect((await call(emulator, path)).body).toEqual(before);
    expect((await post(`${path}/reset`)).body).toEqual({});
    expect((await call(emulator, path)).body.password).not.toBe(before.password);
  });

  it('takes a snapshot on demand (answering {}), lists it with the nightly ones, and deletes it', async () => {
    const db = active('mysql');
    const backups = `/databases/mysql/instances/${db.id}/backups`;
    const before = (await call(emulator, backups)).body.data;
    expect(before.filter((b: { type: string }) => b.type === 'auto').length).toBeGreaterThanOrEqual(7);
    expect((await post(backups, {})).body.errors[0]).toMatchObject({ field: 'label' });
    expect((await post(backups, { label: 'pre-deploy' })).body).toEqual({});
    const after = (await call(emulator, backups)).body.data;
    const snapshot = after.find((b: { label: string }) => b.label === 'pre-deploy');
    expect(snapshot.type).toBe('snapshot');
    expect((await call(emulator, `${backups}/${snapshot.id}`)).body).toEqual(snapshot);
    expect((await call(emulator, `${backups}/${snapshot.id}`, { method: 'DELETE' })).status).toBe(200);
    expect((await call(emulator, `${backups}/${snapshot.id}`)).status).toBe(404);
  });

  it('restores from a backup (the cluster is restoring, and then refuses other actions)', async () => {
    const db = active('mysql');
    const backup = seeded(emulator, `/databases/mysql/instances/${db.id}/backups`)[0];
    expect((await post(`/databases/mysql/instances/${db.id}/backups/${backup.id}/restore`)).body).toEqual({});
    expect((await call(emulator, `/databases/mysql/instances/${db.id}`)).body.status).toBe('restoring');
    expect((await post(`/databases/mysql/instances/${db.id}/patch`)).status).toBe(400);
  });

  it('serves the CA certificate as base64 of a PEM', async () => {
    const db = active('postgresql');
    const { ca_certificate } = (await call(emulator, `/databases/postgresql/instances/${db.id}/ssl`)).body;
    expect(Buffer.from(ca_certificate, 'base64').toString()).toMatch(/^-----BEGIN CERTIFICATE-----\n[\s\S]+-----END CERTIFICATE-----\n$/);
  });
});
