// Writes beyond plain CRUD: cascades of deletes, firewall rules and devices, LKE clusters and
// pools, instance actions, disks and configs, volume clone/resize, domain clone/import, images,
// tickets, and the seen/read marks of events.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from '../src/index.js';
import { DISK_MS } from '../src/handlers/instance-actions.js';
import { IMAGE_CREATE_MS } from '../src/handlers/account-writes.js';
import { PROVISION_MS } from '../src/handlers/instance-writes.js';
import { NODE_LINODE_MS } from '../src/handlers/lke-writes.js';
import { VOLUME_CREATE_MS } from '../src/handlers/volumes.js';
import { TRANSITION_MS } from '../src/transitions.js';
import { privateIpOf } from '../src/data/seed-helpers.js';
import { call, manualClock, type LooseJson, seeded } from './helpers.js';

const clock = manualClock(Date.UTC(2025, 6, 1, 10, 0, 0));
let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator({ port: 0, instances: 40, now: clock.now, rateLimits: false });
});
afterAll(() => emulator.close());

const get = (path: string) => call(emulator, path, { query: { page_size: 500 } });
const post = (path: string, body: unknown = {}) => call(emulator, path, { method: 'POST', body });
const put = (path: string, body: unknown) => call(emulator, path, { method: 'PUT', body });
const del = (path: string) => call(emulator, path, { method: 'DELETE' });
const col = (path: string) => seeded(emulator, path);
const lastEvent = () => emulator.store.events.at(-1) as LooseJson;
const rules = { inbound_policy: 'DROP', outbound_policy: 'ACCEPT' };
const settled = (ms: number) => clock.advance(ms + 1);

/** A fresh running Linode with disks and a config. */
async function newLinode(label: string, image = 'linode/debian12'): Promise<LooseJson> {
  const reply = await post('/linode/instances', { region: 'us-east', type: 'g6-standard-2', image, root_pass: 'aComplexP@ssw0rd!', label });
  expect(reply.status, JSON.stringify(reply.body)).toBe(200);
  settled(PROVISION_MS);
  return reply.body;
}

describe('cascades', () => {
  it('deleting a domain deletes its records', async () => {
    const domain = (await post('/domains', { domain: 'cascade-example.com', type: 'master', soa_email: 'a@cascade-example.com' })).body;
    await post(`/domains/${domain.id}/records`, { type: 'TXT', target: 'hello' });
    expect((await get(`/domains/${domain.id}/records`)).body.results).toBe(1);
    expect((await del(`/domains/${domain.id}`)).status).toBe(200);
    expect((await get(`/domains/${domain.id}/records`)).status).toBe(404);
    expect(emulator.store.recordsByDomain[domain.id]).toBeUndefined();
  });

  it("deleting a firewall deletes its devices, not the entities; the Linode's firewall list drops it", async () => {
    const linode = await newLinode('fw-cascade');
    const firewall = (await post('/networking/firewalls', { label: 'fw-cascade', rules, devices: { linodes: [linode.id] } })).body;
    expect((await get(`/networking/firewalls/${firewall.id}/devices`)).body.data.map((d: LooseJson) => d.entity.id)).toEqual([linode.id]);
    expect((await get(`/linode/instances/${linode.id}/firewalls`)).body.data.map((f: LooseJson) => f.id)).toContain(firewall.id);
    await del(`/networking/firewalls/${firewall.id}`);
    expect((await get(`/networking/firewalls/${firewall.id}/devices`)).status).toBe(404);
    expect((await get(`/linode/instances/${linode.id}/firewalls`)).body.data.map((f: LooseJson) => f.id)).not.toContain(firewall.id);
    expect((await get(`/linode/instances/${linode.id}`)).status).toBe(200);
  });

  it("deleting a NodeBalancer deletes its configs and their nodes; a config's nodes go with it", async () => {
    const nb = col('/nodebalancers')[0];
    const [config] = col(`/nodebalancers/${nb.id}/configs`);
    expect((await del(`/nodebalancers/${nb.id}/configs/${config.id}`)).status).toBe(200);
    expect((await get(`/nodebalancers/${nb.id}/configs/${config.id}/nodes`)).status).toBe(404);
    await del(`/nodebalancers/${nb.id}`);
    expect((await get(`/nodebalancers/${nb.id}/configs`)).status).toBe(404);
    expect(Object.keys(emulator.store.collections).filter((k) => k.startsWith(`/nodebalancers/${nb.id}/`))).toEqual([]);
  });

  it('a VPC or subnet with Linodes refuses deletion; an empty one goes with its subnets', async () => {
    const vpc = col('/vpcs').find((v) => col(`/vpcs/${v.id}/subnets`).some((s) => s.linodes.length));
    const busy = col(`/vpcs/${vpc.id}/subnets`).find((s) => s.linodes.length);
    expect((await del(`/vpcs/${vpc.id}`)).status).toBe(400);
    expect((await del(`/vpcs/${vpc.id}/subnets/${busy.id}`)).status).toBe(400);
    const empty = (await post('/vpcs', { label: 'empty-vpc', region: 'us-east', subnets: [{ label: 'one', ipv4: '10.1.0.0/24' }] })).body;
    expect(empty.subnets.map((s: LooseJson) => s.label)).toEqual(['one']);
    expect((await get(`/vpcs/${empty.id}/subnets`)).body.results).toBe(1);
    expect((await del(`/vpcs/${empty.id}`)).status).toBe(200);
    expect((await get(`/vpcs/${empty.id}/subnets`)).status).toBe(404);
  });
});

