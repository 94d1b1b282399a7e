import { regionField } from '../catalogs/region.js';
import { NodeBalancerConfig } from './nodebalancer-config.js';
import { defineResource } from '../kit/resource.js';
import { Firewall } from '../networking/firewall.js';
import { relateNested, type LinodeRecord } from '../kit/fact-fields.js';
import { referenceField } from '../kit/relation.js';
import { LKECluster } from '../lke/lke-cluster.js';

export const NodeBalancer = defineResource({
  name: 'NodeBalancer',
  schema: 'NodeBalancer',
  description: 'A load balancer in front of instances.',
  path: '/nodebalancers',
  idKind: 'int',
  root: { one: 'nodeBalancer', many: 'nodeBalancers' },
  omit: ['region'],
  relations: (t) => ({
    region: regionField(t),
    firewalls: Firewall.connectionField(
      t,
      'Firewalls protecting the NodeBalancer.',
      (nb: LinodeRecord) => `/nodebalancers/${nb.id}/firewalls`,
    ),
    configs: NodeBalancerConfig.field(
      t,
      'Ports the NodeBalancer listens on, with their balancing and health-check settings.',
      (nb: LinodeRecord) => nb.id as number,
    ),
  }),
});

// The LKE cluster a NodeBalancer was made for (a Kubernetes Service of type LoadBalancer).
relateNested('NodeBalancerLkeCluster', (t) => ({ lkeCluster: referenceField(t, LKECluster, 'id', 'The cluster.') }));
