import { regionField } from '../catalogs/region.js';
import { relateNested } from '../kit/fact-fields.js';
import { referenceField } from '../kit/relation.js';
import { defineResource } from '../kit/resource.js';
import { Instance } from '../linode/instance.js';
import { VPC } from './vpc.js';
import { deviceEntity } from './firewall-device.js';
import type { EntityRef } from '../kit/entity.js';
import type { LinodeRecord } from '../kit/fact-fields.js';

export const IPAddress = defineResource({
  name: 'IPAddress',
  schema: 'IPAddress',
  description: 'An IP address of the account, with its reverse DNS and the instance it is assigned to.',
  path: '/networking/ips',
  idKind: 'ip',
  idField: 'address',
  root: { one: 'ipAddress', many: 'ipAddresses' },
  omit: ['region'],
  relations: (t) => ({
    region: regionField(t),
    instance: referenceField(t, Instance, 'linode_id', 'The instance the address is assigned to.'),
  }),
});

relateNested('IPAddressVpcNat11', (t) => ({ vpc: referenceField(t, VPC, 'vpc_id', 'The VPC the address is mapped into.') }));
relateNested('IPAddressAssignedEntity', (t) => ({
  entity: deviceEntity(t, (e: LinodeRecord) => e as EntityRef, 'The instance or NodeBalancer the address is assigned to.'),
}));
