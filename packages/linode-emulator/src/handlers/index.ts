// Handlers by operationId, plus generic answers for the operations the emulator does not model.
import type { OperationFact } from 'linode-facts/spec';
import { ApiError, notFound } from '../errors.js';
import { parseTime } from '../time.js';
import type { EventRecord } from '../records.js';
import type { EmulatorStore, JsonObject } from '../types.js';
import { getThumbnail } from './account-oauth.js';
import { getUserGrants } from './account-self.js';
import { catalogHandlers } from './catalogs.js';
import { collectionHandler, collectionHandlers, parentExists } from './collections.js';
import { databaseHandlers } from './database-handlers.js';
import { findDomain } from './places.js';
import { list, ok, type Handler, type HandlerContext } from './context.js';
import { derivedHandlers } from './derived.js';
import { dnsReadHandlers } from './dns-reads.js';
import { instanceReadHandlers } from './instance-reads.js';
import { instanceWriteHandlers } from './instance-writes.js';
import { managedHandlers } from './managed-handlers.js';
import { NODEBALANCER_STATS, nodeBalancerHandlers } from './nodebalancer-handlers.js';
import { objectStorageHandlers } from './object-storage-handlers.js';
import { lkeReadHandlers } from './lke-reads.js';
import { usageHandlers } from './usage.js';
import { volumeHandlers } from './volumes.js';
import { writeHandler } from './write-table.js';
import { todayHandlers } from '../today/index.js';
import { lockGuarded } from '../today/lock-guard.js';

const handlers: Record<string, Handler> = {
  ...catalogHandlers,
  ...instanceReadHandlers,
  ...instanceWriteHandlers,
  ...volumeHandlers,
  ...collectionHandlers,
  ...derivedHandlers,
  ...usageHandlers,
  ...databaseHandlers,
  ...objectStorageHandlers,
  ...nodeBalancerHandlers,
  ...managedHandlers,
  ...lkeReadHandlers,
  ...dnsReadHandlers,
  ...todayHandlers,
  getEvents: (ctx) => list(recentEvents(ctx)),
  getDomains: (ctx) => list(ctx.state.store.domains),
  getDomain: (ctx) => ok(findDomain(ctx)),
  getDomainRecords: (ctx) => list(ctx.state.store.recordsByDomain[findDomain(ctx).id] ?? []),
  getDomainRecord: (ctx) => {
    const record = (ctx.state.store.recordsByDomain[findDomain(ctx).id] ?? []).find((r) => r.id === Number(ctx.params.recordId));
    if (!record) throw notFound();
    return ok(record);
  },
  // Unrestricted users have every grant, so Linode answers 204 without a body.
  getProfileGrants: (ctx) =>
    ctx.state.store.singletons['/profile']?.restricted
      ? ok(ctx.state.store.singletons['/profile/grants'])
      : { status: 204, body: undefined },
  getUserGrants,
  getClientThumbnail: getThumbnail,
  getEvent: (ctx) => {
    const event = ctx.state.store.events.find((e) => e.id === Number(ctx.params.eventId));
    if (!event) throw notFound();
    return ok(event);
  },
};

const EVENTS_WINDOW_MS = 90 * 86_400_000;

/** The events list covers the last 90 days only. */
function recentEvents(ctx: HandlerContext): EventRecord[] {
  const since = ctx.state.now() - EVENTS_WINDOW_MS;
  return ctx.state.store.events.filter((e) => parseTime(e.created) >= since);
}

/** Collections the emulator models, by the path parameter that names one of their items. */
const modelled = (store: EmulatorStore): Record<string, JsonObject[]> => ({
  linodeId: store.instances,
  volumeId: store.volumes,
  imageId: store.images,
  regionId: store.regions,
  typeId: store.types,
  kernelId: store.kernels,
  eventId: store.events,
  domainId: store.domains,
});

/**
 * The handler of `op`. Collections of data/collections.ts answer their lists and items; other
 * unmodelled collections are empty (an account without placement groups, say), so their lists
 * answer no items and their items are not found; unmodelled singletons (/account, /profile...)
 * are generated from the facts; the rest is reported as not implemented.
 */
/** Operations the spec gives no operationId, by method and path. */
const unnamedHandlers: Record<string, Handler> = {
  [`GET ${NODEBALANCER_STATS.path}`]: NODEBALANCER_STATS.handler,
};

export function handlerFor(op: OperationFact): Handler {
  const known = ownHandler(op);
  if (known) return lockGuarded(op.operationId, known);
  if (op.method === 'GET' && !op.pathParams.length) {
    if (op.paginated) return () => list([]);
    return (ctx) => ok(ctx.state.store.singletons[op.path] ?? {});
  }
  return (ctx) => {
    const { params, state } = ctx;
    const parent = op.pathParams[0];
    const inCollection = parentExists(op, ctx);
    if (inCollection === false) throw notFound();
    if (parent && inCollection === undefined) {
      const items = modelled(state.store)[parent.name];
      if (!items?.some((i) => String(i.id) === params[parent.name])) throw notFound();
    }
    throw new ApiError(501, [{ reason: `${op.method} ${op.path} is not implemented by the emulator` }]);
  };
}

/** The handler that models `op`, or undefined when only the generic answers of handlerFor serve it. */
export function ownHandler(op: OperationFact): Handler | undefined {
  return (
    (op.operationId ? handlers[op.operationId] : unnamedHandlers[`${op.method} ${op.path}`]) ??
    collectionHandler(op) ??
    (op.method !== 'GET' ? writeHandler(op) : undefined)
  );
}
