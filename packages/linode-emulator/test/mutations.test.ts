// Writes: instance create/update/delete and power actions, volumes, and the events they record.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from '../src/index.js';
import { PROVISION_MS } from '../src/handlers/instance-writes.js';
import { TRANSITION_MS } from '../src/transitions.js';
import { VOLUME_CREATE_MS } from '../src/handlers/volumes.js';
import { call, manualClock, type LooseJson } from './helpers.js';

const clock = manualClock(Date.UTC(2025, 6, 1, 10, 0, 0));
let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator({ port: 0, instances: 30, now: clock.now, rateLimits: false });
});
afterAll(() => emulator.close());

const post = (path: string, body?: unknown) => call(emulator, path, { method: 'POST', body });
const put = (path: string, body: unknown) => call(emulator, path, { method: 'PUT', body });
const fields = (reply: { body: { errors: Array<{ field?: string }> } }) => reply.body.errors.map((e) => e.field).sort();
const lastEvent = () => emulator.store.events.at(-1) as LooseJson;
const valid = {
  region: 'us-east',
  type: 'g6-standard-1',
  image: 'linode/debian12',
  root_pass: 'aComplexP@ssw0rd!',
  label: 'web-1',
  tags: ['prod'],
};

describe('POST /linode/instances validation', () => {
  it('reports every missing required field at once', async () => {
    const reply = await post('/linode/instances', {});
    expect(reply.status).toBe(400);
    expect(fields(reply)).toEqual(['region', 'type']);
    expect(reply.body.errors.every((e: { reason: string }) => typeof e.reason === 'string' && e.reason.length > 0)).toBe(true);
  });

  it.each([
    ['an unknown region', { region: 'mars-1' }, ['region']],
    ['an unknown type', { type: 'g9-huge' }, ['type']],
    ['an unknown image', { image: 'linode/plan9' }, ['image']],
    ['an image without root_pass', { root_pass: undefined }, ['root_pass']],
    ['a short root_pass', { root_pass: 'abc' }, ['root_pass']],
    ['a short label', { label: 'ab' }, ['label']],
    ['a long label', { label: `a${'b'.repeat(64)}` }, ['label']],
    ['a label starting with a digit', { label: '1web' }, ['label']],
    ['a label with two dashes in a row', { label: 'web--1' }, ['label']],
    ['a label with a space', { label: 'web 1' }, ['label']],
    ['a label already used', { label: 'EXISTING' }, ['label']],
    ['tags not strings', { tags: [1] }, ['tags']],
    ['a region of the wrong type', { region: 5 }, ['region']],
    ['booted not a boolean', { booted: 'yes' }, ['booted']],
    ['several problems', { region: 'mars-1', label: 'x', root_pass: '' }, ['label', 'region', 'root_pass']],
  ])('%s', async (_name, change, expected) => {
    const body: LooseJson = { ...valid, ...change };
    if (body.label === 'EXISTING') body.label = emulator.store.instances[0].label;
    const reply = await post('/linode/instances', body);
    expect(reply.status).toBe(400);
    expect(fields(reply)).toEqual(expected);
  });

  it('accepts dots and underscores in labels, and no image without a password', async () => {
    const reply = await post('/linode/instances', { region: 'eu-west', type: 'g6-nanode-1', label: 'app_v1.2' });
    expect(reply.status).toBe(200);
    expect(reply.body.image).toBeNull();
    expect(emulator.store.disksByInstance[reply.body.id]).toEqual([]);
  });
});

