// Write rules of LKE clusters and node pools. Each pool node runs on an instance the emulator
// creates for it (labelled like Linode's `lke<cluster>-<pool>-<hex>`), provisioned like any other;
// the node is `not_ready` until then, and its `instance_id` is null until LKE has made the Linode
// (NODE_LINODE_MS), as in real answers. Deleting a pool or cluster deletes its node instances. The
// Event schema documents no cluster actions, so only the node instances' own events appear.
import { schemaFact } from 'linode-facts/spec';
import { collectionPath } from '../data/collections.js';
import { clusterKeys, poolKeys } from '../data/lke.js';
import { FieldErrors, notFound } from '../errors.js';
import { asList, asObject, objectList, objectsIn } from '../json.js';
import type { JsonObject } from '../types.js';
import { ok, type Handler, type HandlerContext } from './context.js';
import { createInstance, PROVISION_MS, removeInstance } from './instance-writes.js';
import { findCluster, renew } from './lke-reads.js';
import { childPlace, collectionPlace, dropCollections } from './places.js';
import { checkFields } from './validate.js';
import { blank, createItem, findItemOf, type WriteRules } from './writes.js';

const CLUSTERS = '/lke/clusters';
const POOLS = '/lke/clusters/{clusterId}/pools';
/** The image LKE nodes run (any public one: the emulator does not model LKE's own). */
const NODE_IMAGE = 'linode/debian12';
/** How long a new node answers `instance_id: null`. */
export const NODE_LINODE_MS = 1_000;

/** The instance of each node, also while its `instance_id` is still null. */
const nodeInstances = new WeakMap<JsonObject, number>();

/** A pool's list of nodes (the list itself, so changes stay). */
const nodesOf = (pool: JsonObject): JsonObject[] => objectList(pool.nodes) ?? [];

function checkType(ctx: HandlerContext, errors: FieldErrors, type: unknown, field: string): void {
  if (typeof type === 'string' && !ctx.state.store.types.some((t) => t.id === type)) errors.add(field, 'Linode type not found');
}

/** Adds `count` nodes to `pool`, each on a new instance of the cluster's region. */
function addNodes(ctx: HandlerContext, cluster: JsonObject, pool: JsonObject, count: number): void {
  const { state } = ctx;
  for (let n = 0; n < count; n += 1) {
    const label = `lke${String(cluster.id)}-${String(pool.id)}-${state.rng.hex(8)}`;
    const body = { region: cluster.region, type: pool.type, image: NODE_IMAGE, root_pass: `${state.rng.hex(16)}Aa1!`, label, tags: [] };
    const instance = createInstance(state, body);
    instance.lke_cluster_id = Number(cluster.id);
    const node: JsonObject = { id: `${String(pool.id)}-${state.rng.hex(8)}`, instance_id: null, status: 'not_ready' };
    nodeInstances.set(node, instance.id);
    nodesOf(pool).push(node);
    state.pending.push({ at: state.now() + NODE_LINODE_MS, run: () => void (node.instance_id = instance.id) });
    state.pending.push({
      at: state.now() + PROVISION_MS + 1,
      run: () => void (node.status = instance.status === 'running' ? 'ready' : 'not_ready'),
    });
  }
}

function removeNodes(ctx: HandlerContext, pool: JsonObject, count: number): void {
  const nodes = nodesOf(pool);
  for (const node of nodes.splice(nodes.length - count, count)) {
    const id = node.instance_id ?? nodeInstances.get(node);
    const instance = ctx.state.store.instances.find((i) => i.id === id);
    if (instance) removeInstance(ctx.state, instance);
  }
}

/** A pool of `cluster` as requested (`spec` is a node_pools item), with its nodes. */
function makePool(ctx: HandlerContext, cluster: JsonObject, spec: JsonObject): JsonObject {
  const place = poolRules.place({ ...ctx, params: { clusterId: String(cluster.id) } });
  const pool = createItem({ ...ctx, body: spec }, poolRules, place, schemaFact('LKENodePool'), ctx.op.request?.fields?.node_pools?.items);
  place.items.push(pool);
  addNodes(ctx, cluster, pool, Number(pool.count));
  return pool;
}

export const clusterRules: WriteRules = {
  place: collectionPlace(CLUSTERS),
  idKind: 'lkeCluster',
  check: (ctx, errors) => {
    const { body, state } = ctx;
    if (typeof body.region === 'string' && !state.store.regions.some((r) => r.id === body.region)) errors.add('region', 'Region not found');
    const versions = (state.store.collections['/lke/versions'] ?? []).map((v) => v.id);
    if (typeof body.k8s_version === 'string' && !versions.includes(body.k8s_version))
      errors.add('k8s_version', `k8s_version must be one of ${versions.join(', ')}`);
    if (Array.isArray(body.node_pools)) {
      if (!body.node_pools.length) errors.add('node_pools', 'At least one node pool is required');
      asList(body.node_pools).forEach((p, i) => checkType(ctx, errors, asObject(p)?.type, `node_pools[${i}].type`));
    }
  },
  initial: () => clusterKeys(),
  created: (ctx, cluster) => {
    // High availability is off unless asked for.
    cluster.control_plane = { high_availability: asObject(ctx.body.control_plane)?.high_availability === true };
    ctx.state.store.collections[collectionPath(POOLS, cluster.id)] = [];
    for (const spec of objectsIn(ctx.body.node_pools)) makePool(ctx, cluster, spec);
  },
  deleting: (ctx, cluster) => {
    for (const pool of ctx.state.store.collections[collectionPath(POOLS, cluster.id)] ?? []) removeNodes(ctx, pool, nodesOf(pool).length);
    dropCollections(ctx.state.store, `${CLUSTERS}/${String(cluster.id)}`);
  },
};

