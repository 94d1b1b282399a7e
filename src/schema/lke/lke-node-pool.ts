import { builder } from '../builder.js';
import { LinodeType } from '../catalogs/linode-type.js';
import { defineChildResource } from '../kit/child-resource.js';
import { referenceField } from '../kit/relation.js';
import type { FieldMap } from '../kit/types.js';
import { Instance } from '../linode/instance.js';
import { Firewall } from '../networking/firewall.js';

export const LKENodePool = defineChildResource({
  name: 'LKENodePool',
  schema: 'LKENodePool',
  description: 'A pool of same-type nodes in an LKE cluster.',
  path: (clusterId) => `/lke/clusters/${clusterId}/pools`,
  operation: 'GET /lke/clusters/{id}/pools',
  parentKey: 'cluster_id',
  relations: (t): FieldMap => ({
    type: referenceField(t, LinodeType, 'type', "The plan of the pool's nodes."),
    firewall: referenceField(t, Firewall, 'firewall_id', "The firewall on the pool's nodes, if any."),
  }),
});

/** A node of a pool: also what `LKECluster.node(id:)` reads on its own. */
export const LKENode = LKENodePool.nested('nodes');
builder.objectFields(LKENode, (t) => ({
  instance: referenceField(t, Instance, 'instance_id', 'The instance running this node.'),
}));
