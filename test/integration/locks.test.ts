// Resource locks through the graph: the emulator refuses what Linode refuses under a lock (the
// Linode itself under either lock, its disks, configs, interfaces and addresses under
// `cannot_delete_with_subresources`: techdocs' delete operations, terraform-provider-linode PR
// 2237), with a 400 naming the lock as Cloud Manager's mock of the API words it; the gateway hands
// that back as a userError. Lock creation answers as linodego recorded it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStack, type Stack } from '../support/stack.js';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack({ emulator: { rateLimits: false } });
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
