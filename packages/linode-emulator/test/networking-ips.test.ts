// Address writes as Linode serves them: allocating adds the address to the instance, reverse DNS
// resets to Linode's name, assigning moves addresses within a region, IPv6 ranges come and go.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from '../src/index.js';
import { call, seeded } from './helpers.js';

let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator({ port: 0, rateLimits: false });
});
afterAll(() => emulator.close());

const post = (path: string, body: unknown = {}) => call(emulator, path, { method: 'POST', body });
const pair = () => {
  const all = emulator.store.instances;
  const a = all.find((i) => all.some((o) => o !== i && o.region === i.region))!;
  return [a, all.find((o) => o !== a && o.region === a.region)!] as const;
};

describe('IP addresses', () => {
  it('allocates a public address onto an instance, and refuses a second private one', async () => {
    const [a] = pair();
    const ip = await post('/networking/ips', { type: 'ipv4', public: true, linode_id: a.id });
    expect(ip.body).toMatchObject({ type: 'ipv4', public: true, linode_id: a.id, region: a.region });
    const ips = (await call(emulator, `/linode/instances/${a.id}/ips`)).body;
    expect(ips.ipv4.public.map((r: { address: string }) => r.address)).toContain(ip.body.address);
    if (a.ipv4.some((x) => x.startsWith('192.168.'))) {
      expect((await post('/networking/ips', { type: 'ipv4', public: false, linode_id: a.id })).body.errors[0]).toMatchObject({
        field: 'public',
      });
    }
  });

  it("sets reverse DNS, and null restores Linode's own name", async () => {
    const address = pair()[0].ipv4.find((x) => !x.startsWith('192.168.'))!;
    expect((await call(emulator, `/networking/ips/${address}`, { method: 'PUT', body: { rdns: 'host.example.com' } })).body.rdns).toBe(
      'host.example.com',
    );
    const reset = await call(emulator, `/networking/ips/${address}`, { method: 'PUT', body: { rdns: null } });
    expect(reset.body.rdns).toBe(`${address.replace(/\./g, '-')}.ip.linodeusercontent.com`);
  });

  it('moves an address to another instance of the region; another region is refused', async () => {
    const [a, b] = pair();
    const address = a.ipv4.find((x) => !x.startsWith('192.168.'))!;
    expect((await post('/networking/ips/assign', { region: a.region, assignments: [{ address, linode_id: b.id }] })).body).toEqual({});
    expect((await call(emulator, `/networking/ips/${address}`)).body.linode_id).toBe(b.id);
    const far = emulator.store.instances.find((i) => i.region !== a.region)!;
    const refused = await post('/networking/ips/assign', { region: a.region, assignments: [{ address, linode_id: far.id }] });
    expect(refused.body.errors[0]).toMatchObject({ field: 'assignments[0].linode_id' });
  });

  it('adds an IPv6 range, serves it, and deletes it', async () => {
    const [a] = pair();
    const made = await post('/networking/ipv6/ranges', { linode_id: a.id, prefix_length: 64 });
    expect(made.body.range).toMatch(/::\/64$/);
    const bare = made.body.range.replace(/\/64$/, '');
    expect((await call(emulator, `/networking/ipv6/ranges/${bare}`)).body).toMatchObject({ range: bare, linodes: [a.id], is_bgp: false });
    expect((await call(emulator, `/networking/ipv6/ranges/${bare}`, { method: 'DELETE' })).status).toBe(200);
    expect((await call(emulator, `/networking/ipv6/ranges/${bare}`)).status).toBe(404);
    expect((await call(emulator, `/networking/ipv6/ranges/${bare}`, { method: 'DELETE' })).status).toBe(404);
    expect((await post('/networking/ipv6/ranges', { prefix_length: 64 })).body.errors[0]).toMatchObject({ field: 'linode_id' });
  });
});

describe('NodeBalancers', () => {
  it('has no stats for a NodeBalancer younger than a day: 400', async () => {
    const nb = await post('/nodebalancers', { region: 'us-east', label: 'young-nb' });
    const stats = await call(emulator, `/nodebalancers/${nb.body.id}/stats`);
    expect(stats.status).toBe(400);
    expect(stats.body.errors[0].reason).toBe('Stats are unavailable at this time');
  });

  it('rebuilds a port: settings, and backends replaced by the list given', async () => {
    const nb = seeded(emulator, '/nodebalancers').find((n) => seeded(emulator, `/nodebalancers/${n.id}/configs`)?.length);
    const config = seeded(emulator, `/nodebalancers/${nb.id}/configs`)[0];
    const nodes = seeded(emulator, `/nodebalancers/${nb.id}/configs/${config.id}/nodes`);
    const keep = nodes[0];
    const rebuilt = await post(`/nodebalancers/${nb.id}/configs/${config.id}/rebuild`, {
      port: config.port,
      protocol: config.protocol,
      nodes: [{ id: keep.id, address: keep.address, label: keep.label, weight: 7 }],
    });
    expect(rebuilt.status).toBe(200);
    const after = (await call(emulator, `/nodebalancers/${nb.id}/configs/${config.id}/nodes`)).body.data;
    expect(after).toHaveLength(1);
    expect(after[0]).toMatchObject({ id: keep.id, weight: 7 });
    expect((await post(`/nodebalancers/${nb.id}/configs/${config.id}/rebuild`, { port: config.port })).body.errors[0]).toMatchObject({
      field: 'nodes',
    });
  });
});