describe('POST /linode/instances', () => {
  let created: LooseJson;

  it('creates a provisioning instance, created now, with disks, a config, IPs and an event', async () => {
    const before = emulator.store.instances.length;
    const reply = await post('/linode/instances', valid);
    expect(reply.status).toBe(200);
    created = reply.body;
    expect(created).toMatchObject({
      label: 'web-1',
      region: 'us-east',
      type: 'g6-standard-1',
      image: 'linode/debian12',
      status: 'provisioning',
      tags: ['prod'],
    });
    expect(created.created).toBe('2025-07-01T10:00:00');
    expect(created.id).toBeGreaterThan(Math.max(...emulator.store.instances.slice(0, before).map((i) => i.id)));
    expect(created.specs.memory).toBe(2048);
    expect(emulator.store.instances).toHaveLength(before + 1);
    expect((await call(emulator, `/linode/instances/${created.id}`)).body.label).toBe('web-1');
    const disks = (await call(emulator, `/linode/instances/${created.id}/disks`)).body;
    expect(disks.data.slice(0, 2).map((d: LooseJson) => d.filesystem)).toEqual(['ext4', 'swap']);
    const configs = (await call(emulator, `/linode/instances/${created.id}/configs`)).body;
    expect(configs.data[0].devices.sda.disk_id).toBe(disks.data[0].id);
    const ips = (await call(emulator, `/linode/instances/${created.id}/ips`)).body;
    expect(ips.ipv4.public[0].address).toBe(created.ipv4[0]);
    const [create, boot] = emulator.store.events.slice(-2);
    expect(create).toMatchObject({
      action: 'linode_create',
      entity: { id: created.id, type: 'linode', label: 'web-1' },
      created: '2025-07-01T10:00:00',
      status: 'started',
    });
    // The first boot waits behind provisioning: scheduled, without a duration, naming its config.
    expect(boot).toMatchObject({
      action: 'linode_boot',
      status: 'scheduled',
      duration: null,
      percent_complete: 0,
      secondary_entity: { id: configs.data[0].id, type: 'linode_config' },
    });
    expect(lastEvent()).toBe(boot);
  });

  it('labels must then be unique', async () => {
    expect(fields(await post('/linode/instances', valid))).toEqual(['label']);
  });

  it('is running once provisioning is over (by the clock)', async () => {
    clock.advance(PROVISION_MS - 1);
    expect((await call(emulator, `/linode/instances/${created.id}`)).body.status).toBe('provisioning');
    clock.advance(1);
    const ready = (await call(emulator, `/linode/instances/${created.id}`)).body;
    expect(ready.status).toBe('running');
    const boot = emulator.store.events.find((e) => e.action === 'linode_boot' && e.entity.id === created.id);
    expect(boot).toMatchObject({ status: 'finished', percent_complete: 100 });
    expect(boot?.duration).toBeGreaterThan(0);
    expect(ready.ipv6).toBe(`${emulator.store.ipsByInstance[created.id].ipv6.slaac.address}/128`);
    const disks = (await call(emulator, `/linode/instances/${created.id}/disks`)).body.data;
    expect(disks.every((d: LooseJson) => d.status === 'ready')).toBe(true);
  });

  it('gets a default label when none is given', async () => {
    const reply = await post('/linode/instances', { region: 'us-east', type: 'g6-nanode-1' });
    expect(reply.body.label).toBe(`linode${reply.body.id}`);
  });
});

describe('power actions', () => {
  const running = () => emulator.store.instances.find((i) => i.status === 'running') as LooseJson;

  it('shutdown, boot and reboot pass through shutting_down, booting and rebooting, each with an event', async () => {
    const instance = running();
    const status = async () => (await call(emulator, `/linode/instances/${instance.id}`)).body.status;
    const shutdown = await post(`/linode/instances/${instance.id}/shutdown`);
    expect(shutdown).toMatchObject({ status: 200, body: {} });
    expect(await status()).toBe('shutting_down');
    expect(lastEvent()).toMatchObject({ action: 'linode_shutdown', status: 'started', entity: { id: instance.id } });
    clock.advance(TRANSITION_MS.shutting_down);
    expect(await status()).toBe('offline');
    expect((await post(`/linode/instances/${instance.id}/boot`)).status).toBe(200);
    expect(await status()).toBe('booting');
    expect(lastEvent().action).toBe('linode_boot');
    clock.advance(TRANSITION_MS.booting);
    expect(await status()).toBe('running');
    expect(
      (await post(`/linode/instances/${instance.id}/reboot`, { config_id: emulator.store.configsByInstance[instance.id][0].id })).status,
    ).toBe(200);
    expect(await status()).toBe('rebooting');
    expect(lastEvent().action).toBe('linode_reboot');
    clock.advance(TRANSITION_MS.rebooting);
    expect(await status()).toBe('running');
  });

  it('a busy instance refuses; an unknown config_id is a field error; unknown instances are 404', async () => {
    const fresh = await post('/linode/instances', {
      region: 'us-east',
      type: 'g6-nanode-1',
      image: 'linode/debian12',
      root_pass: 'aComplexP@ssw0rd!',
    });
    const busy = await post(`/linode/instances/${fresh.body.id}/boot`);
    expect(busy).toMatchObject({ status: 400, body: { errors: [{ reason: 'Linode busy.' }] } });
    const instance = running();
    const badConfig = await post(`/linode/instances/${instance.id}/boot`, { config_id: 1 });
    expect(badConfig.body.errors).toEqual([{ reason: expect.any(String), field: 'config_id' }]);
    expect((await post('/linode/instances/1/boot')).status).toBe(404);
  });
});

