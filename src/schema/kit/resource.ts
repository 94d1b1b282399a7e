// One declaration per Linode resource: from it come the node type (every documented field), the
// filter and order inputs, the shared connection type, the by-id loader and the root fields.
import { GraphQLError } from 'graphql';
import type { GatewayContext } from '../../context.js';
import { facts, schemaFact, filterableFields } from 'linode-facts';
import { loadManyById } from '../../loaders/by-id.js';
import type { GetOptions } from '../../loaders/upstream-session.js';
import { compileXFilter, FilterError, FilterLimitError, type FilterLimits } from '../../rest/xfilter.js';
import { limitError } from '../../security/errors.js';
import type { ConnectionArgs } from './relay-window.js';
import { builder } from '../builder.js';
import { applyXFilter } from '../../rest/local-filter.js';
import { arrayConnection, fetchConnection, windowSpec, type ConnectionResult } from './connection.js';
import { factFields, linodeObjectExtensions, resourceTypeNames, type LinodeRecord } from './fact-fields.js';
import { filterSupport, type FilterSupport } from './filters.js';
import { badInput, validId, type IdKind } from './ids.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = any;

export interface ResourceConfig {
  /** GraphQL type name, e.g. `Instance`. */
  name: string;
  /** Linode schema name in the facts, e.g. `Linode`. */
  schema: string;
  description: string;
  /** Collection path; one item lives at `${path}/{id}`. */
  path: string;
  idKind: IdKind;
  /** The Linode field that identifies an item, when it is not `id` (users: `username`). */
  idField?: string;
  /** Root query fields: `one` takes `id`, `many` is a connection. */
  root?: { one?: string; many?: string };
  /** A catalog is fetched whole, looked up from there, and shared across requests. */
  catalog?: { scope: 'public' | 'private'; ttlMs: number };
  /**
   * For a catalog Linode cannot filter: fields the gateway filters and sorts by itself, on the
   * whole (cached) catalog, with X-Filter's meaning (src/rest/local-filter.ts).
   */
  localFilter?: string[];
  /** Linode fields replaced by relations or left out. */
  omit?: string[];
  /** Relation fields (and anything else not generated from the facts). */
  relations?: (t: Loose) => Record<string, Loose>;
}

export interface Resource {
  config: ResourceConfig;
  ref: Loose;
  connection: Loose;
  filter: FilterSupport | null;
  /** Resolves a connection over a collection of this resource (root or child path). */
  resolveConnection(ctx: GatewayContext, args: ConnectionArgs & ListArgs, path?: string): Promise<ConnectionResult<LinodeRecord>>;
  /** Loads one item by id through the request's loader, or null plus NOT_FOUND. */
  loadOne(ctx: GatewayContext, id: string | number): Promise<LinodeRecord>;
  /** A connection field over a sub-collection of this resource (`instance.firewalls`). */
  connectionField(t: Loose, description: string, pathOf: (parent: LinodeRecord) => string): Loose;
}

export interface ListArgs {
  filter?: Record<string, unknown> | null;
  orderBy?: { field: string; direction: 'ASC' | 'DESC' } | null;
}

export function notFound(type: string, id: string | number): GraphQLError {
  return new GraphQLError(`${type} ${JSON.stringify(String(id))} was not found.`, {
    extensions: { code: 'NOT_FOUND', type, id: String(id) },
  });
}

/**
 * How a catalog is shared: by everyone only when the spec marks its list operation public
 * (linode-facts `OperationFact.public`), otherwise per token, whatever the declaration says.
 */
export function catalogRule(config: ResourceConfig): ResourceConfig['catalog'] {
  if (!config.catalog) return undefined;
  const isPublic = facts.operations.some((op) => op.method === 'GET' && op.path === config.path && op.public === true);
  return { ...config.catalog, scope: config.catalog.scope === 'public' && isPublic ? 'public' : 'private' };
}

/** The request loader's batch: see src/loaders/by-id.ts for the strategy. */
async function loadByIds(
  config: ResourceConfig,
  ctx: GatewayContext,
  keys: ReadonlyArray<string | number>,
): Promise<Array<LinodeRecord | Error>> {
  // Keys come from arguments (strings) and from upstream data (numbers); both go into paths.
  const ids = keys.map((key) => validId(config.idKind, key));
  const idField = config.idField ?? 'id';
  const source = {
    path: config.path,
    idField,
    idFilterable: filterableFields(config.schema).includes(idField) && idField === 'id',
    catalog: catalogRule(config),
  };
  const found = await loadManyById(ctx, source, ids);
  return ids.map((id) => {
    const item = found.get(id);
    if (item instanceof Error) return item;
    return item ? tagType(item, config.name) : notFound(config.name, id);
  });
}

/** Marks a Linode object with its GraphQL type, for the Node interface and unions. */
export function tagType(item: LinodeRecord, typename: string): LinodeRecord {
  if (!('__typename' in item)) Object.defineProperty(item, '__typename', { value: typename, enumerable: false });
  return item;
}

