// Reads of usage in bytes: an instance's network transfer, and Object Storage buckets and objects.
import { collectionPath } from '../data/collections.js';
import { BUCKETS } from '../data/object-storage.js';
import { lastDayStats, monthStats } from '../data/stats.js';
import { currentTransfer, monthlyTransfer } from '../data/transfer.js';
import { badRequest, notFound } from '../errors.js';
import type { JsonObject } from '../types.js';
import { findInstance, list, ok, type Handler, type HandlerContext } from './context.js';

export function yearMonth(ctx: HandlerContext): [number, number] {
  const year = Number(ctx.params.year);
  const month = Number(ctx.params.month);
  if (!Number.isInteger(year) || year < 2000 || year > 2100) throw badRequest('year must be a four-digit year', 'year');
  if (!Number.isInteger(month) || month < 1 || month > 12) throw badRequest('month must be 1 to 12', 'month');
  return [year, month];
}

/** Every bucket, cluster by cluster. */
const allBuckets = (ctx: HandlerContext): JsonObject[] =>
  Object.entries(ctx.state.store.collections)
    .filter(([path]) => /^\/object-storage\/buckets\/[^/]+$/.test(path))
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .flatMap(([, buckets]) => buckets);

/** S3-style listing: names after `marker` starting with `prefix`, `page_size` at a time. */
function objectList(ctx: HandlerContext): JsonObject {
  const { clusterId, bucket } = ctx.params;
  if (!(ctx.state.store.collections[collectionPath(BUCKETS, clusterId)] ?? []).some((b) => b.label === bucket)) throw notFound();
  const size = Number(ctx.query.get('page_size') ?? 100);
  if (!Number.isInteger(size) || size < 1 || size > 500) throw badRequest('page_size must be 1 to 500', 'page_size');
  const prefix = ctx.query.get('prefix') ?? '';
  const marker = ctx.query.get('marker') ?? '';
  const matching = (ctx.state.store.bucketObjects[`${clusterId}/${bucket}`] ?? []).filter(
    (o) => o.name.startsWith(prefix) && o.name > marker,
  );
  const data = matching.slice(0, size);
  const truncated = matching.length > size;
  return { data, next_marker: truncated ? data[data.length - 1].name : null, is_truncated: truncated };
}

export const usageHandlers: Record<string, Handler> = {
  getLinodeTransfer: (ctx) => ok(currentTransfer(findInstance(ctx), ctx.state.now())),
  getLinodeTransferByYearMonth: (ctx) => {
    const instance = findInstance(ctx);
    const [year, month] = yearMonth(ctx);
    return ok(monthlyTransfer(instance, year, month, ctx.state.now()));
  },
  getLinodeStats: (ctx) => ok(lastDayStats(findInstance(ctx), ctx.state.now())),
  getLinodeStatsByYearMonth: (ctx) => {
    const instance = findInstance(ctx);
    const [year, month] = yearMonth(ctx);
    return ok(monthStats(instance, year, month, ctx.state.now()));
  },
  getObjectStorageBuckets: (ctx) => list(allBuckets(ctx)),
  getObjectStorageBucketContent: (ctx) => ok(objectList(ctx)),
};
