import { LinodeType } from '../catalogs/linode-type.js';
import { relateNested } from '../kit/fact-fields.js';
import { Instance } from '../linode/instance.js';
import { defineChildResource } from '../kit/child-resource.js';
import { referenceField, relation } from '../kit/relation.js';
import { Firewall } from '../networking/firewall.js';

export const LKENodePool = defineChildResource({
  name: 'LKENodePool',
  schema: 'LKENodePool',
  description: 'A pool of same-type nodes in an LKE cluster.',
  path: (clusterId) => `/lke/clusters/${clusterId}/pools`,
  operation: 'GET /lke/clusters/{id}/pools',
  parentKey: 'cluster_id',
  relations: (t) => ({
    type: relation(t, LinodeType, (p) => p.type, "The plan of the pool's nodes."),
    firewall: referenceField(t, Firewall, 'firewall_id', "The firewall on the pool's nodes, if any."),
  }),
});

relateNested('LKENodePoolNode', (t) => ({ instance: referenceField(t, Instance, 'instance_id', 'The instance running this node.') }));