export const poolRules: WriteRules<JsonObject> = {
  place: childPlace(POOLS),
  idKind: 'lkePool',
  check: (ctx, errors) => checkType(ctx, errors, ctx.body.type, 'type'),
  initial: (ctx, pool) => ({
    autoscaler: {
      ...asObject(blank(schemaFact('LKENodePool').fields.autoscaler)),
      enabled: false,
      min: pool.count,
      max: pool.count,
      ...asObject(ctx.body.autoscaler),
    },
    nodes: [],
    ...poolKeys(false),
  }),
};

/** A PUT's `count` adds or removes nodes. */
function countChanged(ctx: HandlerContext, pool: JsonObject, cluster: JsonObject): void {
  const have = nodesOf(pool).length;
  const count = Number(pool.count);
  if (count > have) addNodes(ctx, cluster, pool, count - have);
  else if (count < have) removeNodes(ctx, pool, have - count);
}

poolRules.created = (ctx, pool, place) => addNodes(ctx, place.parent, pool, Number(pool.count));
poolRules.updated = (ctx, pool, place) => countChanged(ctx, pool, place.parent);
poolRules.deleting = (ctx, pool) => removeNodes(ctx, pool, nodesOf(pool).length);

/** POST recycle: every node is replaced, so each is `not_ready` until its instance is back. */
export const recycleCluster: Handler = (ctx) => {
  const cluster = findItemOf(ctx, { place: collectionPlace(CLUSTERS) });
  for (const pool of ctx.state.store.collections[collectionPath(POOLS, cluster.id)] ?? []) {
    for (const node of nodesOf(pool)) {
      node.status = 'not_ready';
      ctx.state.pending.push({ at: ctx.state.now() + PROVISION_MS, run: () => void (node.status = 'ready') });
    }
  }
  return ok({});
};

/** Every node of a pool (or the one named) goes `not_ready` and is replaced, one after the other. */
function recycleNodes(ctx: HandlerContext, nodes: JsonObject[]): void {
  for (const node of nodes) {
    node.status = 'not_ready';
    ctx.state.pending.push({ at: ctx.state.now() + PROVISION_MS, run: () => void (node.status = 'ready') });
  }
}

function poolsOf(ctx: HandlerContext, cluster: JsonObject): JsonObject[] {
  return ctx.state.store.collections[collectionPath(POOLS, cluster.id)] ?? [];
}

function findNodeOf(ctx: HandlerContext): { cluster: JsonObject; pool: JsonObject; node: JsonObject } {
  const cluster = findCluster(ctx);
  for (const pool of poolsOf(ctx, cluster)) {
    const node = nodesOf(pool).find((n) => n.id === ctx.params.nodeId);
    if (node) return { cluster, pool, node };
  }
  throw notFound();
}

/** POST pools/{poolId}/recycle. */
export const recyclePool: Handler = (ctx) => {
  const pool = poolsOf(ctx, findCluster(ctx)).find((p) => String(p.id) === ctx.params.poolId);
  if (!pool) throw notFound();
  recycleNodes(ctx, nodesOf(pool));
  return ok({});
};

/** DELETE nodes/{nodeId}: the node and its Linode go; the pool's count drops by one. */
export const deleteNode: Handler = (ctx) => {
  const { pool, node } = findNodeOf(ctx);
  const nodes = nodesOf(pool);
  nodes.splice(nodes.indexOf(node), 1);
  pool.count = nodes.length;
  const id = node.instance_id ?? nodeInstances.get(node);
  const instance = ctx.state.store.instances.find((i) => i.id === id);
  if (instance) removeInstance(ctx.state, instance);
  return ok({});
};

export const recycleNode: Handler = (ctx) => {
  recycleNodes(ctx, [findNodeOf(ctx).node]);
  return ok({});
};

/** DELETE kubeconfig: the current one stops working and a new one is issued. */
export const deleteKubeconfig: Handler = (ctx) => {
  renew(findCluster(ctx), 'kubeconfig');
  return ok({});
};

/** DELETE servicetoken: the cluster's service account token is replaced. */
export const deleteServiceToken: Handler = (ctx) => {
  renew(findCluster(ctx), 'serviceToken');
  return ok({});
};

/** POST regenerate: a new kubeconfig and/or service token, as asked. */
export const regenerateCluster: Handler = (ctx) => {
  const cluster = findCluster(ctx);
  const errors = new FieldErrors();
  checkFields(errors, ctx.op.request, ctx.body);
  if (ctx.body.kubeconfig !== true && ctx.body.servicetoken !== true)
    errors.add('kubeconfig', 'Regenerate the kubeconfig, the service token or both');
  errors.throwIfAny();
  if (ctx.body.kubeconfig === true) renew(cluster, 'kubeconfig');
  if (ctx.body.servicetoken === true) renew(cluster, 'serviceToken');
  return ok({});
};
