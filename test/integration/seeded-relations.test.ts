// Relations across the emulator's seeded account: each one leads to the object the data points
// at, and the objects of a level load together (one list request, not one per parent).
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startStack, type Stack } from '../support/stack.js';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(() => stack.close());
beforeEach(() => stack.emulator.clearLog());

/** The data of a query that must answer without errors. */
const dataOf = async (query: string) => {
  const { data, errors } = await stack.gql(query);
  expect(errors, JSON.stringify(errors?.slice(0, 2))).toBeUndefined();
  return data;
};
const requestsTo = (path: string) => stack.emulator.log.filter((e) => e.path === path).length;

describe('relations on the seeded account', () => {
  it("a firewall's devices lead to instances, whose firewalls include it", async () => {
    const data = await dataOf(
      `{ firewalls(first: 10) { nodes { id devices(first: 20) { nodes { entity { __typename ... on Instance { id firewalls(first: 10) { nodes { id } } } } } } } } }`,
    );
    let checked = 0;
    for (const firewall of data.firewalls.nodes) {
      for (const device of firewall.devices.nodes) {
        if (device.entity?.__typename !== 'Instance') continue;
        expect(device.entity.firewalls.nodes.map((f: any) => f.id)).toContain(firewall.id);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(0);
    // The instances of one firewall's devices come in one `+or` list request; firewalls whose
    // device lists arrive at different moments batch separately (DataLoader batches per tick).
    expect(requestsTo('/v4/linode/instances')).toBeLessThanOrEqual(data.firewalls.nodes.length);
    expect(requestsTo('/v4/linode/instances')).toBeLessThan(checked);
  });

  it("LKE pool nodes are instances of the cluster's region, loaded together", async () => {
    const data = await dataOf(
      '{ lkeClusters { nodes { region { id } pools { nodes { nodes { instanceId instance { id region { id } } } } } } } }',
    );
    const nodes = data.lkeClusters.nodes.flatMap((c: any) =>
      c.pools.nodes.flatMap((p: any) => p.nodes.map((n: any) => ({ ...n, cluster: c.region.id }))),
    );
    expect(nodes.length).toBeGreaterThan(0);
    // A node still being provisioned has no instance yet (null, without an error).
    const provisioning = nodes.filter((n: any) => n.instanceId === null);
    expect(provisioning.every((n: any) => n.instance === null)).toBe(true);
    for (const node of nodes.filter((n: any) => n.instanceId !== null)) {
      expect(node.instance.id).toBe(node.instanceId);
      expect(node.instance.region.id).toBe(node.cluster);
    }
    // Loaded per DataLoader tick: one `+or` request per cluster at most, never one per node.
    expect(requestsTo('/v4/linode/instances')).toBeLessThanOrEqual(data.lkeClusters.nodes.length);
  });

  it("VPC subnet members are instances of the VPC's region", async () => {
    const data = await dataOf('{ vpcs { nodes { region { id } subnets { label linodes { linodeId instance { id region { id } } } } } } }');
    const members = data.vpcs.nodes.flatMap((v: any) =>
      v.subnets.flatMap((s: any) => s.linodes.map((l: any) => ({ ...l, region: v.region.id }))),
    );
    expect(members.length).toBeGreaterThan(0);
    for (const member of members) expect(member.instance).toEqual({ id: member.linodeId, region: { id: member.region } });
  });

  it('NodeBalancer backends sit on instances that list the NodeBalancer', async () => {
    const data = await dataOf(
      '{ nodeBalancers(first: 5) { nodes { id region { id } configs(first: 5) { nodes { port nodes(first: 10) { nodes { address nodeBalancer { id } } } } } } } }',
    );
    const backends = data.nodeBalancers.nodes.flatMap((nb: any) =>
      nb.configs.nodes.flatMap((c: any) => c.nodes.nodes.map((n: any) => ({ ...n, owner: nb.id }))),
    );
    expect(backends.length).toBeGreaterThan(0);
    for (const backend of backends) expect(backend.nodeBalancer.id).toBe(backend.owner);
    const someAddress = backends[0].address.split(':')[0];
    const instance: any = stack.emulator.store.instances.find((i: any) => (i.ipv4 as string[]).includes(someAddress));
    expect(instance).toBeDefined();
    const back = await dataOf(`{ instance(id: ${instance.id}) { nodeBalancers { nodes { id } } } }`);
    expect(back.instance.nodeBalancers.nodes.map((n: any) => n.id)).toContain(backends[0].owner);
  });
});
