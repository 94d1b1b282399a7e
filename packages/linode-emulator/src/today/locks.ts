// Locks (today's API): on Linodes, volumes, NodeBalancers, LKE clusters and node pools, whose
// `locks` list the lock types they carry; one lock per resource. Linode answers a lock on anything
// else, on a Linode of an LKE cluster, or a second one, with a 400. What a lock refuses is in
// lock-guard.ts.
import { LOCKS } from '../data/today/locks.js';
import { badRequest, notFound } from '../errors.js';
import type { JsonObject } from '../types.js';
import { list, ok, type Handler, type HandlerContext } from '../handlers/context.js';
import { isInteger, isString } from '../handlers/validate.js';
import { createHandler, deleteHandler, type WriteRules } from '../handlers/writes.js';
import { LOCKABLE_TYPES, locksOn, SUBRESOURCE_LOCK, type LockableType } from './lock-guard.js';
import { findLockable } from './lockable.js';
import { todaySchemas } from './operations.js';

const LOCK_TYPES = ['cannot_delete', SUBRESOURCE_LOCK];

const locks = (ctx: HandlerContext): JsonObject[] => (ctx.state.store.today[LOCKS] ??= []);

const isLockable = (type: unknown): type is LockableType => LOCKABLE_TYPES.includes(type as LockableType);
const entityOf = (lock: JsonObject) => lock.entity as { id: number; type: LockableType };
const typesOn = (target: JsonObject) => (Array.isArray(target.locks) ? (target.locks as string[]) : []);

const rules: WriteRules = {
  place: (ctx) => ({ items: locks(ctx), parent: undefined }),
  idKind: 'lock',
  check(ctx, errors) {
    const { body } = ctx;
    if (!isString(errors, body, 'entity_type') || !isInteger(errors, body, 'entity_id')) return;
    // Worded as Cloud Manager's mock of the API (mocks/presets/crud/handlers/locks.ts).
    if (!isLockable(body.entity_type)) throw badRequest(`Unsupported entity type: ${body.entity_type}`);
    const found = findLockable(ctx, body.entity_type, body.entity_id);
    const [held] = locksOn(ctx, body.entity_type, String(body.entity_id));
    // As recorded by linodego (TestTryToCreateWithInvalidData.yaml).
    if (!found) errors.add('entity_id', 'entity_id is not valid');
    // A node of an LKE cluster (terraform-provider-linode's linode_lock docs; Cloud Manager's mock words it).
    else if (body.entity_type === 'linode' && found.target.lke_cluster_id) errors.add('entity_id', 'Linode belongs to an LKE Cluster');
    // One lock per resource, of either type (TestTryToLockTwoResourcesWithTheSameType.yaml).
    else if (held)
      errors.add(
        'lock_type',
        `The ${String(held.lock_type)} lock (Lock ID: ${String(held.id)}) needs to be removed to add ${String(body.lock_type)} lock. ` +
          `Can only have one of: ${LOCK_TYPES.join(', ')} locks`,
      );
  },
  initial(ctx) {
    const { entity_type: type, entity_id: id } = ctx.body as { entity_type: LockableType; entity_id: number };
    const { target, url } = findLockable(ctx, type, id) as { target: JsonObject; url: string };
    // A pool's label may be null (quirks/new-keys.ts); what a lock then names is unrecorded: "".
    return { entity: { id, type, label: typeof target.label === 'string' ? target.label : '', url } };
  },
  created(ctx, item) {
    const target = findLockable(ctx, entityOf(item).type, entityOf(item).id)?.target;
    if (target) target.locks = [...typesOn(target), String(item.lock_type)];
  },
  deleted(ctx, item) {
    const target = findLockable(ctx, entityOf(item).type, entityOf(item).id)?.target;
    if (target) target.locks = typesOn(target).filter((t) => t !== item.lock_type);
  },
};

export const lockHandlers: Record<string, Handler> = {
  getLocks: (ctx) => list(locks(ctx)),
  getLock: (ctx) => {
    const lock = locks(ctx).find((l) => String(l.id) === ctx.params.lockId);
    if (!lock) throw notFound();
    return ok(lock);
  },
  createLock: createHandler(rules, () => todaySchemas.Lock),
  deleteLock: deleteHandler(rules),
};
