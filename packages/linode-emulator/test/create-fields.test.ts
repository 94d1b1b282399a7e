// The documented fields of POST /linode/instances beyond the basics (group, backup_id, StackScript,
// SSH keys and users, metadata, interfaces, firewall_id), and volume config_id / attach rules.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from '../src/index.js';
import { VOLUME_CREATE_MS } from '../src/handlers/volumes.js';
import { call, manualClock, type LooseJson } from './helpers.js';

const clock = manualClock(Date.UTC(2025, 6, 1, 10, 0, 0));
let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator({ port: 0, instances: 40, now: clock.now, rateLimits: false });
});
afterAll(() => emulator.close());

const post = (path: string, body?: unknown) => call(emulator, path, { method: 'POST', body });
const fields = (reply: { body: { errors: Array<{ field?: string }> } }) => reply.body.errors.map((e) => e.field).sort();
const base = { region: 'us-east', type: 'g6-standard-2', image: 'linode/debian12', root_pass: 'aComplexP@ssw0rd!' };

/** A successful backup of a seeded instance, with that instance. */
function someBackup(): { backup: LooseJson; linode: LooseJson } {
  for (const linode of emulator.store.instances) {
    const backup = emulator.store.backupsByInstance[linode.id]?.automatic.find((b) => b.status === 'successful');
    if (backup) return { backup, linode };
  }
  throw new Error('no seeded backup');
}

describe('POST /linode/instances: documented fields', () => {
  it('applies group', async () => {
    const reply = await post('/linode/instances', { ...base, group: 'web-tier' });
    expect(reply.status).toBe(200);
    expect(reply.body.group).toBe('web-tier');
    expect((await call(emulator, `/linode/instances/${reply.body.id}`)).body.group).toBe('web-tier');
  });

  it.each([
    ['group not a string', { group: 5 }, ['group']],
    ['backup_id together with image', { backup_id: 'BACKUP' }, ['backup_id']],
    ['backup_id unknown', { image: undefined, root_pass: undefined, backup_id: 1 }, ['backup_id']],
    ['backup_id not an integer', { image: undefined, backup_id: 'x' }, ['backup_id']],
    ['authorized_keys not an array', { authorized_keys: 'ssh-ed25519 AAAA' }, ['authorized_keys']],
    ['authorized_keys with a number', { authorized_keys: ['ssh-ed25519 AAAA', 7] }, ['authorized_keys']],
    ['authorized_users not strings', { authorized_users: [{ name: 'bob' }] }, ['authorized_users']],
    ['stackscript_id not an integer', { stackscript_id: '10079' }, ['stackscript_id']],
    ['stackscript_id without an image', { image: undefined, root_pass: undefined, stackscript_id: 10079 }, ['stackscript_id']],
    ['stackscript_data not an object', { stackscript_id: 10079, stackscript_data: '{}' }, ['stackscript_data']],
    ['metadata not an object', { metadata: 'I2Nsb3VkLWNvbmZpZw==' }, ['metadata']],
    ['a firewall that does not exist', { firewall_id: 12345 }, ['firewall_id']],
    ['firewall_id not an integer', { firewall_id: 'fw' }, ['firewall_id']],
    ['interfaces not an array', { interfaces: { purpose: 'public' } }, ['interfaces']],
    [
      'four interfaces',
      {
        interfaces: [
          { purpose: 'public' },
          { purpose: 'vlan', label: 'a' },
          { purpose: 'vlan', label: 'b' },
          { purpose: 'vlan', label: 'c' },
        ],
      },
      ['interfaces'],
    ],
    ['an unknown purpose', { interfaces: [{ purpose: 'wifi' }] }, ['interfaces[0].purpose']],
    ['a vlan without a label', { interfaces: [{ purpose: 'public' }, { purpose: 'vlan' }] }, ['interfaces[1].label']],
    ['a vpc without a subnet', { interfaces: [{ purpose: 'vpc' }] }, ['interfaces[0].subnet_id']],
    ['two public interfaces', { interfaces: [{ purpose: 'public' }, { purpose: 'public' }] }, ['interfaces']],
  ])('400 for %s', async (_name, change, expected) => {
    const body: LooseJson = { ...base, ...change };
    if (body.backup_id === 'BACKUP')
      Object.assign(body, { backup_id: someBackup().backup.id, region: someBackup().linode.region, type: someBackup().linode.type });
    const before = emulator.store.instances.length;
    const reply = await post('/linode/instances', body);
    expect(reply.status).toBe(400);
    expect(fields(reply)).toEqual(expected);
    expect(emulator.store.instances).toHaveLength(before);
  });

  it('accepts SSH keys, users, a StackScript with a public image, metadata and valid interfaces', async () => {
    const reply = await post('/linode/instances', {
      ...base,
      authorized_keys: ['ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIExample user@example.com'],
      authorized_users: ['demo-user'],
      stackscript_id: 10079,
      stackscript_data: { gh_username: 'linode' },
      metadata: { user_data: 'I2Nsb3VkLWNvbmZpZw==' },
      interfaces: [{ purpose: 'public' }, { purpose: 'vlan', label: 'vlan-backend', ipam_address: '10.0.0.2/24' }],
    });
    expect(reply.status).toBe(200);
    expect(reply.body.has_user_data).toBe(true);
    const [config] = emulator.store.configsByInstance[reply.body.id];
    expect(config.interfaces.map((i: LooseJson) => [i.purpose, i.label, i.ipam_address])).toEqual([
      ['public', null, null],
      ['vlan', 'vlan-backend', '10.0.0.2/24'],
    ]);
  });

  it('refuses a StackScript with a private image', async () => {
    const image = emulator.store.images.find((i) => !i.is_public && i.status === 'available') as LooseJson;
    expect(fields(await post('/linode/instances', { ...base, image: image.id, stackscript_id: 10079 }))).toEqual(['stackscript_id']);
  });

  it('deploys from a backup: its disks, no image, and the region must match', async () => {
    const { backup, linode } = someBackup();
    const elsewhere = emulator.store.regions.find((r) => r.id !== linode.region)?.id;
    expect(fields(await post('/linode/instances', { region: elsewhere, type: linode.type, backup_id: backup.id }))).toEqual(['backup_id']);
    const reply = await post('/linode/instances', { region: linode.region, type: linode.type, backup_id: backup.id });
    expect(reply.status).toBe(200);
    expect(reply.body.image).toBeNull();
    const disks = emulator.store.disksByInstance[reply.body.id];
    expect(disks.map((d) => [d.label, d.size, d.filesystem])).toEqual(backup.disks.map((d: LooseJson) => [d.label, d.size, d.filesystem]));
    expect(emulator.store.configsByInstance[reply.body.id]).toHaveLength(1);
  });
});

