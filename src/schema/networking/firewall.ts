import type { LinodeRecord } from '../kit/fact-fields.js';
import { FirewallDevice } from './firewall-device.js';
import { defineResource } from '../kit/resource.js';
import { deviceEntity } from './firewall-device.js';
import { relateNested } from '../kit/fact-fields.js';
import type { EntityRef } from '../kit/entity.js';

export const Firewall = defineResource({
  name: 'Firewall',
  schema: 'Firewall',
  description: 'A cloud firewall: inbound and outbound rules applied to instances and NodeBalancers.',
  path: '/networking/firewalls',
  idKind: 'int',
  root: { one: 'firewall', many: 'firewalls' },
  relations: (t) => ({
    devices: FirewallDevice.field(t, 'The instances and NodeBalancers the firewall protects.', (f: LinodeRecord) => f.id as number),
  }),
});

// The firewall's devices as the firewall lists them.
relateNested(['FirewallEntity', 'FirewallEntityParentEntity'], (t) => ({
  entity: deviceEntity(t, (e: LinodeRecord) => e as EntityRef, 'The instance or NodeBalancer.'),
}));
