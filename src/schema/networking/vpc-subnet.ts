import type { VPCSubnetLinode, VPCSubnetNodebalancer } from 'linode-facts/shapes';
import { defineChildResource } from '../kit/child-resource.js';
import { referenceField } from '../kit/relation.js';
import type { Fields } from '../kit/types.js';
import { Instance } from '../linode/instance.js';
import { NodeBalancer } from '../nodebalancers/nodebalancer.js';

export const VPCSubnet = defineChildResource({
  name: 'VPCSubnet',
  schema: 'VPCSubnet',
  description: 'A subnet of a VPC.',
  path: (vpcId) => `/vpcs/${vpcId}/subnets`,
  operation: 'GET /vpcs/{id}/subnets',
  parentKey: 'vpc_id',
});

// A subnet lists its instances and NodeBalancers by their ids (here, and in its VPC: vpc.ts).
export const subnetLinodeRelations = (t: Fields<VPCSubnetLinode>) => ({
  instance: referenceField(t, Instance, 'id', 'The instance in the subnet.'),
});
export const subnetNodeBalancerRelations = (t: Fields<VPCSubnetNodebalancer>) => ({
  nodeBalancer: referenceField(t, NodeBalancer, 'id', 'The NodeBalancer in the subnet.'),
});
VPCSubnet.relate('linodes', subnetLinodeRelations);
VPCSubnet.relate('nodebalancers', subnetNodeBalancerRelations);
