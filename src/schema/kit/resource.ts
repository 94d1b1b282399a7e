// One declaration per Linode resource: from it come the node type (every documented field), the
// filter and order inputs, the shared connection type, the by-id loader and the root fields. The
// resource's shape is the one its facts schema generates (linode-facts/shapes), so its relations'
// resolvers get typed objects.
import { GraphQLObjectType, type GraphQLResolveInfo } from 'graphql';
import { afterWrites, prefetchChildren, prefetchUnderNodes } from './prefetch.js';
import { shapeFact } from 'linode-facts';
import type { GatewayContext } from '../../context.js';
import type { GetOptions } from '../../loaders/upstream-session.js';
import { applyXFilter } from '../../rest/local-filter.js';
import { builder } from '../builder.js';
import { arrayConnection, fetchConnection, windowSpec, type ConnectionResult } from './connection.js';
import { compileListArgs, connectionField, connectionType, rootConnectionField } from './connection-field.js';
import { claimResourceName, factFields, linodeObjectExtensions } from './fact-fields.js';
import { filterSupport, type ListArgs } from './filters.js';
import { validId, type IdKind } from './ids.js';
import { asShape, tagType, valueAt } from './linode-values.js';
import { nestingOf, type Nesting } from './nesting.js';
import type { ConnectionArgs } from './relay-window.js';
import { catalogRule, loadByIds } from './resource-loader.js';
import type { Field, Fields, IdKey, Loadable, MoreFields, NodeShape, ObjectOf, ShapeName, ShapeOf } from './types.js';

/** What every resource declares, whatever its shape: read by the cost estimate and the tests. */
export interface ResourceSettings {
  /** GraphQL type name, e.g. `Instance`. */
  name: string;
  /** Linode schema name in the facts, e.g. `Linode`: the resource's shape. */
  schema: ShapeName;
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
  localFilter?: readonly string[];
}

export interface ResourceConfig<Name extends ShapeName> extends ResourceSettings {
  schema: Name;
  idField?: IdKey<ShapeOf<Name>>;
  localFilter?: ReadonlyArray<keyof ShapeOf<Name> & string>;
  /** Linode fields replaced by relations or left out. */
  omit?: ReadonlyArray<keyof ShapeOf<Name> & string>;
  /**
   * Relation fields (and anything else not generated from the facts), with what they cost
   * upstream. Written `(t): FieldMap => ({ ... })`: resources relating to each other across files
   * would otherwise infer their types from each other, which TypeScript cannot.
   */
  relations?: MoreFields<NodeShape<ShapeOf<Name>>>;
}

/** A declared resource, whatever its shape: what the registries hold. */
export interface DeclaredResource {
  config: ResourceSettings;
  /** Drops what this request's loader holds of the resource. */
  forget(ctx: GatewayContext): void;
  /** Drops what this request's loader holds of one object. */
  forgetOne(ctx: GatewayContext, id: string): void;
}

export interface Resource<Shape> extends DeclaredResource, Loadable<Shape>, Nesting<Shape> {
  connection: ReturnType<typeof connectionType<Shape | string>>;
  filter: ReturnType<typeof filterSupport>;
  /** Resolves a connection over a collection of this resource (root or child path). */
  resolveConnection(
    ctx: GatewayContext,
    args: ConnectionArgs & ListArgs,
    path?: string,
    info?: GraphQLResolveInfo,
  ): Promise<ConnectionResult<Shape>>;
  /** A connection field over a sub-collection of this resource (`instance.firewalls`). */
  connectionField<Parent>(t: Fields<Parent>, description: string, pathOf: (parent: Parent) => string): Field;
  /** An object of this resource that Linode sent another way (a subscription's event), marked with its type. */
  fromLinode(item: Record<string, unknown>): Shape;
  /** A connection over objects of this resource read another way (a loader's list). */
  connectionOver(items: ReadonlyArray<Record<string, unknown>>, args: ConnectionArgs): ConnectionResult<Shape>;
}

/** Public catalogs change rarely and are the same for everyone: shared for an hour. */
export const PUBLIC_CATALOG = { scope: 'public', ttlMs: 60 * 60 * 1000 } as const;

/** Every declared resource, for coverage checks against the facts. */
export const declaredResources: DeclaredResource[] = [];

/**
 * Drops what this request's loaders hold, so objects are read again: a long-lived request (a
 * subscription) must not deliver the state of an object as it was at its first delivery.
 */
export function forgetLoaded(ctx: GatewayContext): void {
  ctx.upstream.forgetReads();
  for (const resource of declaredResources) resource.forget(ctx);
}

