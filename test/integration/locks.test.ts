// Resource locks through the graph: the emulator refuses what Linode refuses under a lock (the
// Linode itself under either lock, its disks, configs, interfaces and addresses under
// `cannot_delete_with_subresources`: techdocs' delete operations, terraform-provider-linode PR
// 2237; a NodeBalancer, its configs and nodes likewise; an LKE cluster and a node pool), with a 400
// naming the lock as Cloud Manager's mock of the API words it; the gateway hands that back as a
// userError. Lock creation answers as linodego recorded it. A locked Linode is not transferred, and
// a Linode interface is deleted only while its Linode is shut down (techdocs).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStack, type Stack } from '../support/stack.js';

let stack: Stack;
let clock = Date.now();
beforeAll(async () => {
  // The emulator's clock moves on when a test waits for a shutdown to end.
  stack = await startStack({ emulator: { rateLimits: false, now: () => clock } });
});
afterAll(() => stack.close());

const store = () => stack.emulator.store;
const locks = () => store().today['/locks'] as Array<{ id: number; lock_type: string; entity: { id: number; type: string } }>;
const lockOf = (linodeId: number) => locks().find((l) => l.entity.type === 'linode' && l.entity.id === linodeId);
/** A running instance outside LKE with disks, configs with interfaces and a private address, and no lock yet. */
const unlocked = (n = 0) =>
  store().instances.filter(
    (i) =>
      i.status === 'running' &&
      !i.lke_cluster_id &&
      !lockOf(i.id) &&
      (store().disksByInstance[i.id]?.length ?? 0) > 1 &&
      (store().configsByInstance[i.id]?.[0]?.interfaces.length ?? 0) > 0,
  )[n];

async function lock(linodeId: number, lockType: 'CANNOT_DELETE' | 'CANNOT_DELETE_WITH_SUBRESOURCES'): Promise<string> {
  const { data, errors } = await stack.gql(
    `mutation($id: ID!) { createLock(input: { entityType: LINODE, entityId: $id, lockType: ${lockType} }) { lock { id } userErrors { field message } } }`,
    { variables: { id: linodeId } },
  );
  expect(errors).toBeUndefined();
  expect(data.createLock.userErrors).toEqual([]);
  return data.createLock.lock.id;
}

const userErrors = async (mutation: string) => {
  const { data, errors } = await stack.gql(`mutation { m: ${mutation} { userErrors { field message } } }`);
  expect(errors).toBeUndefined();
  return data.m.userErrors as Array<{ field: string[] | null; message: string }>;
};

describe('a locked Linode', () => {
  it('is not deleted: a userError naming the lock, and the instance is still there', async () => {
    const seeded = locks()[0];
    const problems = await userErrors(`deleteInstance(id: ${seeded.entity.id})`);
    expect(problems).toEqual([
      {
        field: null,
        message: `This linode is protected by a cannot_delete lock (Lock ID: ${seeded.id}) and cannot be deleted. The lock must be removed by an account administrator.`,
      },
    ]);
    const { data } = await stack.gql(`{ instance(id: ${seeded.entity.id}) { id locks } }`);
    expect(data.instance).toEqual({ id: String(seeded.entity.id), locks: ['CANNOT_DELETE'] });
  });

  it('is not rebuilt', async () => {
    const seeded = locks()[0];
    const problems = await userErrors(
      `rebuildInstance(id: ${seeded.entity.id}, input: { image: "linode/debian12", rootPass: "a-Long-pass-42!" })`,
    );
    expect(problems[0].message).toMatch(/cannot_delete lock .* cannot be rebuilt/);
  });

  it('under `cannot_delete` keeps its subresources deletable', async () => {
    const instance = unlocked(0);
    await lock(instance.id, 'CANNOT_DELETE');
    const [, spare] = store().disksByInstance[instance.id];
    expect(await userErrors(`deleteDisk(linodeId: ${instance.id}, id: ${spare.id})`)).toEqual([]);
  });

  it('under `cannot_delete_with_subresources` keeps its disks, configs, interfaces and addresses', async () => {
    const instance = unlocked(1);
    const lockId = await lock(instance.id, 'CANNOT_DELETE_WITH_SUBRESOURCES');
    const [disk] = store().disksByInstance[instance.id];
    const [config] = store().configsByInstance[instance.id];
    const address = store().ipsByInstance[instance.id].ipv4.public[0].address;
    const refused = (what: string) =>
      `This ${what} is protected by a cannot_delete_with_subresources lock (Lock ID: ${lockId}) on the linode and cannot be deleted. The lock must be removed by an account administrator.`;
    expect(await userErrors(`deleteDisk(linodeId: ${instance.id}, id: ${disk.id})`)).toEqual([{ field: null, message: refused('disk') }]);
    expect(await userErrors(`deleteInstanceConfig(linodeId: ${instance.id}, id: ${config.id})`)).toEqual([
      { field: null, message: refused('config') },
    ]);
    expect(
      await userErrors(
        `deleteInstanceConfigInterface(linodeId: ${instance.id}, configId: ${config.id}, id: ${String(config.interfaces[0].id)})`,
      ),
    ).toEqual([{ field: null, message: refused('interface') }]);
    expect(await userErrors(`deleteInstanceIP(linodeId: ${instance.id}, id: "${address}")`)).toEqual([
      { field: null, message: refused('IP address') },
    ]);
    expect(store().disksByInstance[instance.id]).toContain(disk);
    expect(store().configsByInstance[instance.id]).toContain(config);

    // Unlocked, the same deletes go through.
    const { data } = await stack.gql(`mutation { deleteLock(id: ${lockId}) { deletedId userErrors { message } } }`);
    expect(data.deleteLock).toEqual({ deletedId: lockId, userErrors: [] });
    expect(await userErrors(`deleteInstanceConfig(linodeId: ${instance.id}, id: ${config.id})`)).toEqual([]);
    expect(await userErrors(`deleteInstance(id: ${instance.id})`)).toEqual([]);
  });
});

