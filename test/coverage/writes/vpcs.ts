// Write cases for VPCs and their subnets.
import type { Emulator } from 'linode-emulator';
import type { WriteCase } from './types.js';

const created = (e: Emulator) => e.store.collections['/vpcs'].find((v) => v.label === 'coverage-vpc')!;
const userErrors = 'userErrors { field message }';

export const cases: WriteCase[] = [
  {
    mutation: 'createVPC',
    document: `mutation { createVPC(input: { label: "coverage-vpc", region: "us-east", subnets: [{ label: "first", ipv4: "10.42.1.0/24" }] }) { vpc { id label } ${userErrors} } }`,
    returns: 'vpc',
  },
  {
    mutation: 'updateVPC',
    document: `mutation($id: ID!) { updateVPC(id: $id, input: { description: "coverage" }) { vpc { id description } ${userErrors} } }`,
    variables: (e) => ({ id: created(e).id }),
    returns: 'vpc',
  },
  {
    mutation: 'createVPCSubnet',
    document: `mutation($vpcId: ID!) { createVPCSubnet(vpcId: $vpcId, input: { label: "second", ipv4: "10.42.2.0/24" }) { subnet { id label } ${userErrors} } }`,
    variables: (e) => ({ vpcId: created(e).id }),
    returns: 'subnet',
  },
  {
    mutation: 'updateVPCSubnet',
    document: `mutation($vpcId: ID!, $id: ID!) { updateVPCSubnet(vpcId: $vpcId, id: $id, input: { label: "second-renamed" }) { subnet { id label } ${userErrors} } }`,
    variables: (e) => ({ vpcId: created(e).id, id: e.store.collections[`/vpcs/${String(created(e).id)}/subnets`].at(-1)!.id }),
    returns: 'subnet',
  },
  {
    mutation: 'deleteVPCSubnet',
    document: `mutation($vpcId: ID!, $id: ID!) { deleteVPCSubnet(vpcId: $vpcId, id: $id) { deletedId ${userErrors} } }`,
    variables: (e) => ({ vpcId: created(e).id, id: e.store.collections[`/vpcs/${String(created(e).id)}/subnets`].at(-1)!.id }),
    returns: 'deletedId',
  },
  {
    mutation: 'deleteVPC',
    document: `mutation($id: ID!) { deleteVPC(id: $id) { deletedId ${userErrors} } }`,
    variables: (e) => ({ id: created(e).id }),
    returns: 'deletedId',
  },
];
