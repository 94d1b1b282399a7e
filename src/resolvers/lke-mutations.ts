// Root Mutation fields for Kubernetes (LKE) clusters and their node pools.
import { defineMutations } from '../schema/kit/mutations.js';
import { LKECluster } from '../schema/lke/lke-cluster.js';
import { LKENodePool } from '../schema/lke/lke-node-pool.js';

const cluster = { field: 'cluster', resource: LKECluster };
const pool = { field: 'pool', child: LKENodePool, parent: (params: Record<string, string>) => params.clusterId };

defineMutations({
  createLKECluster: { op: 'POST /lke/clusters', description: 'Creates a Kubernetes cluster with its node pools.', returns: cluster },
  // Linode answers nothing: the cluster is read again when selected.
  updateLKECluster: {
    op: 'PUT /lke/clusters/{clusterId}',
    id: 'clusterId',
    description: "Changes a cluster's label, tags, version or control plane.",
    returns: { ...cluster, reload: true },
  },
  deleteLKECluster: {
    op: 'DELETE /lke/clusters/{clusterId}',
    id: 'clusterId',
    description: 'Deletes a cluster and its nodes.',
    returns: 'deleted',
  },
  recycleLKECluster: {
    op: 'POST /lke/clusters/{clusterId}/recycle',
    id: 'clusterId',
    description: 'Replaces every node of a cluster, one pool at a time.',
    returns: { ...cluster, reload: true },
  },
  createLKENodePool: { op: 'POST /lke/clusters/{clusterId}/pools', description: 'Adds a node pool to a cluster.', returns: pool },
  updateLKENodePool: {
    op: 'PUT /lke/clusters/{clusterId}/pools/{poolId}',
    id: 'poolId',
    description: "Changes a pool's size, autoscaler or labels.",
    returns: pool,
  },
  deleteLKENodePool: {
    op: 'DELETE /lke/clusters/{clusterId}/pools/{poolId}',
    id: 'poolId',
    description: 'Deletes a node pool and its nodes.',
    returns: 'deleted',
  },
  recycleLKENodePool: {
    op: 'POST /lke/clusters/{clusterId}/pools/{poolId}/recycle',
    id: 'poolId',
    description: 'Replaces every node of a pool, one after the other.',
    returns: 'none',
  },
  deleteLKENode: {
    op: 'DELETE /lke/clusters/{clusterId}/nodes/{nodeId}',
    id: 'nodeId',
    description: "Deletes a node and its instance; its pool's count drops by one.",
    returns: 'deleted',
  },
  recycleLKENode: {
    op: 'POST /lke/clusters/{clusterId}/nodes/{nodeId}/recycle',
    id: 'nodeId',
    description: 'Replaces one node with a new instance.',
    returns: 'none',
  },
  deleteLKEKubeconfig: {
    op: 'DELETE /lke/clusters/{clusterId}/kubeconfig',
    id: 'clusterId',
    description: "Revokes a cluster's kubeconfig; Linode issues a new one.",
    returns: 'none',
  },
  regenerateLKECluster: {
    op: 'POST /lke/clusters/{clusterId}/regenerate',
    id: 'clusterId',
    description: 'Issues a new kubeconfig and/or service token for a cluster, revoking the old ones.',
    returns: { ...cluster, reload: true },
  },
  deleteLKEServiceToken: {
    op: 'DELETE /lke/clusters/{clusterId}/servicetoken',
    id: 'clusterId',
    description: "Revokes a cluster's service account token; Linode issues a new one.",
    returns: 'none',
  },
});