describe('creating a lock', () => {
  it('on a resource that has one already, or on nothing, answers as Linode does (linodego recorded both)', async () => {
    const seeded = locks()[0];
    const again = await userErrors(
      `createLock(input: { entityType: LINODE, entityId: ${seeded.entity.id}, lockType: CANNOT_DELETE_WITH_SUBRESOURCES })`,
    );
    expect(again).toEqual([
      {
        field: ['input', 'lockType'],
        message: `The cannot_delete lock (Lock ID: ${seeded.id}) needs to be removed to add cannot_delete_with_subresources lock. Can only have one of: cannot_delete, cannot_delete_with_subresources locks`,
      },
    ]);
    expect(await userErrors('createLock(input: { entityType: LINODE, entityId: 99999876, lockType: CANNOT_DELETE })')).toEqual([
      { field: ['input', 'entityId'], message: 'entity_id is not valid' },
    ]);
  });
});

describe('a locked volume', () => {
  it('is not deleted', async () => {
    const volume = store().volumes.find((v) => v.linode_id === null)!;
    const { data } = await stack.gql(
      `mutation($id: ID!) { createLock(input: { entityType: VOLUME, entityId: $id, lockType: CANNOT_DELETE }) { lock { id } } }`,
      { variables: { id: volume.id } },
    );
    const problems = await userErrors(`deleteVolume(id: ${volume.id})`);
    expect(problems).toEqual([
      {
        field: null,
        message: `This volume is protected by a cannot_delete lock (Lock ID: ${data.createLock.lock.id}) and cannot be deleted. The lock must be removed by an account administrator.`,
      },
    ]);
  });
});

/** Locks an entity of any type through the graph; the lock's id and its entity as the graph resolves it. */
async function lockEntity(type: string, id: number | string, lockType = 'CANNOT_DELETE') {
  const { data, errors } = await stack.gql(
    `mutation($id: ID!) { createLock(input: { entityType: ${type}, entityId: $id, lockType: ${lockType} }) {
      lock { id entityType entityUrl entity { __typename ... on NodeBalancer { id locksRaw } ... on LKECluster { id locksRaw } } }
      userErrors { field message } } }`,
    { variables: { id } },
  );
  expect(errors).toBeUndefined();
  expect(data.createLock.userErrors).toEqual([]);
  return data.createLock.lock as { id: string; entityType: string; entityUrl: string; entity: Record<string, unknown> | null };
}

const collection = <T = Record<string, unknown>>(path: string) => store().collections[path] as unknown as T[];
const protectedBy = (what: string, lockType: string, lockId: string, on?: string) =>
  `This ${what} is protected by a ${lockType} lock (Lock ID: ${lockId})${on ? ` on the ${on}` : ''} and cannot be deleted. The lock must be removed by an account administrator.`;

describe("a locked NodeBalancer (techdocs: Delete a NodeBalancer, Delete a config, Delete a NodeBalancer's node)", () => {
  it("is the lock's entity, and keeps itself, its configs and their nodes under cannot_delete_with_subresources", async () => {
    const nb = collection<{ id: number }>('/nodebalancers')[0];
    const lock = await lockEntity('NODEBALANCER', nb.id, 'CANNOT_DELETE_WITH_SUBRESOURCES');
    // As linodego recorded the lock (TestNodeBalancer_Locks.yaml).
    expect(lock).toMatchObject({ entityType: 'nodebalancer', entityUrl: `/v4/nodebalancers/${nb.id}` });
    expect(lock.entity).toEqual({ __typename: 'NodeBalancer', id: String(nb.id), locksRaw: ['cannot_delete_with_subresources'] });
    const [config] = collection<{ id: number }>(`/nodebalancers/${nb.id}/configs`);
    const [node] = collection<{ id: number }>(`/nodebalancers/${nb.id}/configs/${config.id}/nodes`);
    const sub = 'cannot_delete_with_subresources';
    expect(await userErrors(`deleteNodeBalancerNode(nodeBalancerId: ${nb.id}, configId: ${config.id}, id: ${node.id})`)).toEqual([
      { field: null, message: protectedBy('node', sub, lock.id, 'nodebalancer') },
    ]);
    expect(await userErrors(`deleteNodeBalancerConfig(nodeBalancerId: ${nb.id}, id: ${config.id})`)).toEqual([
      { field: null, message: protectedBy('config', sub, lock.id, 'nodebalancer') },
    ]);
    expect(await userErrors(`deleteNodeBalancer(id: ${nb.id})`)).toEqual([
      { field: null, message: protectedBy('nodebalancer', sub, lock.id) },
    ]);
    expect(collection('/nodebalancers')).toContain(nb);
  });
});

