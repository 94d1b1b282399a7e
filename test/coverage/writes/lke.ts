// Write cases for LKE clusters, their pools and nodes, and their credentials.
import type { Emulator } from 'linode-emulator';
import type { WriteCase } from './types.js';

type Item = Record<string, unknown>;
const clusters = (e: Emulator) => e.store.collections['/lke/clusters'];
const poolsOf = (e: Emulator, cluster: Item) => e.store.collections[`/lke/clusters/${String(cluster.id)}/pools`] ?? [];
const nodesOf = (pool: Item) => pool.nodes as Item[];
/** A seeded cluster with a pool of two nodes or more, the n-th. */
const withPool = (e: Emulator, n = 0) => clusters(e).filter((c) => poolsOf(e, c).some((p) => nodesOf(p).length > 1))[n];
const poolOf = (e: Emulator, cluster: Item) => poolsOf(e, cluster).find((p) => nodesOf(p).length > 1)!;
const userErrors = 'userErrors { field message }';

export const cases: WriteCase[] = [
  {
    mutation: 'createLKECluster',
    document: `mutation { createLKECluster(input: { label: "coverage-k8s", region: "us-east", k8sVersion: "1.33", nodePools: [{ type: "g6-standard-2", count: 1 }] }) { cluster { id label } ${userErrors} } }`,
    returns: 'cluster',
  },
  {
    mutation: 'updateLKECluster',
    document: `mutation($id: ID!) { updateLKECluster(id: $id, input: { label: "coverage-k8s-renamed" }) { cluster { id label } ${userErrors} } }`,
    variables: (e) => ({ id: withPool(e).id }),
    returns: 'cluster',
  },
  {
    mutation: 'createLKENodePool',
    document: `mutation($clusterId: ID!) { createLKENodePool(clusterId: $clusterId, input: { type: "g6-standard-1", count: 1 }) { pool { id count } ${userErrors} } }`,
    variables: (e) => ({ clusterId: withPool(e).id }),
    returns: 'pool',
  },
  {
    mutation: 'updateLKENodePool',
    document: `mutation($clusterId: ID!, $id: ID!) { updateLKENodePool(clusterId: $clusterId, id: $id, input: { count: 3 }) { pool { id count } ${userErrors} } }`,
    variables: (e) => ({ clusterId: withPool(e).id, id: poolOf(e, withPool(e)).id }),
    returns: 'pool',
  },
  {
    mutation: 'recycleLKENodePool',
    document: `mutation($clusterId: ID!, $id: ID!) { recycleLKENodePool(clusterId: $clusterId, id: $id) { ${userErrors} } }`,
    variables: (e) => ({ clusterId: withPool(e).id, id: poolOf(e, withPool(e)).id }),
  },
  {
    mutation: 'recycleLKENode',
    document: `mutation($clusterId: ID!, $id: ID!) { recycleLKENode(clusterId: $clusterId, id: $id) { ${userErrors} } }`,
    variables: (e) => ({ clusterId: withPool(e, 1).id, id: nodesOf(poolOf(e, withPool(e, 1)))[0].id }),
  },
  {
    mutation: 'deleteLKENode',
    document: `mutation($clusterId: ID!, $id: ID!) { deleteLKENode(clusterId: $clusterId, id: $id) { deletedId ${userErrors} } }`,
    variables: (e) => ({ clusterId: withPool(e, 1).id, id: nodesOf(poolOf(e, withPool(e, 1))).at(-1)!.id }),
    returns: 'deletedId',
  },
  {
    mutation: 'recycleLKECluster',
    document: `mutation($id: ID!) { recycleLKECluster(id: $id) { cluster { id } ${userErrors} } }`,
    variables: (e) => ({ id: withPool(e).id }),
    returns: 'cluster',
  },
  {
    mutation: 'regenerateLKECluster',
    document: `mutation($id: ID!) { regenerateLKECluster(id: $id, input: { kubeconfig: true, servicetoken: true }) { cluster { id } ${userErrors} } }`,
    variables: (e) => ({ id: withPool(e).id }),
    returns: 'cluster',
  },
  {
    mutation: 'deleteLKEKubeconfig',
    document: `mutation($id: ID!) { deleteLKEKubeconfig(id: $id) { ${userErrors} } }`,
    variables: (e) => ({ id: withPool(e).id }),
  },
  {
    mutation: 'deleteLKEServiceToken',
    document: `mutation($id: ID!) { deleteLKEServiceToken(id: $id) { ${userErrors} } }`,
    variables: (e) => ({ id: withPool(e).id }),
  },
  {
    mutation: 'deleteLKENodePool',
    document: `mutation($clusterId: ID!, $id: ID!) { deleteLKENodePool(clusterId: $clusterId, id: $id) { deletedId ${userErrors} } }`,
    variables: (e) => ({ clusterId: withPool(e).id, id: poolsOf(e, withPool(e)).at(-1)!.id }),
    returns: 'deletedId',
  },
  {
    mutation: 'deleteLKECluster',
    document: `mutation($id: ID!) { deleteLKECluster(id: $id) { deletedId ${userErrors} } }`,
    variables: (e) => ({ id: clusters(e).find((c) => c.label === 'coverage-k8s')!.id }),
    returns: 'deletedId',
  },
];
