// Relay connections onto Linode's page/page_size pagination: the window the arguments ask for is
// fetched in the fewest requests (src/rest/page-plan.ts) and sliced locally.
import type { GatewayContext } from '../../context.js';
import type { GetOptions } from '../../loaders/upstream-session.js';
import { MAX_PAGE_SIZE } from '../../rest/page-plan.js';
import { ArgumentError, connectionPageInfo, CursorError, encodeCursor, resolveWindow, type ConnectionArgs } from './relay-window.js';
import { badInput } from './ids.js';

export const DEFAULT_FIRST = 100;
export const MAX_FIRST = MAX_PAGE_SIZE;

export interface ConnectionResult<T> {
  edges: Array<{ cursor: string; node: T }>;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  totalCount: number;
}

/**
 * An edge whose cursor is encoded only when a query selects it: most select `nodes`, and a
 * Dashboard has some 250 child edges.
 */
class Edge<T> {
  constructor(
    readonly node: T,
    private readonly offset: number,
  ) {}

  get cursor(): string {
    return encodeCursor(this.offset);
  }

  /** The edge at the same place with another node. */
  holding<U>(node: U): Edge<U> {
    return new Edge(node, this.offset);
  }
}

/**
 * The page's place: its cursors, like an edge's, are encoded only when a query selects them (a
 * Dashboard has some 100 child connections and selects none).
 */
class PageInfo {
  readonly hasPreviousPage: boolean;
  readonly hasNextPage: boolean;

  constructor(
    private readonly offset: number,
    private readonly count: number,
    total: number,
  ) {
    ({ hasPreviousPage: this.hasPreviousPage, hasNextPage: this.hasNextPage } = connectionPageInfo(offset, count, total));
  }

  get startCursor(): string | null {
    return this.count > 0 ? encodeCursor(this.offset) : null;
  }

  get endCursor(): string | null {
    return this.count > 0 ? encodeCursor(this.offset + this.count - 1) : null;
  }
}

/** Builds the connection shape for the items at [offset, offset+items.length) of `total`. */
export function toConnection<T>(items: T[], offset: number, total: number): ConnectionResult<T> {
  const edges = new Array<Edge<T>>(items.length);
  for (let i = 0; i < items.length; i += 1) edges[i] = new Edge(items[i], offset + i);
  return { edges, pageInfo: new PageInfo(offset, items.length, total), totalCount: total };
}

/** The same connection with each node replaced by `map(node)` (cursors unchanged). */
export function mapNodes<T, U>(connection: ConnectionResult<T>, map: (node: T) => U): ConnectionResult<U> {
  const edges = connection.edges.map((edge: { cursor: string; node: T }) => {
    const node = map(edge.node);
    return edge instanceof Edge ? edge.holding(node) : { cursor: edge.cursor, node };
  });
  return { ...connection, edges };
}

/** The window the arguments ask for, or BAD_USER_INPUT; call before fetching anything. */
export function windowSpec(args: ConnectionArgs) {
  for (const name of ['first', 'last'] as const) {
    const value = args[name];
    if (value != null && value > MAX_FIRST) {
      throw badInput(`\`${name}\` is ${value}; the maximum is ${MAX_FIRST}. Page with \`after\`/\`before\` for more.`, {
        argument: name,
        maximum: MAX_FIRST,
      });
    }
  }
  try {
    return resolveWindow(args, DEFAULT_FIRST);
  } catch (error) {
    if (error instanceof CursorError || error instanceof ArgumentError) throw badInput(error.message);
    throw error;
  }
}

/** A connection over a Linode collection endpoint. */
export async function fetchConnection<T>(
  ctx: GatewayContext,
  path: string,
  args: ConnectionArgs,
  options: GetOptions = {},
): Promise<ConnectionResult<T>> {
  const spec = windowSpec(args);
  if (spec.kind === 'window') {
    if (spec.limit === 0) {
      const probe = await ctx.upstream.page<T>(path, 1, 25, options);
      return toConnection([], spec.offset, probe.results);
    }
    const { items, total } = await ctx.upstream.window<T>(path, spec.offset, spec.limit, options);
    return toConnection(items, spec.offset, total);
  }
  // `last` without `before`: the end is unknown until Linode tells the total. One large first
  // page usually holds the whole tail; otherwise a second, planned request fetches it.
  const probe = await ctx.upstream.page<T>(path, 1, MAX_PAGE_SIZE, options);
  const { offset, limit } = spec.resolve(probe.results);
  if (offset + limit <= probe.data.length) return toConnection(probe.data.slice(offset, offset + limit), offset, probe.results);
  const { items } = await ctx.upstream.window<T>(path, offset, limit, options);
  return toConnection(items, offset, probe.results);
}

/** A connection over a list already in memory (a cached catalog, or children fetched whole). */
export function arrayConnection<T>(all: T[], args: ConnectionArgs): ConnectionResult<T> {
  const spec = windowSpec(args);
  const { offset, limit } = spec.kind === 'window' ? spec : spec.resolve(all.length);
  return toConnection(all.slice(offset, offset + limit), offset, all.length);
}
