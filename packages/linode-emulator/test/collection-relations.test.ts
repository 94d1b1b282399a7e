// Cross-references between the seeded collections and the instances: firewall devices, VPC subnet
// members, NodeBalancer nodes and LKE nodes all name real instances, and the per-instance lists
// are derived from them (and follow instance creation, renaming and deletion).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from '../src/index.js';
import { call, type LooseJson, seeded } from './helpers.js';

let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator({ port: 0, rateLimits: false });
});
afterAll(() => emulator.close());

const c = (path: string): LooseJson[] => seeded(emulator, path) ?? [];
const instanceById = (id: unknown) => emulator.store.instances.find((i) => i.id === id);
const devicesOf = (firewallId: number) => c(`/networking/firewalls/${firewallId}/devices`);
const nodesOf = (nb: LooseJson) =>
  c(`/nodebalancers/${nb.id}/configs`).flatMap((config) => c(`/nodebalancers/${nb.id}/configs/${config.id}/nodes`));
const ids = (items: LooseJson[]) => items.map((i) => i.id).sort();

describe('firewalls', () => {
  it('3-7 firewalls; device entities are seeded instances and NodeBalancers, labels and urls matching', () => {
    const firewalls = c('/networking/firewalls');
    expect(firewalls.length).toBeGreaterThanOrEqual(3);
    expect(firewalls.length).toBeLessThanOrEqual(7);
    const devices = firewalls.flatMap((f) => devicesOf(f.id));
    expect(devices.filter((d) => d.entity.type === 'linode').length).toBeGreaterThan(5);
    expect(devices.some((d) => d.entity.type === 'nodebalancer')).toBe(true);
    for (const { entity } of devices) {
      const target = entity.type === 'linode' ? instanceById(entity.id) : c('/nodebalancers').find((n) => n.id === entity.id);
      expect(target, JSON.stringify(entity)).toBeDefined();
      expect(entity.label).toBe(target?.label);
      expect(entity.url).toBe(entity.type === 'linode' ? `/v4/linode/instances/${entity.id}` : `/v4/nodebalancers/${entity.id}`);
    }
    expect(new Set(ids(devices)).size).toBe(devices.length);
    // Today's `entities` lists the same entities as the devices.
    for (const firewall of firewalls) expect(firewall.entities).toEqual(devicesOf(firewall.id).map((d) => d.entity));
  });

  it('rules are realistic: policies, protocols and addresses; ports only where the protocol has ports', () => {
    for (const firewall of c('/networking/firewalls')) {
      expect(firewall.rules.inbound.length).toBeGreaterThan(0);
      for (const rule of firewall.rules.inbound) {
        expect(rule.addresses.ipv4.length + (rule.addresses.ipv6?.length ?? 0)).toBeGreaterThan(0);
        // Real answers leave `ipv6` out rather than send [].
        if ('ipv6' in rule.addresses) expect(rule.addresses.ipv6.length).toBeGreaterThan(0);
        for (const a of rule.addresses.ipv4) expect(a).toMatch(/^\d+\.\d+\.\d+\.\d+\/\d+$/);
        if (['TCP', 'UDP'].includes(rule.protocol)) expect(rule.ports).toMatch(/^\d+(-\d+)?(, \d+(-\d+)?)*$/);
        else expect('ports' in rule, rule.protocol).toBe(false);
        if ('description' in rule) expect(rule.description.length).toBeGreaterThan(0);
      }
      expect(firewall.rules.version).toBeGreaterThanOrEqual(1);
      expect(firewall.rules.fingerprint).toMatch(/^[0-9a-f]{8}$/);
    }
  });

  it('GET /linode/instances/{id}/firewalls is exactly the firewalls with a device for it', async () => {
    const firewalls = c('/networking/firewalls');
    const guarded = new Set(
      firewalls
        .flatMap((f) => devicesOf(f.id))
        .filter((d) => d.entity.type === 'linode')
        .map((d) => d.entity.id),
    );
    const sample = [...guarded].slice(0, 6).concat(
      emulator.store.instances
        .filter((i) => !guarded.has(i.id))
        .slice(0, 2)
        .map((i) => i.id),
    );
    for (const id of sample) {
      const expected = firewalls.filter((f) => devicesOf(f.id).some((d) => d.entity.type === 'linode' && d.entity.id === id));
      const reply = await call(emulator, `/linode/instances/${id}/firewalls`);
      expect(reply.body.data, String(id)).toEqual(expected);
    }
    expect((await call(emulator, '/linode/instances/1/firewalls')).status).toBe(404);
  });

  it('GET /nodebalancers/{id}/firewalls likewise', async () => {
    const guarded = c('/nodebalancers').filter((nb) => nb.label !== 'nb-game-udp');
    for (const nb of c('/nodebalancers')) {
      const expected = c('/networking/firewalls').filter((f) =>
        devicesOf(f.id).some((d) => d.entity.type === 'nodebalancer' && d.entity.id === nb.id),
      );
      // The UDP NodeBalancer came after the NodeBalancers' firewall, and has none.
      expect(expected.length > 0).toBe(guarded.includes(nb));
      expect((await call(emulator, `/nodebalancers/${nb.id}/firewalls`)).body.data).toEqual(expected);
    }
  });
});