describe('NodeBalancers', () => {
  it('may be created with configs and their nodes; node addresses are private IPs of the region', async () => {
    const instance = emulator.store.instances.find((i) => i.region === 'us-east' && privateIpOf(i)) as LooseJson;
    const other = emulator.store.instances.find((i) => i.region !== 'us-east' && privateIpOf(i)) as LooseJson;
    const node = (ip: string) => ({ label: 'backend-1', address: `${ip}:80` });
    const bad = await post('/nodebalancers', { region: 'us-east', configs: [{ port: 80, nodes: [node(privateIpOf(other) as string)] }] });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: LooseJson) => e.field)).toEqual(['configs[0].nodes[0].address']);
    const reply = await post('/nodebalancers', {
      region: 'us-east',
      label: 'nb-with-configs',
      configs: [{ port: 80, nodes: [node(privateIpOf(instance) as string)] }],
    });
    expect(reply.status, JSON.stringify(reply.body)).toBe(200);
    const configs = (await get(`/nodebalancers/${reply.body.id}/configs`)).body.data;
    expect(configs).toHaveLength(1);
    expect(configs[0]).toMatchObject({ port: 80, protocol: 'http', nodebalancer_id: reply.body.id, nodes_status: { up: 0, down: 1 } });
    const nodes = (await get(`/nodebalancers/${reply.body.id}/configs/${configs[0].id}/nodes`)).body.data;
    expect(nodes).toMatchObject([
      {
        label: 'backend-1',
        address: `${privateIpOf(instance)}:80`,
        config_id: configs[0].id,
        nodebalancer_id: reply.body.id,
        mode: 'accept',
      },
    ]);
  });
});

