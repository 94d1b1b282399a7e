import { defineChildResource } from '../kit/child-resource.js';
import { entityUnion } from '../kit/entity.js';
import type { FieldMap } from '../kit/types.js';
import { Instance } from '../linode/instance.js';
import { NodeBalancer } from '../nodebalancers/nodebalancer.js';

/** What a firewall protects or an address is assigned to. */
export const deviceEntity = entityUnion('FirewallDeviceEntity', 'What a firewall protects.', () => ({
  linode: Instance,
  nodebalancer: NodeBalancer,
}));

export const FirewallDevice = defineChildResource({
  name: 'FirewallDevice',
  schema: 'FirewallDevices',
  description: 'An instance or NodeBalancer a firewall protects.',
  path: (firewallId) => `/networking/firewalls/${firewallId}/devices`,
  operation: 'GET /networking/firewalls/{id}/devices',
  parentKey: 'firewall_id',
  omit: ['entity'],
  relations: (t): FieldMap => ({
    entity: deviceEntity(t, (d) => d.entity, 'The protected instance or NodeBalancer.'),
  }),
});
