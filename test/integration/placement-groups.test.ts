// Placement groups (today's API): a page of groups, their members' instances and those
// instances' plans at the lower bound of Linode requests, and the writes' refusals as userErrors.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startStack, type Stack } from '../support/stack.js';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack({ emulator: { rateLimits: false } });
});
afterAll(() => stack.close());
beforeEach(() => stack.emulator.clearLog());

const paths = () => stack.emulator.log.map((e) => e.path.replace(/\?.*$/, ''));

describe('placement groups', () => {
  it('lead to their members, their plans and back, in one request per collection', async () => {
    const { data, errors } = await stack.gql(`{
      placementGroups(first: 10) { totalCount nodes { id label placementGroupPolicy region { id }
        members { linodeId isCompliant instance { id label placementGroup { id label } type { id memory } } } } }
    }`);
    expect(errors).toBeUndefined();
    const groups = data.placementGroups.nodes;
    const members = groups.flatMap((g: any) => g.members);
    expect(members.length).toBeGreaterThanOrEqual(2);
    for (const group of groups)
      for (const m of group.members) {
        expect(m.instance.id).toBe(String(m.linodeId));
        expect(m.instance.placementGroup).toEqual({ id: group.id, label: group.label });
        expect(m.instance.type.memory).toBeGreaterThan(0);
      }
    // One page of groups, one `+or` batch of their instances (whose groups are already loaded),
    // the plans' catalog, the regions' catalog.
    expect(paths().sort()).toEqual(['/v4/linode/instances', '/v4/linode/types', '/v4/placement/groups', '/v4/regions'].sort());
  });

  it('filters by label and reaches a group from an instance', async () => {
    const group = (stack.emulator.store.today['/placement/groups'] as any[])[0];
    const { data, errors } = await stack.gql(
      `query($label: String!, $linode: ID!) {
        placementGroups(filter: { label: { eq: $label } }) { nodes { id } }
        instance(id: $linode) { placementGroup { id label } }
      }`,
      { variables: { label: group.label, linode: group.members[0].linode_id } },
    );
    expect(errors).toBeUndefined();
    expect(data.placementGroups.nodes).toEqual([{ id: String(group.id) }]);
    expect(data.instance.placementGroup).toEqual({ id: String(group.id), label: group.label });
    const filtered = stack.emulator.log.find((e) => e.path.startsWith('/v4/placement/groups'));
    expect(JSON.parse(filtered?.filter ?? '{}')).toEqual({ label: group.label });
  });

  it("answers Linode's refusals as userErrors: a group with members is not deleted, a Linode of another region not assigned", async () => {
    const [group] = stack.emulator.store.today['/placement/groups'] as any[];
    const elsewhere = stack.emulator.store.instances.find((i) => i.region !== group.region)!;
    const { data, errors } = await stack.gql(
      `mutation($id: ID!, $linode: SafeInt!) {
        deletePlacementGroup(id: $id) { deletedId userErrors { field message } }
        assignPlacementGroupLinodes(id: $id, input: { linodes: [$linode] }) { placementGroup { id } userErrors { field message } }
      }`,
      { variables: { id: group.id, linode: elsewhere.id } },
    );
    expect(errors).toBeUndefined();
    expect(data.deletePlacementGroup).toEqual({
      deletedId: null,
      userErrors: [{ field: null, message: expect.stringMatching(/Unassign/) }],
    });
    expect(data.assignPlacementGroupLinodes.placementGroup).toBeNull();
    expect(data.assignPlacementGroupLinodes.userErrors).toEqual([
      { field: ['input', 'linodes'], message: expect.stringMatching(/region/) },
    ]);
  });
});
