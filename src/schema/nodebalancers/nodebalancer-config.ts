import { defineChildResource } from '../kit/child-resource.js';
import { referenceField } from '../kit/relation.js';
import type { FieldMap } from '../kit/types.js';
import { NodeBalancerNode } from './nodebalancer-node.js';
import { NodeBalancer } from './nodebalancer.js';

export const NodeBalancerConfig = defineChildResource({
  name: 'NodeBalancerConfig',
  schema: 'NodeBalancerConfig',
  description: 'A port a NodeBalancer listens on: protocol, algorithm, health checks.',
  path: (nodeBalancerId) => `/nodebalancers/${nodeBalancerId}/configs`,
  operation: 'GET /nodebalancers/{id}/configs',
  parentKey: 'nodebalancer_id',
  relations: (t): FieldMap => ({
    nodeBalancer: referenceField(t, NodeBalancer, 'nodebalancer_id', 'The NodeBalancer this port belongs to.'),
    nodes: NodeBalancerNode.field(t, 'The backends traffic on this port goes to.', (c) => `${c.nodebalancer_id}/configs/${c.id}`),
  }),
});