/** The X-Filter of a list's `filter` and `orderBy`, within the gateway's filter limits. */
export function compileListArgs(support: FilterSupport | null, args: ListArgs, limits?: FilterLimits): Record<string, unknown> | undefined {
  if (!support) return undefined;
  try {
    return compileXFilter(args.filter ?? undefined, support.fields, args.orderBy ?? undefined, limits);
  } catch (error) {
    if (error instanceof FilterError) throw badInput(error.message);
    if (error instanceof FilterLimitError) throw limitError(error.code, error.message, error.details);
    throw error;
  }
}

/** Public catalogs change rarely and are the same for everyone: shared for an hour. */
export const PUBLIC_CATALOG = { scope: 'public', ttlMs: 60 * 60 * 1000 } as const;

/** Every declared resource, for coverage checks against the facts. */
export const declaredResources: Resource[] = [];

/**
 * Drops what this request's loaders hold, so objects are read again: a long-lived request (a
 * subscription) must not deliver the state of an object as it was at its first delivery.
 */
export function forgetLoaded(ctx: GatewayContext): void {
  ctx.upstream.forgetReads();
  for (const resource of declaredResources) resource.ref.getDataloader(ctx).clearAll();
}

export function defineResource(config: ResourceConfig): Resource {
  const fact = schemaFact(config.schema);
  const support = filterSupport(config.name, config.schema, config.catalog ? config.localFilter : undefined);
  resourceTypeNames.add(config.name);
  const idOf = (item: LinodeRecord) => String(item[config.idField ?? 'id']);
  const catalog = catalogRule(config);

  const ref: Loose = builder.loadableNode(config.name, {
    description: config.description,
    extensions: linodeObjectExtensions(fact, config.idField ?? 'id'),
    id: { resolve: idOf, parse: (id: string) => validId(config.idKind, id) },
    load: (ids: Array<string | number>, ctx: GatewayContext) => loadByIds(config, ctx, ids),
    toKey: idOf,
    cacheResolved: true,
    loaderOptions: { cacheKeyFn: (key: unknown) => String(key) },
    fields: (t: Loose) => ({
      ...(config.idField ? { id: t.id({ description: `Linode's identifier (\`${config.idField}\`).`, resolve: idOf }) } : {}),
      ...factFields(t, config.name, config.schema, fact, { omit: config.omit, node: true }),
      ...(config.relations?.(t) ?? {}),
    }),
  } as Loose);

  const connection: Loose = builder.connectionObject({ type: ref, name: `${config.name}Connection` } as Loose);

  const resource: Resource = {
    config,
    ref,
    connection,
    filter: support,
    async resolveConnection(ctx, args, path = config.path) {
      const filter = compileListArgs(support, args, ctx.filterLimits);
      const options: GetOptions = { operation: `GET ${path}`, filter };
      const local = Boolean(config.localFilter);
      if (config.catalog && (!filter || local) && path === config.path) {
        windowSpec(args); // bad arguments fail before the catalog is fetched
        const all = await ctx.upstream.all<LinodeRecord>(path, { operation: options.operation, cache: catalog });
        return arrayConnection((local && filter ? applyXFilter(all, filter) : all).map(tag), args);
      }
      const result = await fetchConnection<LinodeRecord>(ctx, path, args, options);
      for (const edge of result.edges) tag(edge.node);
      return result;
    },
    async loadOne(ctx, id) {
      return ref.getDataloader(ctx).load(validId(config.idKind, id));
    },
    connectionField: (t, description, pathOf) =>
      t.connection(
        {
          type: ref,
          nullable: true,
          description,
          args: listArgs(t, support),
          resolve: (parent: LinodeRecord, args: ConnectionArgs & ListArgs, ctx: GatewayContext) =>
            resource.resolveConnection(ctx, args, pathOf(parent)),
        },
        connection,
      ),
  };

  const tag = (item: LinodeRecord) => tagType(item, config.name);

  declaredResources.push(resource);

  if (config.root?.one) {
    builder.queryField(config.root.one, (t) =>
      t.field({
        type: ref,
        nullable: true,
        description: `One ${config.name} by its Linode id; null with a NOT_FOUND error when there is none.`,
        args: { id: t.arg.id({ required: true }) },
        resolve: (_root: unknown, args: { id: string }) => validId(config.idKind, args.id),
      } as Loose),
    );
  }
  if (config.root?.many) {
    builder.queryField(config.root.many, (t) =>
      (t as Loose).connection(
        {
          type: ref,
          nullable: true,
          description: `${config.name} list, paged onto Linode's pages.`,
          args: listArgs(t, support),
          resolve: (_root: unknown, args: ConnectionArgs & ListArgs, ctx: GatewayContext) => resource.resolveConnection(ctx, args),
        },
        connection,
      ),
    );
  }
  return resource;
}

/** `filter` and `orderBy` arguments when Linode allows filtering this resource. */
export function listArgs(t: Loose, support: FilterSupport | null): Record<string, Loose> {
  if (!support) return {};
  return {
    filter: t.arg({ type: support.filter, required: false }),
    orderBy: t.arg({ type: support.order, required: false }),
  };
}
