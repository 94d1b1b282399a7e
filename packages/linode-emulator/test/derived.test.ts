// Lists derived from the rest of the store (handlers/derived.ts): shaped exactly as their 4.176
// facts, paged and filtered like any list, with item GETs, and consistent with the data they come
// from (regions and types, VPC subnets, instance addresses and configs, logins, tags).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { operationFact, type FieldFact, type OperationFact } from 'linode-facts/spec';
import { startEmulator, type Emulator } from '../src/index.js';
import { call, exactErrors, type LooseJson, seeded } from './helpers.js';

let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator({ port: 0, rateLimits: false });
});
afterAll(() => emulator.close());

const store = () => emulator.store;
const all = async (path: string, filter?: unknown): Promise<LooseJson[]> => {
  const reply = await call(emulator, path, { query: { page_size: 500 }, filter });
  expect(reply.status, `${path} ${JSON.stringify(reply.body)}`).toBe(200);
  expect(reply.body.results).toBe(reply.body.data.length);
  return reply.body.data;
};
const one = async (path: string): Promise<any> => {
  const reply = await call(emulator, path);
  expect(reply.status, path).toBe(200);
  return reply.body;
};
const errors = (items: unknown[], op: OperationFact, schema = op.itemSchema ?? op.responseSchema ?? 'IPAddress') =>
  items.flatMap((item) => exactErrors(item, schema, op.item ?? op.response));

describe('every derived list is non-empty and shaped exactly as its facts', () => {
  it.each([
    '/regions/availability',
    '/account/availability',
    '/vpcs/ips',
    '/managed/linode-settings',
    '/profile/logins',
    '/networking/ips',
    '/networking/vlans',
    '/networking/ipv6/ranges',
    '/networking/ipv6/pools',
    '/tags',
  ])('%s', async (path) => {
    const items = await all(path);
    expect(items.length).toBeGreaterThan(0);
    expect(errors(items, operationFact('GET', path))).toEqual([]);
  });

  it('and so are their items', async () => {
    const [vpc] = seeded(emulator, '/vpcs');
    const [ip] = await all('/networking/ips');
    const [range] = await all('/networking/ipv6/ranges');
    const [login] = await all('/profile/logins');
    const region = operationFact('GET', '/regions/{regionId}/availability').response?.items;
    const checks: Array<[path: string, schema: string, items: unknown[], fact?: FieldFact]> = [
      ['/regions/us-west/availability', 'RegionAvailability', await one('/regions/us-west/availability'), region],
      ['/account/availability/us-east', 'AccountAvailability', [await one('/account/availability/us-east')]],
      [`/vpcs/${vpc.id}/ips`, 'IPAddressesVPC', (await one(`/vpcs/${vpc.id}/ips`)).data],
      [`/networking/ips/${ip.address}`, 'IPAddress', [await one(`/networking/ips/${ip.address}`)]],
      [`/networking/ipv6/ranges/${range.range}`, 'IPv6RangeBGP', [await one(`/networking/ipv6/ranges/${range.range}`)]],
      [
        `/managed/linode-settings/${store().instances[0].id}`,
        'ManagedLinodeSettings',
        [await one(`/managed/linode-settings/${store().instances[0].id}`)],
      ],
      [`/profile/logins/${login.id}`, 'Login', [await one(`/profile/logins/${login.id}`)]],
    ];
    for (const [path, schema, items, fact] of checks) {
      expect(items.length, path).toBeGreaterThan(0);
      expect(
        items.flatMap((item) => exactErrors(item, schema, fact)),
        path,
      ).toEqual([]);
    }
  });

  it('LKE API endpoints: by hostname and address, on 443 and 6443, for each cluster', async () => {
    const op = operationFact('GET', '/lke/clusters/{clusterId}/api-endpoints');
    for (const cluster of seeded(emulator, '/lke/clusters')) {
      const items = await all(`/lke/clusters/${cluster.id}/api-endpoints`);
      expect(items.map((i) => i.endpoint.replace(/^.*:/, ''))).toEqual(['443', '6443', '443', '6443']);
      expect(items[0].endpoint).toContain(`.${cluster.region}-1.linodelke.net`);
      expect(items.flatMap((i) => exactErrors(i, 'LKEAPIEndpoint', op.item))).toEqual([]);
    }
    expect((await call(emulator, '/lke/clusters/1/api-endpoints')).status).toBe(404);
  });

  it('tagged objects carry the schema of their type', async () => {
    const schemas: Record<string, string> = { linode: 'Linode', domain: 'Domain', volume: 'Volume', nodebalancer: 'NodeBalancer' };
    const seen = new Set<string>();
    for (const { label } of await all('/tags')) {
      for (const { type, data, ...rest } of await all(`/tags/${encodeURIComponent(label)}`)) {
        expect(rest).toEqual({});
        seen.add(type);
        expect(exactErrors(data, schemas[type]), `${label} ${type}`).toEqual([]);
      }
    }
    expect([...seen].sort()).toEqual(Object.keys(schemas).sort());
  });

  it('missing items are 404', async () => {
    for (const path of [
      '/regions/xx-none/availability',
      '/account/availability/xx-none',
      '/vpcs/1/ips',
      '/networking/ips/192.0.2.1',
      '/networking/ipv6/ranges/2001:db8::',
      '/managed/linode-settings/1',
      '/profile/logins/1',
      '/tags/no-such-tag',
    ]) {
      expect((await call(emulator, path)).status, path).toBe(404);
    }
  });
});

