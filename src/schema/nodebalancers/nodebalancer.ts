import { regionField } from '../catalogs/region.js';
import { referenceField } from '../kit/relation.js';
import { defineResource } from '../kit/resource.js';
import type { FieldMap } from '../kit/types.js';
import { LKECluster } from '../lke/lke-cluster.js';
import { Firewall } from '../networking/firewall.js';
import { NodeBalancerConfig } from './nodebalancer-config.js';

export const NodeBalancer = defineResource({
  name: 'NodeBalancer',
  schema: 'NodeBalancer',
  description: 'A load balancer in front of instances.',
  path: '/nodebalancers',
  idKind: 'int',
  root: { one: 'nodeBalancer', many: 'nodeBalancers' },
  omit: ['region'],
  relations: (t): FieldMap => ({
    region: regionField(t, 'region'),
    firewalls: Firewall.connectionField(t, 'Firewalls protecting the NodeBalancer.', (nb) => `/nodebalancers/${nb.id}/firewalls`),
    configs: NodeBalancerConfig.field(
      t,
      'Ports the NodeBalancer listens on, with their balancing and health-check settings.',
      (nb) => nb.id,
    ),
  }),
});

// The LKE cluster a NodeBalancer was made for (a Kubernetes Service of type LoadBalancer).
NodeBalancer.relate('lke_cluster', (t) => ({
  lkeCluster: referenceField(t, LKECluster, 'id', 'The cluster.'),
}));
