import { LinodeType } from '../catalogs/linode-type.js';
import { referenceField, relateNested, type LinodeRecord } from '../kit/fact-fields.js';
import { Instance } from '../linode/instance.js';
import { defineChildResource } from '../kit/child-resource.js';

export const LKENodePool = defineChildResource({
  name: 'LKENodePool',
  schema: 'LKENodePool',
  description: 'A pool of same-type nodes in an LKE cluster.',
  path: (clusterId) => `/lke/clusters/${clusterId}/pools`,
  operation: 'GET /lke/clusters/{id}/pools',
  parentKey: 'cluster_id',
  relations: (t) => ({
    type: t.field({ type: LinodeType.ref, nullable: true, description: 'The plan of the pool\'s nodes.', resolve: (p: LinodeRecord) => p.type }),
  }),
});

relateNested('LKENodePoolNode', (t) => ({ instance: referenceField(t, Instance.ref, 'instance_id', 'The instance running this node.') }));
