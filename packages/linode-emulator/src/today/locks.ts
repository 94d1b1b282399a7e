// Locks (today's API): on Linodes and volumes, whose `locks` list the lock types they carry; one
// lock per resource. Linode answers a lock on anything else, or a second one, with a 400. What a
// lock refuses is in lock-guard.ts.
import { LOCKS } from '../data/today/locks.js';
import { notFound } from '../errors.js';
import type { JsonObject } from '../types.js';
import { list, ok, type Handler, type HandlerContext } from '../handlers/context.js';
import { isInteger, isString } from '../handlers/validate.js';
import { createHandler, deleteHandler, type WriteRules } from '../handlers/writes.js';
import { locksOn, SUBRESOURCE_LOCK } from './lock-guard.js';
import { todaySchemas } from './operations.js';

const LOCK_TYPES = ['cannot_delete', SUBRESOURCE_LOCK];

const locks = (ctx: HandlerContext): JsonObject[] => (ctx.state.store.today[LOCKS] ??= []);

/** The lockable resource an entity type and id name: Linodes and volumes carry their locks. */
function lockable(ctx: HandlerContext, type: string, id: number): JsonObject | undefined {
  if (type === 'linode') return ctx.state.store.instances.find((i) => i.id === id);
  if (type === 'volume') return ctx.state.store.volumes.find((v) => v.id === id);
  return undefined;
}

const entityOf = (lock: JsonObject) => lock.entity as { id: number; type: string };
const typesOn = (target: JsonObject) => (Array.isArray(target.locks) ? (target.locks as string[]) : []);

const rules: WriteRules = {
  place: (ctx) => ({ items: locks(ctx), parent: undefined }),
  idKind: 'lock',
  check(ctx, errors) {
    const { body } = ctx;
    if (!isString(errors, body, 'entity_type') || !isInteger(errors, body, 'entity_id')) return;
    const target = lockable(ctx, body.entity_type, body.entity_id);
    const [held] = locksOn(ctx, body.entity_type, String(body.entity_id));
    if (body.entity_type !== 'linode' && body.entity_type !== 'volume')
      errors.add('entity_type', 'Locks are not supported for this entity type');
    // As recorded by linodego (TestTryToCreateWithInvalidData.yaml).
    else if (!target) errors.add('entity_id', 'entity_id is not valid');
    // One lock per resource, of either type (TestTryToLockTwoResourcesWithTheSameType.yaml).
    else if (held)
      errors.add(
        'lock_type',
        `The ${String(held.lock_type)} lock (Lock ID: ${String(held.id)}) needs to be removed to add ${String(body.lock_type)} lock. ` +
          `Can only have one of: ${LOCK_TYPES.join(', ')} locks`,
      );
  },
  initial(ctx) {
    const { entity_type: type, entity_id: id } = ctx.body as { entity_type: string; entity_id: number };
    const target = lockable(ctx, type, id) as JsonObject;
    const base = type === 'linode' ? '/linode/instances' : '/volumes';
    return { entity: { id, type, label: String(target.label), url: `/v4${base}/${id}` } };
  },
  created(ctx, item) {
    const target = lockable(ctx, entityOf(item).type, entityOf(item).id);
    if (target) target.locks = [...typesOn(target), String(item.lock_type)];
  },
  deleted(ctx, item) {
    const target = lockable(ctx, entityOf(item).type, entityOf(item).id);
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
