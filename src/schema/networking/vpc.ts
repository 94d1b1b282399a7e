import { regionField } from '../catalogs/region.js';
import type { LinodeRecord } from '../kit/fact-fields.js';
import { VPCSubnet } from './vpc-subnet.js';
import { defineResource } from '../kit/resource.js';

export const VPC = defineResource({
  name: 'VPC',
  schema: 'VPC',
  description: 'A virtual private cloud: an isolated network in one region.',
  path: '/vpcs',
  idKind: 'int',
  root: { one: 'vpc', many: 'vpcs' },
  omit: ['region'],
  relations: (t) => ({
    region: regionField(t),
    subnetList: VPCSubnet.field(t, "The VPC's subnets as a connection (filterable, paged).", (v: LinodeRecord) => v.id as number),
  }),
});
