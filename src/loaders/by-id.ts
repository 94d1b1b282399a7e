// Loading many objects of one collection by id in the fewest upstream requests:
//   - a catalog: the whole list, fetched once (and cached across requests); an id it lacks (a plan
//     newer than the cached list) is asked for by id before it counts as missing. But one id alone,
//     in a request that reads no cache (`@fresh`, `Cache-Control: no-cache`) and has not started
//     reading the catalog: its own GET. The list would be one request too, a larger one, and Linode
//     rate-limits some catalog lists (images: 20 a minute);
//   - `id` filterable: one list request with an `+or` X-Filter per 100 ids;
//   - otherwise, for two or more ids: the first list page of 500 usually holds them all; the rest
//     of the list is read only when that costs fewer requests than one GET per missing id;
//   - a single id: its own GET.
import type { GatewayContext } from '../context.js';
import type { GetOptions } from './upstream-session.js';
import { MAX_PAGE_SIZE } from '../rest/page-plan.js';

type Item = Record<string, unknown>;

export interface ByIdSource {
  /** Collection path; one item at `${path}/${id}`. */
  path: string;
  /** The field identifying an item (`id`, or e.g. `username`). */
  idField: string;
  idFilterable: boolean;
  catalog?: GetOptions['cache'];
}

const OR_CHUNK = 100;

function byId(items: Item[], idField: string): Map<string, Item> {
  return new Map(items.map((item) => [String(item[idField]), item]));
}

async function getEach(ctx: GatewayContext, source: ByIdSource, ids: string[]): Promise<Map<string, Item | Error>> {
  const settled = await Promise.allSettled(
    ids.map((id) => ctx.upstream.get<Item>(`${source.path}/${id}`, { operation: `GET ${source.path}/{id}` })),
  );
  return new Map(ids.map((id, i) => [id, settled[i].status === 'fulfilled' ? settled[i].value : (settled[i].reason as Error)]));
}

/** Items by id (validated, path-safe strings); ids Linode does not have are absent from the map. */
export async function loadManyById(ctx: GatewayContext, source: ByIdSource, ids: string[]): Promise<Map<string, Item | Error>> {
  const operation = `GET ${source.path}`;
  if (source.catalog) {
    if (ids.length === 1 && ctx.upstream.readsFresh && !ctx.upstream.readsWhole(source.path, { operation, cache: source.catalog }))
      return getEach(ctx, source, ids);
    const found: Map<string, Item | Error> = byId(
      await ctx.upstream.all<Item>(source.path, { operation, cache: source.catalog }),
      source.idField,
    );
    const missing = ids.filter((id) => !found.has(id));
    if (missing.length > 0) for (const [id, item] of await getEach(ctx, source, missing)) found.set(id, item);
    return found;
  }
  if (source.idFilterable) return gathered(ctx, source, ids);
  if (ids.length === 1) return getEach(ctx, source, ids);
  let found: Map<string, Item | Error> = new Map();
  const list = await listIfCheaper<Item>(ctx, source.path, operation, (first) => {
    found = byId(first, source.idField);
    return ids.filter((id) => !found.has(id)).length;
  });
  if (list) return byId(list, source.idField);
  for (const [id, item] of await getEach(
    ctx,
    source,
    ids.filter((id) => !found.has(id)),
  ))
    found.set(id, item);
  return found;
}

/** How long a batch of ids waits at most for the request's other reads to land (see gathered). */
const GATHER_MAX_MS = 50;

interface Gathering {
  ids: Set<string>;
  answer: Promise<Map<string, Item | Error>>;
}

/** Per GraphQL request, the batch of ids of each collection still gathering. */
const gatherings = new WeakMap<GatewayContext, Map<string, Gathering>>();

/**
 * Ids of a collection filterable by id, gathered while any of the request's reads is in flight
 * (at most GATHER_MAX_MS), then asked for together. DataLoader batches what one tick asks for,
 * but sibling lists answer a few ms apart (an LKE cluster's pools, each naming its nodes'
 * instances), and each would otherwise send a list request of its own.
 */
function gathered(ctx: GatewayContext, source: ByIdSource, ids: string[]): Promise<Map<string, Item | Error>> {
  let open = gatherings.get(ctx);
  if (!open) gatherings.set(ctx, (open = new Map<string, Gathering>()));
  const byPath = open;
  let gathering = byPath.get(source.path);
  if (!gathering) {
    const all = new Set<string>();
    const answer = ctx.upstream.whenQuiet(GATHER_MAX_MS).then(() => {
      byPath.delete(source.path);
      return byFilter(ctx, source, [...all]);
    });
    gathering = { ids: all, answer };
    byPath.set(source.path, gathering);
  }
  for (const id of ids) gathering.ids.add(id);
  return gathering.answer;
}

/** Items by id through the `+or` X-Filter, 100 ids a request; one id alone is its own GET. */
async function byFilter(ctx: GatewayContext, source: ByIdSource, ids: string[]): Promise<Map<string, Item | Error>> {
  if (ids.length === 1) return getEach(ctx, source, ids);
  const chunks: string[][] = [];
  for (let i = 0; i < ids.length; i += OR_CHUNK) chunks.push(ids.slice(i, i + OR_CHUNK));
  const pages = await Promise.all(
    chunks.map((chunk) =>
      ctx.upstream.page<Item>(source.path, 1, Math.max(25, chunk.length), {
        operation: `GET ${source.path}`,
        filter: { '+or': chunk.map((id) => ({ id: Number(id) })) },
      }),
    ),
  );
  return byId(
    pages.flatMap((p) => p.data),
    source.idField,
  );
}

/**
 * A list read whole, when that is the cheaper way: its first page of 500 (which usually holds all
 * of it), then its other pages if they are no more than the requests the caller would make
 * instead, one per thing it still lacks (`lacking`, told the first page). Undefined when one
 * request per thing is cheaper; the caller then makes those.
 */
export async function listIfCheaper<T>(
  ctx: GatewayContext,
  path: string,
  operation: string,
  lacking: (firstPage: T[]) => number,
): Promise<T[] | undefined> {
  const first = await ctx.upstream.page<T>(path, 1, MAX_PAGE_SIZE, { operation });
  const remainingPages = first.pages - 1;
  const instead = lacking(first.data);
  if (instead === 0 || remainingPages === 0) return first.data;
  if (remainingPages > instead) return undefined;
  const rest = await Promise.all(
    Array.from({ length: remainingPages }, (_, i) => ctx.upstream.page<T>(path, i + 2, MAX_PAGE_SIZE, { operation })),
  );
  return [...first.data, ...rest.flatMap((p) => p.data)];
}
