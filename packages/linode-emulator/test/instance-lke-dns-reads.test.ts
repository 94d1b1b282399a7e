// The reads and writes issue 13 added for instances, LKE and DNS, as real Linode answers them: a
// new cluster's kubeconfig 503 until its control plane is up, a revoked one replaced, one node by
// id, a config's interfaces as a plain array, an instance's address by itself, a snapshot in
// progress then current, a zone file rendered from the zone's records, the graphs' `data` envelope.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from '../src/index.js';
import { SNAPSHOT_MS } from '../src/handlers/instance-child-writes.js';
import { PROVISION_MS } from '../src/handlers/instance-writes.js';
import { call, manualClock, type LooseJson, seeded } from './helpers.js';

const clock = manualClock(Date.UTC(2025, 6, 1, 10, 0, 0));
let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator({ port: 0, instances: 40, now: clock.now, rateLimits: false });
});
afterAll(() => emulator.close());

const get = (path: string) => call(emulator, path);
const post = (path: string, body: unknown = {}) => call(emulator, path, { method: 'POST', body });
const del = (path: string) => call(emulator, path, { method: 'DELETE' });

describe('LKE', () => {
  it("a new cluster's kubeconfig is 503 until its control plane is up; a revoked one is replaced", async () => {
    const created = await post('/lke/clusters', {
      label: 'k8s-new',
      region: 'us-east',
      k8s_version: '1.33',
      node_pools: [{ type: 'g6-standard-2', count: 1 }],
    });
    expect(created.status, JSON.stringify(created.body)).toBe(200);
    const path = `/lke/clusters/${created.body.id}/kubeconfig`;
    expect((await get(path)).status).toBe(503);
    clock.advance(PROVISION_MS + 1);
    const first = await get(path);
    expect(first.status).toBe(200);
    expect(Buffer.from(first.body.kubeconfig, 'base64').toString()).toContain(`name: lke${created.body.id}`);
    expect((await del(path)).status).toBe(200);
    expect((await get(path)).body.kubeconfig).not.toBe(first.body.kubeconfig);
  });

  it('reads one node by id, under its cluster only', async () => {
    const [a, b] = seeded(emulator, '/lke/clusters');
    const node = seeded(emulator, `/lke/clusters/${a.id}/pools`)[0].nodes[0];
    expect((await get(`/lke/clusters/${a.id}/nodes/${node.id}`)).body).toEqual(node);
    expect((await get(`/lke/clusters/${b.id}/nodes/${node.id}`)).status).toBe(404);
  });
});

describe('instances', () => {
  const withInterfaces = () =>
    emulator.store.instances.find((i) => (emulator.store.configsByInstance[i.id]?.[0]?.interfaces.length ?? 0) > 0)!;

  it("answers a config's interfaces as a plain array, and each by id", async () => {
    const instance = withInterfaces();
    const config = emulator.store.configsByInstance[instance.id][0];
    const list = await get(`/linode/instances/${instance.id}/configs/${config.id}/interfaces`);
    expect(list.body).toEqual(config.interfaces);
    const one = await get(`/linode/instances/${instance.id}/configs/${config.id}/interfaces/${config.interfaces[0].id as number}`);
    expect(one.body).toEqual(config.interfaces[0]);
  });

  it('answers an address of the instance, and 404 for one it does not hold', async () => {
    const [instance, other] = emulator.store.instances;
    const address = emulator.store.ipsByInstance[instance.id].ipv4.public[0].address;
    expect((await get(`/linode/instances/${instance.id}/ips/${address}`)).body.address).toBe(address);
    expect((await get(`/linode/instances/${other.id}/ips/${address}`)).status).toBe(404);
  });

  it('a snapshot is pending, then the current one', async () => {
    const instance = emulator.store.instances.find((i) => i.backups.enabled)!;
    const reply = await post(`/linode/instances/${instance.id}/backups`, { label: 'snap' });
    expect(reply.body).toMatchObject({ type: 'snapshot', status: 'pending', label: 'snap' });
    expect((await post(`/linode/instances/${instance.id}/backups`, { label: 'again' })).status).toBe(400);
    clock.advance(SNAPSHOT_MS + 1);
    const backups: LooseJson = (await get(`/linode/instances/${instance.id}/backups`)).body;
    expect(backups.snapshot).toMatchObject({ in_progress: null, current: { id: reply.body.id, status: 'successful' } });
    expect((await get(`/linode/instances/${instance.id}/backups/${reply.body.id}`)).body.status).toBe('successful');
  });

  it('sends the graphs wrapped in `data`, a point every five minutes', async () => {
    const instance = emulator.store.instances.find((i) => i.status === 'running')!;
    const { body } = await get(`/linode/instances/${instance.id}/stats`);
    expect(Object.keys(body).sort()).toEqual(['data', 'title']);
    expect(body.data.cpu).toHaveLength(288);
    expect(body.data.cpu[1][0] - body.data.cpu[0][0]).toBe(5 * 60_000);
    expect((await get(`/linode/instances/${instance.id}/stats/2025/13`)).status).toBe(400);
  });
});

describe('DNS', () => {
  it("renders a zone file from the zone's records", async () => {
    const domain = emulator.store.domains.find((d) => d.type === 'master' && (emulator.store.recordsByDomain[d.id] ?? []).length > 0)!;
    const { body } = await get(`/domains/${domain.id}/zone-file`);
    const lines: string[] = body.zone_file;
    expect(lines[0]).toBe(`; ${domain.domain} [${domain.id}]`);
    expect(lines.some((l) => /^@\tIN\tSOA\tns1\.linode\.com\. /.test(l))).toBe(true);
    expect(lines.filter((l) => /^@\tNS\tns\d\.linode\.com\.$/.test(l))).toHaveLength(5);
    for (const record of emulator.store.recordsByDomain[domain.id]) expect(lines.join('\n')).toContain(String(record.target));
  });
});
