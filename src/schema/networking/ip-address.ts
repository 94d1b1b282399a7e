import { regionField } from '../catalogs/region.js';
import { referenceField } from '../kit/relation.js';
import { defineResource } from '../kit/resource.js';
import type { FieldMap } from '../kit/types.js';
import { Instance } from '../linode/instance.js';
import { deviceEntity } from './firewall-device.js';
import { VPC } from './vpc.js';

export const IPAddress = defineResource({
  name: 'IPAddress',
  schema: 'IPAddress',
  description: 'An IP address of the account, with its reverse DNS and the instance it is assigned to.',
  path: '/networking/ips',
  idKind: 'ip',
  idField: 'address',
  root: { one: 'ipAddress', many: 'ipAddresses' },
  omit: ['region'],
  relations: (t): FieldMap => ({
    region: regionField(t, 'region'),
    instance: referenceField(t, Instance, 'linode_id', 'The instance the address is assigned to.'),
  }),
});

IPAddress.relate('vpc_nat_1_1', (t) => ({
  vpc: referenceField(t, VPC, 'vpc_id', 'The VPC the address is mapped into.'),
}));
IPAddress.relate('assigned_entity', (t) => ({
  entity: deviceEntity(t, (e) => e, 'The instance or NodeBalancer the address is assigned to.'),
}));
