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

/**
 * With a delimiter, S3 answers the names under a deeper "folder" as one entry, the folder's name
 * up to the delimiter, whose other fields are null (Linode's API reference: "null if this object
 * represents a prefix").
 */
function groupByDelimiter(objects: JsonObject[], prefix: string, delimiter: string): JsonObject[] {
  if (!delimiter) return objects;
  const out: JsonObject[] = [];
  for (const object of objects) {
    const name = String(object.name);
    const cut = name.indexOf(delimiter, prefix.length);
    if (cut < 0) out.push(object);
    else if (out.at(-1)?.name !== name.slice(0, cut + delimiter.length))
      out.push({ name: name.slice(0, cut + delimiter.length), etag: null, last_modified: null, owner: null, size: null });
  }
  return out;
}

/** S3-style listing: names after `marker` starting with `prefix` (grouped by `delimiter`), `page_size` at a time. */
function objectList(ctx: HandlerContext): JsonObject {
  const { clusterId, bucket } = ctx.params;
  if (!(ctx.state.store.collections[collectionPath(BUCKETS, clusterId)] ?? []).some((b) => b.label === bucket)) throw notFound();
  const size = Number(ctx.query.get('page_size') ?? 100);
  // The API's shared page size rule (the spec's pageSize parameter): 25 to 500.
  if (!Number.isInteger(size) || size < 25 || size > 500) throw badRequest('page_size must be an integer between 25 and 500', 'page_size');
  const prefix = ctx.query.get('prefix') ?? '';
  const marker = ctx.query.get('marker') ?? '';
  const delimiter = ctx.query.get('delimiter') ?? '';
  const matching = groupByDelimiter(
    (ctx.state.store.bucketObjects[`${clusterId}/${bucket}`] ?? []).filter((o) => o.name.startsWith(prefix)),
    prefix,
    delimiter,
  ).filter((o) => String(o.name) > marker);
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
