import { defineChildResource } from '../kit/child-resource.js';
import { entityUnion, type EntityRef } from '../kit/entity.js';
import type { LinodeRecord } from '../kit/fact-fields.js';
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
  relations: (t) => ({
    entity: deviceEntity(t, (d: LinodeRecord) => d.entity as EntityRef, 'The protected instance or NodeBalancer.'),
  }),
});
