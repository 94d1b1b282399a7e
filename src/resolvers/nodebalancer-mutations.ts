// Root Mutation fields for NodeBalancers, their ports (configs) and backends (nodes).
import { defineMutations } from '../schema/kit/mutations.js';
import { NodeBalancerConfig } from '../schema/nodebalancers/nodebalancer-config.js';
import { NodeBalancerNode } from '../schema/nodebalancers/nodebalancer-node.js';
import { NodeBalancer } from '../schema/nodebalancers/nodebalancer.js';

const nodeBalancer = { field: 'nodeBalancer', resource: NodeBalancer };
const config = { field: 'config', child: NodeBalancerConfig, parent: (params: Record<string, string>) => params.nodeBalancerId };
const node = {
  field: 'node',
  child: NodeBalancerNode,
  parent: (params: Record<string, string>) => `${params.nodeBalancerId}/configs/${params.configId}`,
};

defineMutations({
  createNodeBalancer: {
    op: 'POST /nodebalancers',
    description: 'Creates a NodeBalancer, optionally with its ports and backends.',
    returns: nodeBalancer,
  },
  updateNodeBalancer: {
    op: 'PUT /nodebalancers/{nodeBalancerId}',
    id: 'nodeBalancerId',
    description: "Changes a NodeBalancer's label, tags or connection throttle.",
    returns: nodeBalancer,
  },
  deleteNodeBalancer: {
    op: 'DELETE /nodebalancers/{nodeBalancerId}',
    id: 'nodeBalancerId',
    description: 'Deletes a NodeBalancer.',
    returns: 'deleted',
  },
  createNodeBalancerConfig: {
    op: 'POST /nodebalancers/{nodeBalancerId}/configs',
    description: 'Opens a port on a NodeBalancer.',
    returns: config,
  },
  updateNodeBalancerConfig: {
    op: 'PUT /nodebalancers/{nodeBalancerId}/configs/{configId}',
    id: 'configId',
    description: "Changes a port's protocol, balancing or health checks.",
    returns: config,
  },
  deleteNodeBalancerConfig: {
    op: 'DELETE /nodebalancers/{nodeBalancerId}/configs/{configId}',
    id: 'configId',
    description: 'Closes a port.',
    returns: 'deleted',
  },
  createNodeBalancerNode: {
    op: 'POST /nodebalancers/{nodeBalancerId}/configs/{configId}/nodes',
    description: 'Adds a backend to a port.',
    returns: node,
  },
  updateNodeBalancerNode: {
    op: 'PUT /nodebalancers/{nodeBalancerId}/configs/{configId}/nodes/{nodeId}',
    id: 'nodeId',
    description: "Changes a backend's address, weight or mode.",
    returns: node,
  },
  deleteNodeBalancerNode: {
    op: 'DELETE /nodebalancers/{nodeBalancerId}/configs/{configId}/nodes/{nodeId}',
    id: 'nodeId',
    description: 'Removes a backend.',
    returns: 'deleted',
  },
  rebuildNodeBalancerConfig: {
    op: 'POST /nodebalancers/{nodeBalancerId}/configs/{configId}/rebuild',
    id: 'configId',
    description: "Replaces a port's settings and its whole set of backends in one request.",
    returns: config,
  },
});