describe('VPCs', () => {
  it('two VPCs whose subnets list instances of the VPC region, each subnet also served on its own', () => {
    const vpcs = c('/vpcs');
    expect(vpcs).toHaveLength(2);
    let members = 0;
    for (const vpc of vpcs) {
      expect(emulator.store.regions.find((r) => r.id === vpc.region)?.capabilities).toContain('VPCs');
      expect(vpc.subnets).toEqual(c(`/vpcs/${vpc.id}/subnets`));
      for (const subnet of vpc.subnets) {
        expect(subnet.ipv4).toMatch(/^10\.\d+\.\d+\.0\/24$/);
        for (const linode of subnet.linodes) {
          members += 1;
          expect(instanceById(linode.id)?.region, `${vpc.label}/${subnet.label}`).toBe(vpc.region);
          expect(linode.interfaces).toHaveLength(1);
        }
      }
    }
    expect(members).toBeGreaterThan(2);
  });
});

describe('NodeBalancers', () => {
  it('2-4 NodeBalancers; nodes address private IPs of instances in the same region', () => {
    const nbs = c('/nodebalancers');
    expect(nbs.length).toBeGreaterThanOrEqual(2);
    expect(nbs.length).toBeLessThanOrEqual(4);
    for (const nb of nbs) {
      const nodes = nodesOf(nb);
      expect(nodes.length).toBeGreaterThan(0);
      for (const node of nodes) {
        const [ip, port] = String(node.address).split(':');
        const owner = emulator.store.instances.find((i) => i.ipv4.includes(ip));
        expect(owner, node.address).toBeDefined();
        expect(ip).toMatch(/^192\.168\./);
        expect(owner?.region).toBe(nb.region);
        expect(Number(port)).toBeGreaterThan(0);
        expect(node.nodebalancer_id).toBe(nb.id);
      }
      for (const config of c(`/nodebalancers/${nb.id}/configs`)) {
        const nodes = c(`/nodebalancers/${nb.id}/configs/${config.id}/nodes`);
        expect(config.nodebalancer_id).toBe(nb.id);
        expect(nodes.every((n) => n.config_id === config.id)).toBe(true);
        expect(config.nodes_status.up + config.nodes_status.down).toBe(nodes.length);
      }
    }
  });

  it('GET /linode/instances/{id}/nodebalancers is the NodeBalancers with a node on the instance', async () => {
    const nbs = c('/nodebalancers');
    const backends = emulator.store.instances.filter((i) =>
      nbs.some((nb) => nodesOf(nb).some((n) => i.ipv4.includes(String(n.address).split(':')[0]))),
    );
    expect(backends.length).toBeGreaterThan(2);
    for (const instance of [...backends, emulator.store.instances.find((i) => !backends.includes(i)) as LooseJson]) {
      const expected = nbs.filter((nb) => nodesOf(nb).some((n) => (instance.ipv4 as string[]).includes(String(n.address).split(':')[0])));
      expect((await call(emulator, `/linode/instances/${instance.id}/nodebalancers`)).body.data).toEqual(expected);
    }
  });
});

describe('LKE', () => {
  it('two clusters; pool nodes run on distinct instances of the cluster region; versions from the catalog', () => {
    const versions = c('/lke/versions').map((v) => v.id);
    expect(versions.length).toBeGreaterThanOrEqual(2);
    const clusters = c('/lke/clusters');
    expect(clusters).toHaveLength(2);
    const seen = new Set<number>();
    for (const cluster of clusters) {
      expect(versions).toContain(cluster.k8s_version);
      const pools = c(`/lke/clusters/${cluster.id}/pools`);
      expect(pools.length).toBeGreaterThan(0);
      for (const pool of pools) {
        expect(pool.count).toBe(pool.nodes.length);
        expect(emulator.store.types.some((t) => t.id === pool.type)).toBe(true);
        for (const node of pool.nodes) {
          // A node being provisioned has no Linode yet.
          if (node.instance_id === null) {
            expect(node.status).toBe('not_ready');
            continue;
          }
          const instance = instanceById(node.instance_id);
          expect(instance?.lke_cluster_id).toBe(cluster.id);
          expect(instance?.region, node.id).toBe(cluster.region);
          expect(seen.has(node.instance_id)).toBe(false);
          seen.add(node.instance_id);
          expect(node.status).toBe(instance?.status === 'running' ? 'ready' : 'not_ready');
        }
      }
    }
    expect(seen.size).toBeGreaterThan(3);
  });
});