describe('consistent with the data they come from', () => {
  it('region availability: premium and GPU plans where the region offers them, a few sold out, public', async () => {
    const items = await all('/regions/availability');
    for (const { region, plan } of items) {
      const type = store().types.find((t) => t.id === plan) as LooseJson;
      const capabilities = store().regions.find((r) => r.id === region)?.capabilities as string[];
      expect(capabilities).toContain(type.class === 'gpu' ? 'GPU Linodes' : 'Premium Plans');
    }
    const soldOut = items.filter((i) => !i.available);
    expect(soldOut.length).toBeGreaterThan(0);
    expect(soldOut.length).toBeLessThan(items.length / 2);
    expect((await call(emulator, '/regions/availability', { token: null, query: { page_size: 500 } })).body.data).toEqual(items);
    expect(await all('/regions/availability', { available: false })).toEqual(soldOut);
    for (const region of store().regions) {
      const reply = await call(emulator, `/regions/${region.id}/availability`, { token: null });
      expect(reply.body).toEqual(items.filter((i) => i.region === region.id));
    }
  });

  it('account availability: the region capabilities, GPU Linodes unavailable without the account capability', async () => {
    for (const entry of await all('/account/availability')) {
      const region = store().regions.find((r) => r.id === entry.region) as LooseJson;
      expect([...entry.available, ...entry.unavailable].sort()).toEqual([...region.capabilities].sort());
      expect(entry.unavailable).toEqual(region.capabilities.includes('GPU Linodes') ? ['GPU Linodes'] : []);
      expect(await one(`/account/availability/${region.id}`)).toEqual(entry);
    }
  });

  it("VPC addresses: one per subnet member interface, in the subnet, of the member's config", async () => {
    const items = await all('/vpcs/ips');
    const expected: LooseJson[] = [];
    for (const vpc of seeded(emulator, '/vpcs')) {
      for (const subnet of seeded(emulator, `/vpcs/${vpc.id}/subnets`)) {
        for (const member of subnet.linodes)
          for (const iface of member.interfaces)
            expected.push({
              vpc_id: vpc.id,
              region: vpc.region,
              subnet_id: subnet.id,
              linode_id: member.id,
              interface_id: iface.id,
              active: iface.active,
            });
      }
    }
    expect(
      items.map(({ vpc_id, region, subnet_id, linode_id, interface_id, active }) => ({
        vpc_id,
        region,
        subnet_id,
        linode_id,
        interface_id,
        active,
      })),
    ).toEqual(expected);
    for (const ip of items) {
      const subnet = seeded(emulator, `/vpcs/${ip.vpc_id}/subnets`).find((s) => s.id === ip.subnet_id);
      expect(ip.address.startsWith(subnet.ipv4.replace(/0\/24$/, ''))).toBe(true);
      expect(store().configsByInstance[ip.linode_id].map((c) => c.id)).toContain(ip.config_id);
      expect(ip).not.toHaveProperty('page');
    }
    expect(new Set(items.map((i) => i.address)).size).toBe(items.length);
    const vpc = seeded(emulator, '/vpcs')[0];
    const mine = items.filter((i) => i.vpc_id === vpc.id);
    const paged = await call(emulator, `/vpcs/${vpc.id}/ips`, { query: { page_size: 25 } });
    expect(paged.body).toEqual({ data: mine, page: 1, pages: 1, results: mine.length });
    expect((await call(emulator, '/vpcs/ips', { query: { page: 2, page_size: 25 } })).body).toMatchObject({ page: 1, pages: 1 });
    expect((await call(emulator, `/vpcs/${vpc.id}/ips`, { query: { page_size: 24 } })).status).toBe(400);
    expect((await call(emulator, `/vpcs/${vpc.id}/ips`, { filter: { linode_id: mine[0].linode_id } })).body.data).toEqual(
      mine.filter((i) => i.linode_id === mine[0].linode_id),
    );
    expect(await all('/vpcs/ips', { active: false })).toEqual(items.filter((i) => !i.active));
  });

  it('Managed settings: one per instance, SSH as root on port 22 from anywhere', async () => {
    const items = await all('/managed/linode-settings');
    expect(items.map((i) => [i.id, i.label])).toEqual(store().instances.map((i) => [i.id, i.label]));
    expect(new Set(items.map((i) => JSON.stringify(i.ssh)))).toEqual(
      new Set([JSON.stringify({ access: true, user: 'root', ip: 'any', port: 22 })]),
    );
  });

  it("profile logins: the account logins of the profile's user", async () => {
    const me = store().singletons['/profile'].username;
    const mine = seeded(emulator, '/account/logins').filter((l) => l.username === me);
    expect(mine.length).toBeLessThan(seeded(emulator, '/account/logins').length);
    expect(await all('/profile/logins')).toEqual(mine);
    const other = seeded(emulator, '/account/logins').find((l) => l.username !== me);
    expect((await call(emulator, `/profile/logins/${other.id}`)).status).toBe(404);
  });

  it('IP addresses: every IPv4 address and SLAAC address of the instances', async () => {
    const items = await all('/networking/ips');
    for (const instance of store().instances) {
      const mine = items.filter((i) => i.linode_id === instance.id);
      expect(
        mine
          .filter((i) => i.type === 'ipv4')
          .map((i) => i.address)
          .sort(),
      ).toEqual([...instance.ipv4].sort());
      expect(mine.filter((i) => i.type === 'ipv6').map((i) => i.address)).toEqual([store().ipsByInstance[instance.id].ipv6.slaac.address]);
      expect(new Set(mine.map((i) => i.region))).toEqual(new Set([instance.region]));
    }
    expect(await all('/networking/ips', { region: 'us-east' })).toEqual(items.filter((i) => i.region === 'us-east'));
    const skipped = await call(emulator, '/networking/ips', { query: { skip_ipv6_rdns: 'true', page_size: 500 } });
    expect(skipped.body.data.filter((i: LooseJson) => i.type === 'ipv6' && i.rdns !== null)).toEqual([]);
  });

  it("VLANs: by label and region, from the instances' vlan config interfaces", async () => {
    for (const vlan of await all('/networking/vlans')) {
      expect(vlan.linodes.length).toBeGreaterThan(0);
      for (const id of vlan.linodes) {
        const instance = store().instances.find((i) => i.id === id) as LooseJson;
        expect(instance.region).toBe(vlan.region);
        expect(
          store().configsByInstance[id].some((c) => c.interfaces.some((i: LooseJson) => i.purpose === 'vlan' && i.label === vlan.label)),
        ).toBe(true);
        expect(instance.created >= vlan.created).toBe(true);
      }
    }
  });

  it("IPv6: ranges routed to running instances' SLAAC addresses, a pool per region with instances", async () => {
    const ranges = await all('/networking/ipv6/ranges');
    for (const range of ranges) {
      const { linodes, is_bgp } = await one(`/networking/ipv6/ranges/${range.range}`);
      expect(is_bgp).toBe(false);
      const instance = store().instances.find((i) => i.id === linodes[0]) as LooseJson;
      expect([instance.region, instance.status, `${range.route_target}/128`]).toEqual([range.region, 'running', instance.ipv6]);
    }
    const pools = await all('/networking/ipv6/pools');
    expect(pools.map((p) => p.region)).toEqual(
      store()
        .regions.filter((r) => store().instances.some((i) => i.region === r.id))
        .map((r) => r.id),
    );
    expect(await all('/networking/ipv6/pools', { region: 'us-east' })).toEqual(pools.filter((p) => p.region === 'us-east'));
  });

  it("tags: every tag on the account's resources; a tag's objects are those carrying it", async () => {
    const labels = (await all('/tags')).map((t) => t.label);
    const used = [
      ...store().instances,
      ...store().volumes,
      ...store().domains,
      ...seeded(emulator, '/lke/clusters'),
      ...seeded(emulator, '/networking/firewalls'),
      ...seeded(emulator, '/nodebalancers'),
    ].flatMap((i) => i.tags);
    expect(labels).toEqual([...new Set(used)].sort());
    const tagged = await all('/tags/prod');
    expect(tagged.filter((t) => t.type === 'linode').map((t) => t.data)).toEqual(store().instances.filter((i) => i.tags.includes('prod')));
    expect(tagged.filter((t) => t.type === 'volume').map((t) => t.data)).toEqual(store().volumes.filter((v) => v.tags.includes('prod')));
  });

  it('notifications and maintenance: about real running instances, the maintenance ahead of the clock', async () => {
    const notices = await all('/account/notifications');
    const maintenance = await all('/account/maintenance');
    expect(notices.map((n) => n.type).sort()).toEqual(['migration_pending', 'notice', 'reboot_scheduled', 'ticket_important']);
    expect(maintenance.map((m) => m.type).sort()).toEqual(['cold_migration', 'reboot']);
    for (const n of notices.filter((n) => n.entity?.type === 'linode'))
      expect(store().instances.find((i) => i.id === n.entity.id)?.label).toBe(n.entity.label);
    // An account-wide notice names nothing; an important ticket has no date (`when` null).
    expect(notices.find((n) => n.type === 'notice')?.entity).toBeNull();
    const ticket = notices.find((n) => n.type === 'ticket_important');
    expect(ticket.when).toBeNull();
    expect(seeded(emulator, '/support/tickets').find((t) => t.id === ticket.entity.id)?.status).toBe('open');
    for (const m of maintenance) {
      expect(store().instances.find((i) => i.id === m.entity.id)?.status).toBe('running');
      expect(Date.parse(`${m.when}Z`)).toBeGreaterThan(Date.now());
    }
    const migration = notices.find((n) => n.type === 'migration_pending');
    expect(maintenance.find((m) => m.type === 'cold_migration')?.entity.id).toBe(migration.entity.id);
    expect(await all('/account/maintenance', { type: 'reboot' })).toEqual(maintenance.filter((m) => m.type === 'reboot'));
  });
});

describe('derived lists follow the store', () => {
  it('a new instance gets Managed settings and addresses; a deleted one loses them', async () => {
    const created = await call(emulator, '/linode/instances', {
      method: 'POST',
      body: { region: 'us-east', type: 'g6-nanode-1', label: 'derived-check' },
    });
    expect(created.status).toBe(200);
    const { id, ipv4 } = created.body;
    expect((await one(`/managed/linode-settings/${id}`)).label).toBe('derived-check');
    expect((await one(`/networking/ips/${ipv4[0]}`)).linode_id).toBe(id);
    expect((await call(emulator, `/linode/instances/${id}`, { method: 'DELETE' })).status).toBe(200);
    expect((await call(emulator, `/managed/linode-settings/${id}`)).status).toBe(404);
    expect((await call(emulator, `/networking/ips/${ipv4[0]}`)).status).toBe(404);
  });
});