describe('firewall rules and devices', () => {
  it('PUT rules answers and stores the rules', async () => {
    const firewall = col('/networking/firewalls')[1];
    const inbound = [{ protocol: 'TCP', ports: '22', addresses: { ipv4: ['10.0.0.0/8'] }, action: 'ACCEPT', label: 'ssh-in' }];
    const reply = await put(`/networking/firewalls/${firewall.id}/rules`, { inbound, inbound_policy: 'ACCEPT' });
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({ inbound, inbound_policy: 'ACCEPT', outbound_policy: firewall.rules.outbound_policy });
    expect((await get(`/networking/firewalls/${firewall.id}/rules`)).body).toEqual(reply.body);
    expect(lastEvent().action).toBe('firewall_update');
  });

  it('devices: an entity already behind the firewall is a 400; removal records an event', async () => {
    const firewall = (await post('/networking/firewalls', { label: 'fw-devices', rules })).body;
    const nb = col('/nodebalancers')[1];
    const add = await post(`/networking/firewalls/${firewall.id}/devices`, { id: nb.id, type: 'nodebalancer' });
    expect(add.status).toBe(200);
    expect(add.body.entity).toMatchObject({ id: nb.id, type: 'nodebalancer', label: nb.label });
    expect(lastEvent()).toMatchObject({ action: 'firewall_device_add', entity: { id: firewall.id, type: 'firewall' } });
    const again = await post(`/networking/firewalls/${firewall.id}/devices`, { id: nb.id, type: 'nodebalancer' });
    expect(again.status).toBe(400);
    expect(again.body.errors[0].field).toBe('id');
    expect((await post(`/networking/firewalls/${firewall.id}/devices`, { id: nb.id, type: 'volume' })).status).toBe(400);
    expect((await del(`/networking/firewalls/${firewall.id}/devices/${add.body.id}`)).status).toBe(200);
    expect(lastEvent().action).toBe('firewall_device_remove');
    expect((await get(`/networking/firewalls/${firewall.id}/devices`)).body.results).toBe(0);
  });
});

describe('LKE', () => {
  it('a new cluster gets its pools, whose nodes run on new instances', async () => {
    const reply = await post('/lke/clusters', {
      label: 'lke-new',
      region: 'us-east',
      k8s_version: '1.33',
      node_pools: [{ type: 'g6-standard-1', count: 2 }],
      control_plane: { high_availability: true },
    });
    expect(reply.status, JSON.stringify(reply.body)).toBe(200);
    const cluster = reply.body;
    expect(cluster.control_plane).toEqual({ high_availability: true });
    const pools = (await get(`/lke/clusters/${cluster.id}/pools`)).body.data;
    expect(pools).toHaveLength(1);
    expect(pools[0]).toMatchObject({ type: 'g6-standard-1', count: 2, autoscaler: { enabled: false, min: 2, max: 2 } });
    expect(pools[0].nodes.map((n: LooseJson) => n.status)).toEqual(['not_ready', 'not_ready']);
    // No Linode yet: instance_id null, as real answers have it; then the Linode's id.
    expect(pools[0].nodes.map((n: LooseJson) => n.instance_id)).toEqual([null, null]);
    settled(NODE_LINODE_MS);
    const instanceIds = (await get(`/lke/clusters/${cluster.id}/pools`)).body.data[0].nodes.map((n: LooseJson) => n.instance_id);
    expect(instanceIds.every(Number.isInteger)).toBe(true);
    for (const id of instanceIds) expect((await get(`/linode/instances/${id}`)).body.lke_cluster_id).toBe(cluster.id);
    for (const id of instanceIds)
      expect((await get(`/linode/instances/${id}`)).body).toMatchObject({ region: 'us-east', type: 'g6-standard-1' });
    settled(PROVISION_MS + 1);
    expect((await get(`/lke/clusters/${cluster.id}/pools`)).body.data[0].nodes.map((n: LooseJson) => n.status)).toEqual(['ready', 'ready']);

    const pool = (await post(`/lke/clusters/${cluster.id}/pools`, { type: 'g6-standard-2', count: 1 })).body;
    expect(pool.nodes).toHaveLength(1);
    const grown = await put(`/lke/clusters/${cluster.id}/pools/${pool.id}`, { count: 3 });
    expect(grown.body.nodes).toHaveLength(3);
    const shrunk = await put(`/lke/clusters/${cluster.id}/pools/${pool.id}`, { count: 1 });
    expect(shrunk.body.nodes).toHaveLength(1);
    settled(NODE_LINODE_MS);
    const kept = (await get(`/lke/clusters/${cluster.id}/pools/${pool.id}`)).body.nodes[0];
    expect(Number.isInteger(kept.instance_id)).toBe(true);
    expect((await del(`/lke/clusters/${cluster.id}/pools/${pool.id}`)).status).toBe(200);
    expect((await get(`/linode/instances/${kept.instance_id}`)).status).toBe(404);

    expect((await post(`/lke/clusters/${cluster.id}/recycle`)).status).toBe(200);
    expect((await get(`/lke/clusters/${cluster.id}/pools`)).body.data[0].nodes.every((n: LooseJson) => n.status === 'not_ready')).toBe(
      true,
    );

    expect((await put(`/lke/clusters/${cluster.id}`, { label: 'lke-renamed', k8s_version: '1.33' })).body.label).toBe('lke-renamed');
    expect((await del(`/lke/clusters/${cluster.id}`)).status).toBe(200);
    for (const id of instanceIds) expect((await get(`/linode/instances/${id}`)).status).toBe(404);
    expect((await get(`/lke/clusters/${cluster.id}/pools`)).status).toBe(404);
  });
});