describe('a locked LKE cluster or node pool (techdocs: Delete a Kubernetes cluster, Delete a node pool)', () => {
  it('is not deleted; a pool carries its own lock, whose entity is outside the graph (null)', async () => {
    const cluster = collection<{ id: number }>('/lke/clusters')[0];
    const lock = await lockEntity('LKECLUSTER', cluster.id);
    expect(lock.entity).toEqual({ __typename: 'LKECluster', id: String(cluster.id), locksRaw: ['cannot_delete'] });
    expect(await userErrors(`deleteLKECluster(id: ${cluster.id})`)).toEqual([
      { field: null, message: protectedBy('lkecluster', 'cannot_delete', lock.id) },
    ]);
    const [pool] = collection<{ id: number }>(`/lke/clusters/${cluster.id}/pools`);
    const poolLock = await lockEntity('LKENODEPOOL', pool.id);
    expect(poolLock).toMatchObject({ entityType: 'lkenodepool', entity: null });
    expect(await userErrors(`deleteLKENodePool(clusterId: ${cluster.id}, id: ${pool.id})`)).toEqual([
      { field: null, message: protectedBy('lkenodepool', 'cannot_delete', poolLock.id) },
    ]);
    const { data } = await stack.gql(`{ lkeCluster(id: ${cluster.id}) { pools { nodes { id locks } } } }`);
    expect(data.lkeCluster.pools.nodes).toContainEqual({ id: String(pool.id), locks: ['CANNOT_DELETE'] });
  });
});

describe('lock creation refuses', () => {
  it('an entity type Linode does not lock, and a Linode of an LKE cluster', async () => {
    const domain = store().domains[0];
    expect(await userErrors(`createLock(input: { entityType: DOMAIN, entityId: ${domain.id}, lockType: CANNOT_DELETE })`)).toEqual([
      { field: null, message: 'Unsupported entity type: domain' },
    ]);
    const node = store().instances.find((i) => i.lke_cluster_id)!;
    expect(await userErrors(`createLock(input: { entityType: LINODE, entityId: ${node.id}, lockType: CANNOT_DELETE })`)).toEqual([
      { field: ['input', 'entityId'], message: 'Linode belongs to an LKE Cluster' },
    ]);
  });
});

describe('a service transfer (techdocs: Request a service transfer)', () => {
  it('of a locked Linode is refused, naming the lock', async () => {
    const seeded = locks()[0];
    const { data, errors } = await stack.gql(
      'mutation($id: SafeInt!) { createServiceTransfer(input: { entities: { linodes: [$id] } }) { transfer { id } userErrors { field message } } }',
      { variables: { id: seeded.entity.id } },
    );
    expect(errors).toBeUndefined();
    expect(data.createServiceTransfer).toEqual({
      transfer: null,
      userErrors: [
        {
          field: ['input', 'entities', 'linodes', '0'],
          message: `This linode is protected by a cannot_delete lock (Lock ID: ${seeded.id}) and cannot be transferred. The lock must be removed by an account administrator.`,
        },
      ],
    });
  });
});

describe('a Linode interface (techdocs: Delete a Linode interface)', () => {
  it('of a running Linode is not deleted; once the Linode is shut down it is', async () => {
    const linode = store().instances.find((i) => i.interface_generation === 'linode' && i.status === 'running' && !lockOf(i.id))!;
    const [iface] = store().today[`/linode/instances/${linode.id}/interfaces`] as Array<{ id: number }>;
    const remove = `deleteLinodeInterface(linodeId: ${linode.id}, id: ${iface.id})`;
    expect(await userErrors(remove)).toEqual([{ field: null, message: 'Linode must be shut down to delete an interface' }]);
    expect(await userErrors(`shutdownInstance(id: ${linode.id})`)).toEqual([]);
    clock += 5_000; // the shutdown has ended
    const { data, errors } = await stack.gql(`mutation { ${remove} { deletedId userErrors { field message } } }`);
    expect(errors).toBeUndefined();
    expect(data.deleteLinodeInterface).toEqual({ deletedId: String(iface.id), userErrors: [] });
  });
});
