import { builder } from '../builder.js';
import { regionField } from '../catalogs/region.js';
import { relateNested } from '../kit/fact-fields.js';
import { referenceField } from '../kit/relation.js';
import { definePlainList } from '../kit/plain-list.js';
import { Instance } from '../linode/instance.js';
import { VPC } from './vpc.js';
import { NodeBalancer } from '../nodebalancers/nodebalancer.js';

export const VPCIPAddress = definePlainList({
  name: 'VPCIPAddress',
  schema: 'IPAddressesVPC',
  description: "An address of an instance's VPC interface.",
  operation: 'GET /vpcs/ips',
  omit: ['region'],
});

builder.queryFields((t) => ({
  vpcIPAddresses: VPCIPAddress.field(
    t,
    'Addresses of every VPC interface of the account; filter by `vpcId`, `linodeId`, `region`...',
    () => '/vpcs/ips',
  ),
}));

relateNested('VPCIPAddress', (t) => ({
  region: regionField(t),
  vpc: referenceField(t, VPC, 'vpc_id', 'The VPC.'),
  instance: referenceField(t, Instance, 'linode_id', 'The instance.'),
  nodeBalancer: referenceField(t, NodeBalancer, 'nodebalancer_id', "The NodeBalancer, for a NodeBalancer's VPC address."),
}));