describe('volumes: config_id and status', () => {
  const twoLinodes = () => {
    const [a, b] = emulator.store.instances.filter((i) => i.region === 'us-east' && emulator.store.configsByInstance[i.id]?.length);
    return { a, b };
  };

  it('create: config_id needs linode_id, and must be a config of that Linode', async () => {
    const { a, b } = twoLinodes();
    const configOfA = emulator.store.configsByInstance[a.id][0].id;
    expect(fields(await post('/volumes', { label: 'cfg-no-linode', region: 'us-east', config_id: configOfA }))).toEqual(['config_id']);
    expect(fields(await post('/volumes', { label: 'cfg-other-linode', linode_id: b.id, config_id: configOfA }))).toEqual(['config_id']);
    expect((await post('/volumes', { label: 'cfg-right-linode', linode_id: a.id, config_id: configOfA })).status).toBe(200);
  });

  it('attach: refused until the volume is active; config_id must belong to linode_id', async () => {
    const { a, b } = twoLinodes();
    const created = await post('/volumes', { label: 'attach-later', region: 'us-east' });
    expect(created.body.status).toBe('creating');
    const early = await post(`/volumes/${created.body.id}/attach`, { linode_id: a.id });
    expect(early.status).toBe(400);
    expect(early.body.errors[0].reason).toMatch(/creating/);
    clock.advance(VOLUME_CREATE_MS);

    const wrong = await post(`/volumes/${created.body.id}/attach`, {
      linode_id: b.id,
      config_id: emulator.store.configsByInstance[a.id][0].id,
    });
    expect(wrong.status).toBe(400);
    expect(fields(wrong)).toEqual(['config_id']);
    const right = await post(`/volumes/${created.body.id}/attach`, {
      linode_id: a.id,
      config_id: emulator.store.configsByInstance[a.id][0].id,
    });
    expect(right.status).toBe(200);
    expect(right.body.linode_id).toBe(a.id);
  });

  it('create: a Linode without a config cannot take the volume', async () => {
    const empty = await post('/linode/instances', { region: 'us-east', type: 'g6-nanode-1' });
    expect(emulator.store.configsByInstance[empty.body.id]).toEqual([]);
    expect(fields(await post('/volumes', { label: 'nowhere-to-go', linode_id: empty.body.id }))).toEqual(['linode_id']);
  });

  it('attach: persist_across_boots false excludes config_id and needs a running Linode', async () => {
    const linode = twoLinodes().a;
    const created = await post('/volumes', { label: 'no-persist', region: linode.region });
    clock.advance(VOLUME_CREATE_MS);
    const configId = emulator.store.configsByInstance[linode.id][0].id;
    expect(fields(await post(`/volumes/${created.body.id}/attach`, { linode_id: linode.id, persist_across_boots: 'no' }))).toEqual([
      'persist_across_boots',
    ]);
    const both = await post(`/volumes/${created.body.id}/attach`, {
      linode_id: linode.id,
      config_id: configId,
      persist_across_boots: false,
    });
    expect(fields(both)).toContain('config_id');
    const status = linode.status;
    linode.status = 'offline';
    const offline = await post(`/volumes/${created.body.id}/attach`, { linode_id: linode.id, persist_across_boots: false });
    linode.status = status;
    expect(fields(offline)).toEqual(['persist_across_boots']);
  });

  it('attach: a resizing volume is refused too', async () => {
    const linode = twoLinodes().b;
    const created = await post('/volumes', { label: 'resize-me', region: linode.region });
    clock.advance(VOLUME_CREATE_MS);
    expect((await call(emulator, `/volumes/${created.body.id}`)).body.status).toBe('active');
    const volume = emulator.store.volumes.find((v) => v.id === created.body.id) as LooseJson;
    volume.status = 'resizing'; // as a resize would leave it
    const reply = await post(`/volumes/${volume.id}/attach`, { linode_id: linode.id });
    volume.status = 'active';
    expect(reply.status).toBe(400);
    expect(reply.body.errors[0].reason).toMatch(/resizing/);
  });
});
