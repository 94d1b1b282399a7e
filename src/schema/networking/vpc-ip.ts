import { builder } from '../builder.js';
import { regionField } from '../catalogs/region.js';
import { definePlainList } from '../kit/plain-list.js';
import { referenceField } from '../kit/relation.js';
import type { FieldMap } from '../kit/types.js';
import { Instance } from '../linode/instance.js';
import { NodeBalancer } from '../nodebalancers/nodebalancer.js';
import { VPC } from './vpc.js';

export const VPCIPAddress = definePlainList({
  name: 'VPCIPAddress',
  schema: 'IPAddressesVPC',
  description: "An address of an instance's VPC interface.",
  operation: 'GET /vpcs/ips',
  omit: ['region'],
  relations: (t): FieldMap => ({
    region: regionField(t, 'region'),
    vpc: referenceField(t, VPC, 'vpc_id', 'The VPC.'),
    instance: referenceField(t, Instance, 'linode_id', 'The instance.'),
    nodeBalancer: referenceField(t, NodeBalancer, 'nodebalancer_id', "The NodeBalancer, for a NodeBalancer's VPC address."),
  }),
});

builder.queryFields((t) => ({
  vpcIPAddresses: VPCIPAddress.rootField(
    t,
    'Addresses of every VPC interface of the account; filter by `vpcId`, `linodeId`, `region`...',
    '/vpcs/ips',
  ),
}));

builder.objectField(VPC.ref, 'ips', (t) =>
  VPCIPAddress.field(t, "Addresses of the VPC's interfaces; filter by `linodeId`, `active`...", (v) => `/vpcs/${v.id}/ips`, {
    operation: 'GET /vpcs/{id}/ips',
  }),
);
