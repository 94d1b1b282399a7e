import { defineResource } from '../kit/resource.js';
import type { FieldMap } from '../kit/types.js';
import { deviceEntity, FirewallDevice } from './firewall-device.js';

export const Firewall = defineResource({
  name: 'Firewall',
  schema: 'Firewall',
  description: 'A cloud firewall: inbound and outbound rules applied to instances and NodeBalancers.',
  path: '/networking/firewalls',
  idKind: 'int',
  root: { one: 'firewall', many: 'firewalls' },
  relations: (t): FieldMap => ({
    devices: FirewallDevice.field(t, 'The instances and NodeBalancers the firewall protects.', (f) => f.id),
  }),
});

// The firewall's devices as the firewall lists them.
for (const path of ['entities', 'entities.parent_entity'] as const) {
  Firewall.relate(path, (t) => ({ entity: deviceEntity(t, (e) => e, 'The instance or NodeBalancer.') }));
}