describe('instance actions', () => {
  it('disks: create (not ready, then ready), rename, resize within the free space, delete', async () => {
    const bare = (await post('/linode/instances', { region: 'us-east', type: 'g6-standard-1', label: 'bare-disks' })).body;
    settled(PROVISION_MS);
    const disk = await post(`/linode/instances/${bare.id}/disks`, { size: 2048, label: 'data' });
    expect(disk.status, JSON.stringify(disk.body)).toBe(200);
    expect(disk.body).toMatchObject({ size: 2048, label: 'data', filesystem: 'ext4', status: 'not ready' });
    expect(lastEvent()).toMatchObject({ action: 'disk_create', entity: { id: bare.id, type: 'linode' } });
    settled(DISK_MS);
    expect((await get(`/linode/instances/${bare.id}/disks/${disk.body.id}`)).body.status).toBe('ready');
    expect((await put(`/linode/instances/${bare.id}/disks/${disk.body.id}`, { label: 'data-2' })).body.label).toBe('data-2');
    expect((await post(`/linode/instances/${bare.id}/disks/${disk.body.id}/resize`, { size: 10 ** 9 })).status).toBe(400);
    expect((await post(`/linode/instances/${bare.id}/disks/${disk.body.id}/resize`, { size: 4096 })).status).toBe(200);
    expect((await get(`/linode/instances/${bare.id}/disks/${disk.body.id}`)).body.size).toBe(4096);

    const config = await post(`/linode/instances/${bare.id}/configs`, { label: 'boot', devices: { sda: { disk_id: disk.body.id } } });
    expect(config.status, JSON.stringify(config.body)).toBe(200);
    expect(config.body.devices.sda).toEqual({ disk_id: disk.body.id });
    expect(lastEvent().action).toBe('linode_config_create');
    expect((await put(`/linode/instances/${bare.id}/configs/${config.body.id}`, { comments: 'hi' })).body.comments).toBe('hi');
    expect((await del(`/linode/instances/${bare.id}/configs/${config.body.id}`)).status).toBe(200);
    expect((await del(`/linode/instances/${bare.id}/disks/${disk.body.id}`)).status).toBe(200);
    expect((await get(`/linode/instances/${bare.id}/disks`)).body.results).toBe(0);
  });

  it('clone copies disks and configs into a new Linode', async () => {
    const source = await newLinode('clone-source');
    const reply = await post(`/linode/instances/${source.id}/clone`, { label: 'clone-copy', type: 'g6-standard-4' });
    expect(reply.status, JSON.stringify(reply.body)).toBe(200);
    expect(reply.body).toMatchObject({ label: 'clone-copy', type: 'g6-standard-4', region: 'us-east', status: 'provisioning' });
    const disks = (await get(`/linode/instances/${reply.body.id}/disks`)).body.data;
    expect(disks.map((d: LooseJson) => d.label)).toEqual(emulator.store.disksByInstance[source.id].map((d) => d.label));
    expect(emulator.store.events.some((e) => e.action === 'linode_clone' && e.entity.id === source.id)).toBe(true);
  });

  it('rebuild, resize, migrate and rescue pass through their transitional status', async () => {
    const linode = await newLinode('actions-1');
    const path = `/linode/instances/${linode.id}`;
    const rebuilt = await post(`${path}/rebuild`, { image: 'linode/ubuntu24.04', root_pass: 'aComplexP@ssw0rd!' });
    expect(rebuilt.status, JSON.stringify(rebuilt.body)).toBe(200);
    expect(rebuilt.body).toMatchObject({ status: 'rebuilding', image: 'linode/ubuntu24.04' });
    expect((await post(`${path}/resize`, { type: 'g6-standard-4' })).status).toBe(400); // busy
    settled(TRANSITION_MS.rebuilding);
    expect((await get(path)).body.status).toBe('running');

    expect((await post(`${path}/resize`, { type: 'g6-standard-4' })).status).toBe(200);
    expect((await get(path)).body).toMatchObject({ status: 'migrating', type: 'g6-standard-4' });
    expect(lastEvent()).toMatchObject({ action: 'linode_resize', status: 'started' });
    settled(TRANSITION_MS.migrating);

    expect((await post(`${path}/migrate`, { region: 'eu-west' })).status).toBe(200);
    expect(lastEvent().action).toBe('linode_migrate_datacenter');
    settled(TRANSITION_MS.migrating);
    expect((await get(path)).body).toMatchObject({ status: 'running', region: 'eu-west' });

    expect((await post(`${path}/rescue`, {})).status).toBe(200);
    expect((await get(path)).body.status).toBe('booting');
    settled(TRANSITION_MS.booting);
  });

  it('password needs the Linode offline; backups enable and cancel', async () => {
    const linode = await newLinode('actions-2');
    const path = `/linode/instances/${linode.id}`;
    expect((await post(`${path}/password`, { root_pass: 'An0therP@ssword' })).status).toBe(400);
    await post(`${path}/shutdown`);
    settled(TRANSITION_MS.shutting_down);
    expect((await post(`${path}/password`, { root_pass: 'An0therP@ssword' })).status).toBe(200);
    expect(lastEvent().action).toBe('password_reset');
    expect((await post(`${path}/backups/enable`)).status).toBe(200);
    expect((await get(path)).body.backups.enabled).toBe(true);
    expect(lastEvent().action).toBe('backups_enable');
    expect((await post(`${path}/backups/cancel`)).status).toBe(200);
    expect((await get(path)).body.backups.enabled).toBe(false);
    expect(lastEvent().action).toBe('backups_cancel');
  });
});

