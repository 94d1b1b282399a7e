import { defineChildResource } from '../kit/child-resource.js';

export const VPCSubnet = defineChildResource({
  name: 'VPCSubnet',
  schema: 'VPCSubnet',
  description: 'A subnet of a VPC.',
  path: (vpcId) => `/vpcs/${vpcId}/subnets`,
  operation: 'GET /vpcs/{id}/subnets',
  parentKey: 'vpc_id',
});
