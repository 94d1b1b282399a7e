// The resources a lock can name: each carries the lock types on it in its `locks`, and the lock
// names it by the url of its own GET (recorded for Linodes and NodeBalancers: linodego's TestLocks
// and TestNodeBalancer_Locks; a pool's url, unrecorded, is its GET's path).
import type { HandlerContext } from '../handlers/context.js';
import type { JsonObject } from '../types.js';
import type { LockableType } from './lock-guard.js';

export interface Lockable {
  target: JsonObject;
  url: string;
}

const POOLS = /^\/lke\/clusters\/(\d+)\/pools$/;

/** The resource of a lockable type with this id, or undefined. */
export function findLockable(ctx: HandlerContext, type: LockableType, id: number): Lockable | undefined {
  const { store } = ctx.state;
  const at = (items: JsonObject[] | undefined, base: string): Lockable | undefined => {
    const target = items?.find((i) => i.id === id);
    return target && { target, url: `/v4${base}/${id}` };
  };
  if (type === 'linode') return at(store.instances, '/linode/instances');
  if (type === 'volume') return at(store.volumes, '/volumes');
  if (type === 'nodebalancer') return at(store.collections['/nodebalancers'], '/nodebalancers');
  if (type === 'lkecluster') return at(store.collections['/lke/clusters'], '/lke/clusters');
  for (const [path, pools] of Object.entries(store.collections)) {
    const cluster = POOLS.exec(path)?.[1];
    const found = cluster === undefined ? undefined : at(pools, `/lke/clusters/${cluster}/pools`);
    if (found) return found;
  }
  return undefined;
}