describe('PUT and DELETE /linode/instances/{id}', () => {
  it('updates label, tags, alerts, watchdog and the backup window; keeps volumes in step', async () => {
    const instance = emulator.store.instances.find((i) => emulator.store.volumes.some((v) => v.linode_id === i.id)) as LooseJson;
    clock.advance(60_000);
    const reply = await put(`/linode/instances/${instance.id}`, {
      label: 'renamed',
      tags: ['b-tag', 'a-tag'],
      alerts: { cpu: 50 },
      watchdog_enabled: false,
      backups: { schedule: { day: 'Monday', window: 'W4' } },
      status: 'offline', // read-only: ignored
    });
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({
      label: 'renamed',
      tags: ['a-tag', 'b-tag'],
      watchdog_enabled: false,
      status: instance.status,
      updated: new Date(clock.now()).toISOString().slice(0, 19),
    });
    expect(reply.body.alerts.cpu).toBe(50);
    expect(reply.body.backups.schedule).toEqual({ day: 'Monday', window: 'W4' });
    expect(emulator.store.volumes.filter((v) => v.linode_id === instance.id).every((v) => v.linode_label === 'renamed')).toBe(true);
    expect(lastEvent()).toMatchObject({ action: 'linode_update', entity: { id: instance.id, label: 'renamed' } });
  });

  it('validates what it changes', async () => {
    const [a, b] = emulator.store.instances;
    const reply = await put(`/linode/instances/${a.id}`, {
      label: b.label,
      alerts: { cpu: -1, nope: 1 },
      watchdog_enabled: 'no',
      backups: { schedule: { day: 'Someday' } },
    });
    expect(reply.status).toBe(400);
    expect(fields(reply)).toEqual(['alerts.cpu', 'alerts.nope', 'backups.schedule.day', 'label', 'watchdog_enabled']);
  });

  it('deletes, detaching volumes and recording an event', async () => {
    const instance = emulator.store.instances.find((i) => emulator.store.volumes.some((v) => v.linode_id === i.id)) as LooseJson;
    const volumes = emulator.store.volumes.filter((v) => v.linode_id === instance.id);
    expect(await call(emulator, `/linode/instances/${instance.id}`, { method: 'DELETE' })).toMatchObject({ status: 200, body: {} });
    expect((await call(emulator, `/linode/instances/${instance.id}`)).status).toBe(404);
    expect((await call(emulator, `/linode/instances/${instance.id}/disks`)).status).toBe(404);
    expect(volumes.every((v) => v.linode_id === null && v.linode_label === null)).toBe(true);
    expect(lastEvent()).toMatchObject({ action: 'linode_delete', entity: { id: instance.id } });
  });
});

describe('volumes', () => {
  it('creates (creating, then active), validates, attaches, detaches, deletes', async () => {
    const invalid = await post('/volumes', { size: 5 });
    expect(fields(invalid)).toEqual(['label', 'region', 'size']);
    const created = await post('/volumes', { label: 'my-volume', region: 'us-east', size: 30, tags: ['database'] });
    expect(created.status).toBe(200);
    expect(created.body).toMatchObject({
      label: 'my-volume',
      region: 'us-east',
      size: 30,
      linode_id: null,
      status: 'creating',
      tags: ['database'],
    });
    expect(lastEvent()).toMatchObject({
      action: 'volume_create',
      entity: { type: 'volume', id: created.body.id, url: `/v4/volumes/${created.body.id}` },
    });
    clock.advance(VOLUME_CREATE_MS);
    expect((await call(emulator, `/volumes/${created.body.id}`)).body.status).toBe('active');
    expect(fields(await post('/volumes', { label: 'my-volume', region: 'us-east' }))).toEqual(['label']);

    const elsewhere = emulator.store.instances.find((i) => i.region !== 'us-east') as LooseJson;
    expect(fields(await post(`/volumes/${created.body.id}/attach`, { linode_id: elsewhere.id }))).toEqual(['linode_id']);
    const local = emulator.store.instances.find((i) => i.region === 'us-east') as LooseJson;
    const attached = await post(`/volumes/${created.body.id}/attach`, { linode_id: local.id });
    expect(attached.body).toMatchObject({ linode_id: local.id, linode_label: local.label });
    const listed = await call(emulator, `/linode/instances/${local.id}/volumes`);
    expect(listed.body.data.map((v: LooseJson) => v.id)).toContain(created.body.id);
    expect((await call(emulator, `/volumes/${created.body.id}`, { method: 'DELETE' })).status).toBe(400);
    expect((await post(`/volumes/${created.body.id}/detach`)).status).toBe(200);
    expect(lastEvent().action).toBe('volume_detach');
    const renamed = await put(`/volumes/${created.body.id}`, { label: 'my-volume-2' });
    expect(renamed.body.filesystem_path).toBe('/dev/disk/by-id/scsi-0Linode_Volume_my-volume-2');
    expect((await call(emulator, `/volumes/${created.body.id}`, { method: 'DELETE' })).status).toBe(200);
    expect((await call(emulator, `/volumes/${created.body.id}`)).status).toBe(404);
  });

  it("created with a linode_id, it lands in that Linode's region, attached", async () => {
    const linode = emulator.store.instances[2];
    const reply = await post('/volumes', { label: 'attached-at-birth', linode_id: linode.id });
    expect(reply.body).toMatchObject({ region: linode.region, linode_id: linode.id, size: 20 });
  });
});

describe('events', () => {
  it('the events list shows writes and filters by action', async () => {
    const { body } = await call(emulator, '/account/events', {
      filter: { action: 'linode_create', '+order_by': 'created', '+order': 'desc' },
    });
    expect(body.data[0]).toMatchObject({ action: 'linode_create', created: expect.stringMatching(/^2025-07-01T10:/) });
    const one = await call(emulator, `/account/events/${body.data[0].id}`);
    expect(one.body).toEqual(body.data[0]);
  });
});
