import { defineChildResource } from '../kit/child-resource.js';
import { referenceField } from '../kit/relation.js';
import type { FieldMap } from '../kit/types.js';
import { NodeBalancer } from './nodebalancer.js';

export const NodeBalancerNode = defineChildResource({
  name: 'NodeBalancerNode',
  schema: 'NodeBalancerNode',
  description: 'A backend of a NodeBalancer port.',
  path: (configPath) => `/nodebalancers/${configPath}/nodes`,
  operation: 'GET /nodebalancers/{id}/configs/{id}/nodes',
  parentKey: '_config_path',
  relations: (t): FieldMap => ({
    nodeBalancer: referenceField(t, NodeBalancer, 'nodebalancer_id', 'The NodeBalancer this backend serves.'),
  }),
});
