// The shared contract documents, unchanged (the whole file is sent; the client picks the
// operation by name), through graphql-request against gateway + emulator.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contractOperations, runContract } from '../support/contract.js';
import { startStack, type Stack } from '../support/stack.js';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(() => stack.close());

const byLabel = (a: Record<string, any>, b: Record<string, any>) => (a.label < b.label ? -1 : a.label > b.label ? 1 : 0);

describe('contract: catalogs.graphql', () => {
  it('declares the operations this suite runs', () => {
    expect(contractOperations('catalogs.graphql').map((o) => o.name)).toEqual(['Catalogs', 'OneRegion']);
  });

  it('Catalogs works without a token and returns the emulator catalogs', async () => {
    const { data, errors } = await runContract(stack.gateway, 'catalogs.graphql', 'Catalogs', {}, null);
    expect(errors).toBeUndefined();
    const store = stack.emulator.store;
    expect(data.regions.totalCount).toBe(store.regions.length);
    expect(data.regions.nodes.map((r: any) => r.id)).toEqual(store.regions.slice(0, 100).map((r: any) => r.id));
    const standard = store.types.filter((t: any) => t.class === 'standard');
    expect(data.linodeTypes.nodes.map((t: any) => t.id)).toEqual(standard.map((t: any) => t.id));
    expect(data.linodeTypes.nodes[0].price.monthly).toBe(standard[0].price.monthly);
    const x86 = store.kernels.filter((k: any) => k.architecture === 'x86_64').slice(0, 25);
    expect(data.kernels.nodes.map((k: any) => k.id)).toEqual(x86.map((k: any) => k.id));
    const publicImages = store.images.filter((i: any) => i.is_public).slice(0, 50);
    expect(data.images.nodes.map((i: any) => i.id)).toEqual(publicImages.map((i: any) => i.id));
  });

  it('OneRegion returns the region of its documented variables', async () => {
    const [op] = contractOperations('catalogs.graphql').filter((o) => o.name === 'OneRegion');
    const { data, errors } = await runContract(stack.gateway, 'catalogs.graphql', 'OneRegion', op.variables, null);
    expect(errors).toBeUndefined();
    const region = stack.emulator.store.regions.find((r: any) => r.id === op.variables.id)!;
    expect(data.region).toEqual({ id: region.id, label: region.label, country: region.country });
  });
});

describe('contract: instances.graphql', () => {
  const ops = () => Object.fromEntries(contractOperations('instances.graphql').map((o) => [o.name, o]));

  it('declares the operations this suite runs', () => {
    expect(Object.keys(ops())).toEqual(['Dashboard', 'OneInstance', 'Filtered', 'LastOnes']);
  });

  it('Dashboard (first 50, by label) returns the emulator data with every relation', async () => {
    const { data, errors } = await runContract(stack.gateway, 'instances.graphql', 'Dashboard', ops().Dashboard.variables);
    expect(errors).toBeUndefined();
    const store = stack.emulator.store;
    const expected = [...store.instances].sort(byLabel).slice(0, 50);
    expect(data.instances.totalCount).toBe(store.instances.length);
    expect(data.instances.pageInfo.hasNextPage).toBe(true);
    expect(data.instances.pageInfo.hasPreviousPage).toBe(false);
    expect(data.instances.edges.map((e: any) => e.node.id)).toEqual(expected.map((i: any) => String(i.id)));
    for (const [index, edge] of data.instances.edges.entries()) {
      const instance = expected[index];
      const node = edge.node;
      expect(node.label).toBe(instance.label);
      expect(node.status).toBe(instance.status.toUpperCase());
      expect(node.created).toBe(`${instance.created}Z`);
      expect(node.ipv4).toEqual(instance.ipv4);
      expect(node.specs).toEqual({
        disk: instance.specs.disk,
        memory: instance.specs.memory,
        vcpus: instance.specs.vcpus,
        transfer: instance.specs.transfer,
      });
      expect(node.region.id).toBe(instance.region);
      expect(node.type.id).toBe(instance.type);
      expect(node.image?.id ?? null).toBe(instance.image);
      const disks = store.disksByInstance[instance.id] ?? [];
      expect(node.disks.totalCount).toBe(disks.length);
      expect(node.disks.nodes.map((d: any) => d.id)).toEqual(disks.map((d: any) => String(d.id)));
      const configs = store.configsByInstance[instance.id] ?? [];
      expect(node.configs.nodes.map((c: any) => c.kernel?.id)).toEqual(configs.map((c: any) => c.kernel));
      const volumes = store.volumes.filter((v: any) => v.linode_id === instance.id);
      expect(node.volumes.nodes.map((v: any) => v.id).sort()).toEqual(volumes.map((v: any) => String(v.id)).sort());
    }
  });

  it('OneInstance runs with its documented variables and with an existing id', async () => {
    const documented = await runContract(stack.gateway, 'instances.graphql', 'OneInstance', ops().OneInstance.variables);
    const exists = stack.emulator.store.instances.some((i: any) => String(i.id) === String(ops().OneInstance.variables.id));
    if (!exists) {
      expect(documented.data.instance).toBeNull();
      expect(documented.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    }
    const instance = stack.emulator.store.instances[7];
    const { data, errors } = await runContract(stack.gateway, 'instances.graphql', 'OneInstance', { id: instance.id });
    expect(errors).toBeUndefined();
    expect(data.instance.label).toBe(instance.label);
    expect(data.instance.backups.enabled).toBe(instance.backups.enabled);
    expect(data.instance.region.id).toBe(instance.region);
    expect(data.instance.disks.nodes.map((d: any) => d.label)).toEqual(
      (stack.emulator.store.disksByInstance[instance.id] ?? []).map((d: any) => d.label),
    );
  });

  it('Filtered matches the equivalent REST filter', async () => {
    const { data, errors } = await runContract(stack.gateway, 'instances.graphql', 'Filtered', ops().Filtered.variables);
    expect(errors).toBeUndefined();
    const region = ops().Filtered.variables.region;
    const expected = stack.emulator.store.instances
      .filter((i: any) => i.region === region && (i.label.includes('web') || i.tags.includes('prod')))
      .sort(byLabel)
      .reverse();
    expect(expected.length).toBeGreaterThan(0);
    expect(data.instances.totalCount).toBe(expected.length);
    expect(data.instances.nodes.map((n: any) => n.id)).toEqual(expected.map((i: any) => String(i.id)));
  });

  it('LastOnes pages backwards from the end', async () => {
    const { data, errors } = await runContract(stack.gateway, 'instances.graphql', 'LastOnes', ops().LastOnes.variables);
    expect(errors).toBeUndefined();
    const all = stack.emulator.store.instances;
    expect(data.instances.nodes.map((n: any) => n.id)).toEqual(all.slice(-10).map((i: any) => String(i.id)));
    expect(data.instances.pageInfo.hasPreviousPage).toBe(true);
    const before = await runContract(stack.gateway, 'instances.graphql', 'LastOnes', {
      last: 10,
      before: data.instances.pageInfo.startCursor,
    });
    expect(before.data.instances.nodes.map((n: any) => n.id)).toEqual(all.slice(-20, -10).map((i: any) => String(i.id)));
  });
});