export function defineResource<const Name extends ShapeName>(config: ResourceConfig<Name>): Resource<NodeShape<ShapeOf<Name>>> {
  type Shape = NodeShape<ShapeOf<Name>>;
  const fact = shapeFact(config.schema);
  const support = filterSupport(config.name, config.schema, config.catalog ? config.localFilter : undefined);
  claimResourceName(config.name);
  const idOf = (item: Shape) => String(valueAt(item, config.idField ?? 'id'));
  const catalog = catalogRule(config);
  const tag = (item: Shape) => tagType(item, config.name);
  const fromLinode = (item: Record<string, unknown>) => tag(asShape<Shape>(item));

  const ref = builder.loadableNode(config.name, {
    description: config.description,
    extensions: linodeObjectExtensions(fact, config.idField ?? 'id'),
    id: { resolve: idOf, parse: (id: string) => validId(config.idKind, id) },
    load: (ids: string[], ctx: GatewayContext) => loadByIds<Shape>(config, ctx, ids),
    toKey: idOf,
    cacheResolved: true,
    loaderOptions: { cacheKeyFn: (key: string) => String(key) },
    fields: (t) => ({
      ...(config.idField ? { id: t.id({ description: `Linode's identifier (\`${config.idField}\`).`, resolve: idOf }) } : {}),
      ...factFields(t, config.name, config.schema, fact, { omit: config.omit, node: true }),
      ...config.relations?.(t),
    }),
  });

  const connection = connectionType<Shape | string>(ref, config.name);

  async function fetchPage(ctx: GatewayContext, args: ConnectionArgs & ListArgs, path: string): Promise<ConnectionResult<Shape>> {
    const filter = compileListArgs(support, args, ctx.filterLimits);
    const options: GetOptions = { operation: `GET ${path}`, filter };
    const local = Boolean(config.localFilter);
    if (config.catalog && (!filter || local) && path === config.path) {
      windowSpec(args); // bad arguments fail before the catalog is fetched
      const all = await ctx.upstream.all<Shape>(path, { operation: options.operation, cache: catalog });
      return arrayConnection((local && filter ? applyXFilter(all, filter) : all).map(tag), args);
    }
    const result = await fetchConnection<Shape>(ctx, path, args, options);
    for (const edge of result.edges) tag(edge.node);
    return result;
  }

  /** A page of the list; with `info`, the child lists its query selects under each node start at once (src/schema/kit/prefetch.ts). */
  async function resolveConnection(ctx: GatewayContext, args: ConnectionArgs & ListArgs, path = config.path, info?: GraphQLResolveInfo) {
    const result = await fetchPage(ctx, args, path);
    const type = info?.schema.getType(config.name);
    if (!info || !(type instanceof GraphQLObjectType)) return result;
    const ids = result.edges.map((edge) => idOf(edge.node));
    if (prefetchUnderNodes(ctx, info, type, ids)) await afterWrites();
    return result;
  }

  const resource: Resource<Shape> = {
    config,
    ref,
    connection,
    filter: support,
    resolveConnection,
    loadOne: (ctx, id) => ref.getDataloader(ctx).load(validId(config.idKind, id)),
    forget: (ctx) => ref.getDataloader(ctx).clearAll(),
    forgetOne: (ctx, id) => ref.getDataloader(ctx).clear(id),
    fromLinode,
    connectionOver: (items, args) => arrayConnection(items.map(fromLinode), args),
    connectionField: (t, description, pathOf) =>
      connectionField(t, resource, {
        description,
        resolve: (parent, args, ctx, info) => resolveConnection(ctx, args, pathOf(parent), info),
      }),
    ...nestingOf<Shape>({ name: config.name, schema: config.schema, fact }),
  };
  declaredResources.push(resource);

  if (config.root?.one) {
    const lookup: ObjectOf<unknown> = ref; // resolved by id, loaded by the type's loader
    builder.queryField(config.root.one, (t) =>
      t.field({
        type: lookup,
        nullable: true,
        description: `One ${config.name} by its Linode id; null with a NOT_FOUND error when there is none.`,
        args: { id: t.arg.id({ required: true }) },
        resolve: (_root, args, ctx, info) => {
          const id = validId(config.idKind, args.id);
          prefetchChildren(ctx, info, info.schema.getType(config.name) as GraphQLObjectType, id);
          return id;
        },
      }),
    );
  }
  if (config.root?.many) {
    builder.queryField(config.root.many, (t) =>
      rootConnectionField(t, resource, {
        description: `${config.name} list, paged onto Linode's pages.`,
        resolve: (_root, args, ctx, info) => resolveConnection(ctx, args, config.path, info),
      }),
    );
  }
  return resource;
}
