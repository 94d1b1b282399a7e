// Locks beyond Linodes and volumes: NodeBalancers, LKE clusters and node pools take them
// (terraform-provider-linode's linode_lock, PR 2292), show them in their `locks`, and refuse what
// techdocs says a lock refuses. Lock creation refuses other entity types and the Linodes of a cluster.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from '../src/index.js';
import { call, seeded, type LooseJson } from './helpers.js';

let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator({ port: 0, rateLimits: false });
});
afterAll(() => emulator.close());

const lock = (entity_type: string, entity_id: number, lock_type = 'cannot_delete') =>
  call(emulator, '/locks', { method: 'POST', body: { entity_type, entity_id, lock_type } });
const del = (path: string) => call(emulator, path, { method: 'DELETE' });
const poolsOf = (clusterId: number): LooseJson[] => seeded(emulator, `/lke/clusters/${clusterId}/pools`);

describe('a NodeBalancer lock', () => {
  it('names the NodeBalancer as linodego recorded it (TestNodeBalancer_Locks.yaml) and shows in its `locks`', async () => {
    const nb = seeded(emulator, '/nodebalancers')[0];
    expect((await call(emulator, `/nodebalancers/${nb.id}`)).body.locks).toEqual([]);
    const made = await lock('nodebalancer', nb.id, 'cannot_delete_with_subresources');
    expect(made.status).toBe(200);
    expect(made.body.entity).toEqual({ id: nb.id, type: 'nodebalancer', label: nb.label, url: `/v4/nodebalancers/${nb.id}` });
    expect((await call(emulator, `/nodebalancers/${nb.id}`)).body.locks).toEqual(['cannot_delete_with_subresources']);
  });

  it("under cannot_delete_with_subresources keeps its configs and nodes (techdocs: Delete a config, Delete a NodeBalancer's node)", async () => {
    const nb = seeded(emulator, '/nodebalancers')[0];
    const [config] = seeded(emulator, `/nodebalancers/${nb.id}/configs`);
    const [node] = seeded(emulator, `/nodebalancers/${nb.id}/configs/${config.id}/nodes`);
    const nodeReply = await del(`/nodebalancers/${nb.id}/configs/${config.id}/nodes/${node.id}`);
    expect(nodeReply.status).toBe(400);
    expect(nodeReply.body.errors[0].reason).toMatch(
      /^This node is protected by a cannot_delete_with_subresources lock \(Lock ID: \d+\) on the nodebalancer/,
    );
    expect((await del(`/nodebalancers/${nb.id}/configs/${config.id}`)).body.errors[0].reason).toMatch(/^This config is protected/);
    expect((await del(`/nodebalancers/${nb.id}`)).body.errors[0].reason).toMatch(/^This nodebalancer is protected .* cannot be deleted\./);
  });

  it('under cannot_delete leaves its configs deletable (techdocs: Delete a config)', async () => {
    const nb = seeded(emulator, '/nodebalancers')[1];
    await lock('nodebalancer', nb.id);
    const [config] = seeded(emulator, `/nodebalancers/${nb.id}/configs`);
    expect((await del(`/nodebalancers/${nb.id}/configs/${config.id}`)).status).toBe(200);
    expect((await del(`/nodebalancers/${nb.id}`)).status).toBe(400);
  });
});

describe('LKE locks', () => {
  it('keep a cluster, and a pool carrying its own lock, from deletion (techdocs: Delete a Kubernetes cluster, Delete a node pool)', async () => {
    const [cluster, other] = seeded(emulator, '/lke/clusters');
    const clusterLock = await lock('lkecluster', cluster.id);
    expect(clusterLock.body.entity).toEqual({
      id: cluster.id,
      type: 'lkecluster',
      label: cluster.label,
      url: `/v4/lke/clusters/${cluster.id}`,
    });
    expect((await call(emulator, `/lke/clusters/${cluster.id}`)).body.locks).toEqual(['cannot_delete']);
    expect((await del(`/lke/clusters/${cluster.id}`)).body.errors[0].reason).toBe(
      `This lkecluster is protected by a cannot_delete lock (Lock ID: ${clusterLock.body.id}) and cannot be deleted. The lock must be removed by an account administrator.`,
    );
    // The cluster's lock is not its pools'.
    const [pool, spare] = poolsOf(cluster.id);
    if (spare) expect((await del(`/lke/clusters/${cluster.id}/pools/${spare.id}`)).status).toBe(200);
    const poolLock = await lock('lkenodepool', pool.id);
    expect(poolLock.body.entity).toMatchObject({
      id: pool.id,
      type: 'lkenodepool',
      url: `/v4/lke/clusters/${cluster.id}/pools/${pool.id}`,
    });
    expect((await call(emulator, `/lke/clusters/${cluster.id}/pools/${pool.id}`)).body.locks).toEqual(['cannot_delete']);
    expect((await del(`/lke/clusters/${cluster.id}/pools/${pool.id}`)).body.errors[0].reason).toMatch(/^This lkenodepool is protected/);
    expect((await del(`/lke/clusters/${other.id}`)).status).toBe(200);
  });
});

describe('lock creation', () => {
  it("refuses an entity type Linode does not lock, as Cloud Manager's mock words it", async () => {
    const domain = emulator.store.domains[0];
    const reply = await lock('domain', domain.id);
    expect(reply.status).toBe(400);
    expect(reply.body.errors).toEqual([{ reason: 'Unsupported entity type: domain' }]);
  });

  it('refuses a Linode of an LKE cluster (terraform-provider-linode linode_lock docs; Cloud Manager mock)', async () => {
    const node = emulator.store.instances.find((i) => i.lke_cluster_id)!;
    const reply = await lock('linode', node.id);
    expect(reply.body.errors).toEqual([{ field: 'entity_id', reason: 'Linode belongs to an LKE Cluster' }]);
  });

  it('gives new NodeBalancers, clusters and pools an empty `locks`, as linodego recorded them', async () => {
    const region = emulator.store.regions[0].id;
    const nb = await call(emulator, '/nodebalancers', { method: 'POST', body: { region } });
    expect(nb.body.locks).toEqual([]);
    const version = seeded(emulator, '/lke/versions')[0].id;
    const cluster = await call(emulator, '/lke/clusters', {
      method: 'POST',
      body: { label: 'locks-test', region, k8s_version: version, node_pools: [{ type: 'g6-standard-2', count: 1 }] },
    });
    expect(cluster.body.locks).toEqual([]);
    expect(poolsOf(cluster.body.id)[0].locks).toEqual([]);
  });
});

describe('a service transfer', () => {
  it('refuses a locked Linode (techdocs: Request a service transfer), naming the lock', async () => {
    const [seededLock] = emulator.store.today['/locks'] as LooseJson[];
    const reply = await call(emulator, '/account/service-transfers', {
      method: 'POST',
      body: { entities: { linodes: [seededLock.entity.id] } },
    });
    expect(reply.status).toBe(400);
    expect(reply.body.errors).toEqual([
      {
        field: 'entities.linodes[0]',
        reason: `This linode is protected by a cannot_delete lock (Lock ID: ${seededLock.id}) and cannot be transferred. The lock must be removed by an account administrator.`,
      },
    ]);
  });
});
