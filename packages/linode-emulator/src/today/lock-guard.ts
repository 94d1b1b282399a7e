// What a lock refuses (today's API). A lock of either type keeps its resource from being deleted
// or (a Linode) rebuilt; `cannot_delete_with_subresources` on a Linode also keeps its disks,
// configs, config interfaces, Linode interfaces and IP addresses from being deleted, and on a
// NodeBalancer its configs and their nodes. Linode answers such a request with a 400 naming the lock.
// Sources: techdocs "Delete a Linode", "Delete a disk", "Delete an IPv4 address", "Delete a
// configuration profile interface", "Delete a Linode interface", "Delete a NodeBalancer" (either
// lock), "Delete a config" and "Delete a NodeBalancer's node" (cannot_delete_with_subresources),
// "Delete a Kubernetes cluster" and "Delete a node pool" (a lock on the cluster, on the pool);
// terraform-provider-linode checks the lock before deleting a disk or config (PR 2237); the
// pulumi/terraform lock docs (deletion, rebuild, transfer); ansible_linode's lock_basic test (the
// refusal names the lock). The reason text follows Cloud Manager's mock of the API
// (mocks/presets/crud/handlers/locks.ts), its "(Lock ID: n)" as in the 400 linodego recorded for a
// second lock (TestTryToLockTwoResourcesWithTheSameType.yaml).
import { LOCKS } from '../data/today/locks.js';
import { ApiError } from '../errors.js';
import type { Handler, HandlerContext } from '../handlers/context.js';
import type { JsonObject } from '../types.js';

export const SUBRESOURCE_LOCK = 'cannot_delete_with_subresources';

/** The entity types Linode takes locks on (terraform-provider-linode's linode_lock, PR 2292). */
export const LOCKABLE_TYPES = ['linode', 'volume', 'nodebalancer', 'lkecluster', 'lkenodepool'] as const;
export type LockableType = (typeof LOCKABLE_TYPES)[number];

interface Guard {
  /** The locked entity's type and the path parameter holding its id. */
  type: LockableType;
  param: string;
  /** What the request does to the locked resource itself. */
  action?: 'deleted' | 'rebuilt';
  /** Or the subresource it deletes (only a `cannot_delete_with_subresources` lock refuses that). */
  subresource?: string;
}

const linodeSub = (subresource: string): Guard => ({ type: 'linode', param: 'linodeId', subresource });
const nodeBalancerSub = (subresource: string): Guard => ({ type: 'nodebalancer', param: 'nodeBalancerId', subresource });

/** Operations a lock can refuse, by operationId. */
const GUARDED: Record<string, Guard> = {
  deleteLinodeInstance: { type: 'linode', param: 'linodeId', action: 'deleted' },
  rebuildLinodeInstance: { type: 'linode', param: 'linodeId', action: 'rebuilt' },
  deleteVolume: { type: 'volume', param: 'volumeId', action: 'deleted' },
  deleteDisk: linodeSub('disk'),
  deleteLinodeConfig: linodeSub('config'),
  deleteLinodeConfigInterface: linodeSub('interface'),
  deleteLinodeInterface: linodeSub('interface'),
  removeLinodeIP: linodeSub('IP address'),
  deleteNodeBalancer: { type: 'nodebalancer', param: 'nodeBalancerId', action: 'deleted' },
  deleteNodeBalancerConfig: nodeBalancerSub('config'),
  deleteNodeBalancerConfigNode: nodeBalancerSub('node'),
  deleteLKECluster: { type: 'lkecluster', param: 'clusterId', action: 'deleted' },
  // A pool carries its own lock (linodego: only cannot_delete applies to pools); pool ids are unique.
  deleteLKENodePool: { type: 'lkenodepool', param: 'poolId', action: 'deleted' },
};

/** The locks on one entity. */
export function locksOn(ctx: HandlerContext, type: string, id: string): JsonObject[] {
  return (ctx.state.store.today[LOCKS] ?? []).filter((lock) => {
    const entity = lock.entity as { type?: unknown; id?: unknown } | undefined;
    return entity?.type === type && String(entity.id) === id;
  });
}

const TAIL = 'The lock must be removed by an account administrator.';

/** Why a lock keeps its own resource from `action` (deleted, rebuilt, transferred). */
export function lockedReason(type: string, lock: JsonObject, action: string): string {
  return `This ${type} is protected by a ${String(lock.lock_type)} lock (Lock ID: ${String(lock.id)}) and cannot be ${action}. ${TAIL}`;
}

function refusal(guard: Guard, lock: JsonObject): ApiError {
  const reason = guard.subresource
    ? `This ${guard.subresource} is protected by a ${String(lock.lock_type)} lock (Lock ID: ${String(lock.id)}) on the ${guard.type} and cannot be deleted. ${TAIL}`
    : lockedReason(guard.type, lock, guard.action ?? 'deleted');
  return new ApiError(400, [{ reason }]);
}

/** `handler`, refusing first what a lock on the named entity forbids. */
export function lockGuarded(operationId: string | undefined, handler: Handler): Handler {
  const guard = operationId ? GUARDED[operationId] : undefined;
  if (!guard) return handler;
  return (ctx) => {
    const locks = locksOn(ctx, guard.type, ctx.params[guard.param]);
    const lock = guard.subresource ? locks.find((l) => l.lock_type === SUBRESOURCE_LOCK) : locks[0];
    if (lock) throw refusal(guard, lock);
    return handler(ctx);
  };
}
