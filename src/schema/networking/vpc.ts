import { regionField } from '../catalogs/region.js';
import { defineResource } from '../kit/resource.js';
import type { FieldMap } from '../kit/types.js';
import { subnetLinodeRelations, subnetNodeBalancerRelations, VPCSubnet } from './vpc-subnet.js';

export const VPC = defineResource({
  name: 'VPC',
  schema: 'VPC',
  description: 'A virtual private cloud: an isolated network in one region.',
  path: '/vpcs',
  idKind: 'int',
  root: { one: 'vpc', many: 'vpcs' },
  omit: ['region'],
  relations: (t): FieldMap => ({
    region: regionField(t, 'region'),
    subnetList: VPCSubnet.field(t, "The VPC's subnets as a connection (filterable, paged).", (v) => v.id),
    subnet: VPCSubnet.lookupField(t, 'One subnet of the VPC, by its id.', (v) => v.id),
  }),
});

// The subnets the VPC lists hold the same instances and NodeBalancers.
VPC.relate('subnets.linodes', (t) => subnetLinodeRelations(t));
VPC.relate('subnets.nodebalancers', (t) => subnetNodeBalancerRelations(t));