describe('other references', () => {
  it('regions, types and images named by the seeded objects exist', () => {
    const regions = new Set(emulator.store.regions.map((r) => r.id));
    for (const path of [
      '/nodebalancers',
      '/vpcs',
      '/lke/clusters',
      '/databases/mysql/instances',
      '/databases/postgresql/instances',
      '/object-storage/clusters',
      '/managed/services',
    ]) {
      // URL checks of Managed run from no region: null.
      for (const item of c(path))
        expect(regions.has(item.region) || (path === '/managed/services' && item.region === null), `${path} ${item.region}`).toBe(true);
    }
    const dbTypes = new Set(c('/databases/types').map((t) => t.id));
    const engines = new Set(c('/databases/engines').map((e) => e.id));
    for (const db of [...c('/databases/mysql/instances'), ...c('/databases/postgresql/instances')]) {
      expect(dbTypes.has(db.type)).toBe(true);
      expect(engines.has(`${db.engine}/${db.version}`)).toBe(true);
    }
    const images = new Set(emulator.store.images.map((i) => i.id));
    for (const script of c('/linode/stackscripts')) for (const image of script.images) expect(images.has(image)).toBe(true);
  });

  it('account objects agree with each other and the profile', () => {
    const me = emulator.store.singletons['/profile'].username;
    const users = c('/account/users');
    expect(users.map((u) => u.username)).toContain(me);
    expect(users.find((u) => u.username === me)?.ssh_keys).toEqual(c('/profile/sshkeys').map((k) => k.label));
    for (const login of c('/account/logins')) expect(users.find((u) => u.username === login.username)?.restricted).toBe(login.restricted);
    for (const invoice of c('/account/invoices')) {
      const items = c(`/account/invoices/${invoice.id}/items`);
      expect(items.length).toBeGreaterThan(0);
      expect(invoice.subtotal).toBeCloseTo(
        items.reduce((sum, i) => sum + i.amount, 0),
        2,
      );
    }
    const scripts = c('/linode/stackscripts');
    expect(scripts.some((s) => s.is_public && !s.mine && s.username === 'linode')).toBe(true);
    expect(scripts.some((s) => s.mine && s.username === me && !s.is_public)).toBe(true);
  });

  it('managed issues name seeded tickets and services; ticket entities exist', () => {
    const tickets = c('/support/tickets');
    for (const issue of c('/managed/issues')) {
      expect(tickets.some((t) => t.id === issue.entity.id)).toBe(true);
      for (const id of issue.services) expect(c('/managed/services').some((s) => s.id === id)).toBe(true);
    }
    for (const ticket of tickets) {
      if (ticket.entity?.type === 'linode') expect(instanceById(ticket.entity.id)).toBeDefined();
      if (ticket.entity?.type === 'volume') expect(emulator.store.volumes.some((v) => v.id === ticket.entity.id)).toBe(true);
    }
  });
});

describe('instance changes reach the collections', () => {
  it('created with a firewall_id: a device of that firewall; renamed: the device follows; deleted: gone', async () => {
    const firewall = c('/networking/firewalls')[0];
    const created = await call(emulator, '/linode/instances', {
      method: 'POST',
      body: { region: 'us-east', type: 'g6-nanode-1', label: 'guarded-1', firewall_id: firewall.id },
    });
    expect(created.status).toBe(200);
    const id = created.body.id;
    expect((await call(emulator, `/linode/instances/${id}/firewalls`)).body.data.map((f: LooseJson) => f.id)).toEqual([firewall.id]);
    const device = devicesOf(firewall.id).find((d) => d.entity.id === id);
    expect((await call(emulator, `/networking/firewalls/${firewall.id}/devices/${device.id}`)).body.entity).toMatchObject({
      id,
      type: 'linode',
      label: 'guarded-1',
    });

    await call(emulator, `/linode/instances/${id}`, { method: 'PUT', body: { label: 'guarded-2' } });
    expect(device.entity.label).toBe('guarded-2');

    expect((await call(emulator, `/linode/instances/${id}`, { method: 'DELETE' })).status).toBe(200);
    expect(devicesOf(firewall.id).some((d) => d.entity.id === id)).toBe(false);
    expect((await call(emulator, `/networking/firewalls/${firewall.id}/devices/${device.id}`)).status).toBe(404);
  });

  it('a deleted instance leaves its VPC subnet', async () => {
    const vpc = c('/vpcs')[0];
    const subnet = vpc.subnets.find((s: LooseJson) => s.linodes.length);
    const member = subnet.linodes[0].id;
    expect((await call(emulator, `/linode/instances/${member}`, { method: 'DELETE' })).status).toBe(200);
    const served = await call(emulator, `/vpcs/${vpc.id}/subnets/${subnet.id}`);
    expect(served.body.linodes.map((l: LooseJson) => l.id)).not.toContain(member);
    expect((await call(emulator, `/vpcs/${vpc.id}`)).body.subnets.find((s: LooseJson) => s.id === subnet.id).linodes).toEqual(
      served.body.linodes,
    );
  });
});
