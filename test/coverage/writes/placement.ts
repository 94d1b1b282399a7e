// Write cases for placement groups.
import type { Emulator } from 'linode-emulator';
import type { WriteCase } from './types.js';

type Group = { id: number; label: string; region: string; placement_group_policy: string; members: Array<{ linode_id: number }> };
const groups = (e: Emulator) => e.store.today['/placement/groups'] as unknown as Group[];
const made = (e: Emulator) => groups(e).find((g) => g.label === 'coverage-pg')!;
/** A Linode of the new group's region outside any group. */
const free = (e: Emulator) => e.store.instances.find((i) => i.region === made(e).region && !i.placement_group)!;

export const cases: WriteCase[] = [
  {
    mutation: 'createPlacementGroup',
    document: `mutation($region: String!) { createPlacementGroup(input: { label: "coverage-pg", region: $region,
      placementGroupType: ANTI_AFFINITY_LOCAL, placementGroupPolicy: FLEXIBLE }) { placementGroup { id label } userErrors { field message } } }`,
    variables: (e) => ({ region: groups(e).find((g) => g.placement_group_policy === 'flexible')!.region }),
    returns: 'placementGroup',
  },
  {
    mutation: 'updatePlacementGroup',
    document:
      'mutation($id: ID!) { updatePlacementGroup(id: $id, input: { label: "coverage-pg" }) { placementGroup { id label } userErrors { field message } } }',
    variables: (e) => ({ id: made(e).id }),
    returns: 'placementGroup',
  },
  {
    mutation: 'assignPlacementGroupLinodes',
    document: `mutation($id: ID!, $linode: SafeInt!) { assignPlacementGroupLinodes(id: $id, input: { linodes: [$linode] }) {
      placementGroup { id members { linodeId instance { id placementGroup { id } } } } userErrors { field message } } }`,
    variables: (e) => ({ id: made(e).id, linode: free(e).id }),
    returns: 'placementGroup',
  },
  {
    mutation: 'unassignPlacementGroupLinodes',
    document: `mutation($id: ID!, $linode: SafeInt!) { unassignPlacementGroupLinodes(id: $id, input: { linodes: [$linode] }) {
      placementGroup { id members { linodeId } } userErrors { field message } } }`,
    variables: (e) => ({ id: made(e).id, linode: made(e).members[0].linode_id }),
    returns: 'placementGroup',
  },
  {
    mutation: 'deletePlacementGroup',
    document: 'mutation($id: ID!) { deletePlacementGroup(id: $id) { deletedId userErrors { field message } } }',
    variables: (e) => ({ id: made(e).id }),
    returns: 'deletedId',
  },
];
