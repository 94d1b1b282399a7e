import { defineChildResource } from '../kit/child-resource.js';
import { relateNested } from '../kit/fact-fields.js';
import { referenceField } from '../kit/relation.js';
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

// A subnet lists its instances by their ids.
relateNested(['VPCSubnetLinode', 'VPCSubnetSummaryLinode'], (t) => ({
  instance: referenceField(t, Instance, 'id', 'The instance in the subnet.'),
}));
relateNested(['VPCSubnetNodebalancer', 'VPCSubnetSummaryNodebalancer'], (t) => ({
  nodeBalancer: referenceField(t, NodeBalancer, 'id', 'The NodeBalancer in the subnet.'),
}));