describe('volumes, domains, images, tickets, events', () => {
  it('volume clone (creating, then active) and resize (grows only)', async () => {
    const source = emulator.store.volumes.find((v) => v.status === 'active') as LooseJson;
    const clone = await post(`/volumes/${source.id}/clone`, { label: 'vol-clone' });
    expect(clone.status, JSON.stringify(clone.body)).toBe(200);
    expect(clone.body).toMatchObject({ label: 'vol-clone', size: source.size, region: source.region, linode_id: null, status: 'creating' });
    expect(lastEvent().action).toBe('volume_clone');
    settled(VOLUME_CREATE_MS);
    const resized = await post(`/volumes/${clone.body.id}/resize`, { size: source.size + 10 });
    expect(resized.body).toMatchObject({ size: source.size + 10, status: 'resizing' });
    settled(VOLUME_CREATE_MS);
    expect((await get(`/volumes/${clone.body.id}`)).body.status).toBe('active');
  });

  it('domain clone copies the records; import transfers a zone from a server that allows it, and only from one', async () => {
    const source = emulator.store.domains[1];
    const clone = await post(`/domains/${source.id}/clone`, { domain: 'cloned-example.com' });
    expect(clone.status).toBe(200);
    expect(clone.body).toMatchObject({ domain: 'cloned-example.com', type: source.type });
    const records = (await get(`/domains/${clone.body.id}/records`)).body.data;
    expect(records.map((r: LooseJson) => r.target)).toEqual(emulator.store.recordsByDomain[source.id].map((r) => r.target));
    const refused = await post('/domains/import', { domain: 'imported-example.com', remote_nameserver: 'ns1.example.net' });
    expect(refused.status).toBe(400);
    expect(refused.body.errors[0]).toMatchObject({ field: 'remote_nameserver' });
    const imported = await post('/domains/import', { domain: 'imported-zone.example', remote_nameserver: 'ns1.zone-source.example' });
    expect(imported.status, JSON.stringify(imported.body)).toBe(200);
    expect(imported.body).toMatchObject({ domain: 'imported-zone.example', type: 'master', status: 'active' });
    const transferred = (await get(`/domains/${imported.body.id}/records`)).body.data;
    expect(transferred.map((r: LooseJson) => `${r.type} ${r.name} ${r.target}`)).toContain('A www 203.0.113.11');
    const again = await post('/domains/import', { domain: 'imported-zone.example', remote_nameserver: 'ns1.zone-source.example' });
    expect(again.body.errors[0]).toMatchObject({ field: 'domain', reason: 'Domain already exists' });
    expect(emulator.store.events.some((e) => e.action === 'dns_zone_import' && e.entity?.id === imported.body.id)).toBe(true);
  });

  it('images: created from a disk (creating, then available); only private ones change', async () => {
    const linode = await newLinode('imagize-me');
    const [disk] = emulator.store.disksByInstance[linode.id];
    const image = await post('/images', { disk_id: disk.id, label: 'golden', description: 'base' });
    expect(image.status, JSON.stringify(image.body)).toBe(200);
    expect(image.body).toMatchObject({ label: 'golden', is_public: false, status: 'creating', type: 'manual', size: disk.size });
    expect(image.body.id).toMatch(/^private\/\d+$/);
    expect(lastEvent().action).toBe('disk_imagize');
    settled(IMAGE_CREATE_MS);
    expect((await get(`/images/${image.body.id}`)).body.status).toBe('available');
    expect((await put(`/images/${image.body.id}`, { label: 'golden-2' })).body.label).toBe('golden-2');
    expect((await put('/images/linode/debian12', { label: 'mine' })).status).toBe(403);
    expect((await del('/images/linode/debian12')).status).toBe(403);
    expect((await del(`/images/${image.body.id}`)).status).toBe(200);
    expect((await get(`/images/${image.body.id}`)).status).toBe(404);
  });

  it('tickets: create, reply, close', async () => {
    const linode = emulator.store.instances[0];
    const ticket = await post('/support/tickets', {
      summary: 'Cannot reach my Linode',
      description: 'It stopped answering.',
      linode_id: linode.id,
    });
    expect(ticket.status, JSON.stringify(ticket.body)).toBe(200);
    expect(ticket.body).toMatchObject({ status: 'new', closable: true, closed: null, entity: { id: linode.id, type: 'linode' } });
    expect(lastEvent().action).toBe('ticket_create');
    const reply = await post(`/support/tickets/${ticket.body.id}/replies`, { description: 'More details.' });
    expect(reply.body).toMatchObject({ description: 'More details.', from_linode: false });
    expect((await get(`/support/tickets/${ticket.body.id}/replies`)).body.results).toBe(1);
    expect((await post(`/support/tickets/${ticket.body.id}/close`)).body).toEqual({});
    expect((await get(`/support/tickets/${ticket.body.id}`)).body).toMatchObject({ status: 'closed', closable: false });
    expect((await post(`/support/tickets/${ticket.body.id}/close`)).status).toBe(400);
  });

  it('seen marks the event and every earlier one; read marks that one', async () => {
    const events = emulator.store.events;
    const middle = events[Math.floor(events.length / 2)];
    for (const e of events) Object.assign(e, { seen: false, read: false });
    expect((await post(`/account/events/${middle.id}/seen`)).body).toEqual({});
    expect(events.filter((e) => e.seen).map((e) => e.id)).toEqual(events.filter((e) => e.id <= middle.id).map((e) => e.id));
    expect((await post(`/account/events/${middle.id}/read`)).status).toBe(200);
    expect(events.filter((e) => e.read).map((e) => e.id)).toEqual([middle.id]);
  });
});
