// A resource that lives under a parent (an instance's disks and configs): its type, filter, order
// and connection come from one declaration, like top-level resources; it is reached through its parent.
import { shapeFact } from 'linode-facts';
import type { GatewayContext } from '../../context.js';
import { builder } from '../builder.js';
import { fetchConnection, mapNodes, type ConnectionResult } from './connection.js';
import { compileListArgs, connectionField, connectionType } from './connection-field.js';
import { claimResourceName, factFields, linodeObjectExtensions } from './fact-fields.js';
import { filterSupport, type ListArgs } from './filters.js';
import { upstreamCost } from './cost.js';
import { prefetchable } from './prefetch.js';
import { badInput, validId } from './ids.js';
import { valueAt, withGatewayKey } from './linode-values.js';
import type { ConnectionArgs } from './relay-window.js';
import { nestingOf, type Nesting } from './nesting.js';
import type { Field, Fields, Id, MoreFields, NodeShape, ObjectOf, ShapeName, ShapeOf } from './types.js';

/** What every child resource declares, whatever its shape. */
export interface ChildResourceSettings {
  name: string;
  schema: ShapeName;
  description: string;
  /** Collection path under the parent, e.g. `/linode/instances/{parentId}/disks`. */
  path: (parentId: Id) => string;
  /** Operation label for logs and metrics. */
  operation: string;
  /** Key the parent id is kept under on each item (Linode's child objects do not carry it). */
  parentKey: string;
}

export interface ChildResourceConfig<Name extends ShapeName, ParentKey extends string> extends ChildResourceSettings {
  schema: Name;
  parentKey: ParentKey;
  omit?: ReadonlyArray<keyof ShapeOf<Name> & string>;
  relations?: MoreFields<ChildShape<Name, ParentKey>>;
}

/** A child as the schema keeps it: Linode's object with its parent's id. */
export type ChildShape<Name extends ShapeName, ParentKey extends string> = NodeShape<ShapeOf<Name>> & Record<ParentKey, Id>;

export interface ChildResource<Item, Shape> extends Nesting<Shape> {
  config: ChildResourceSettings;
  ref: ObjectOf<Shape>;
  connection: ReturnType<typeof connectionType<Shape>>;
  filter: ReturnType<typeof filterSupport>;
  /** The item as the schema keeps it: with its parent's id (Linode's child objects do not carry it). */
  adopt(item: Item, parentId: Id): Shape;
  /** The connection field for the parent type. */
  field<Parent>(t: Fields<Parent>, description: string, parentId: (parent: Parent) => Id): Field;
  /** A field of the parent type reading one child by its id (`instance.disk(id:)`): Linode's own GET of it. */
  lookupField<Parent>(t: Fields<Parent>, description: string, parentId: (parent: Parent) => Id): Field;
}

/**
 * The exact form of a child's global id key, `parent/child`, from its collection's operation: the
 * parent part is the path between the first and the last `{id}` or `{slug}` (`41000395` for a
 * disk, `7/configs/3` for a NodeBalancer node, `dbaas` for an alert definition), then the child's own id. Nothing else gets through:
 * no extra segments, no other words.
 */
export function childKeyPattern(operation: string): RegExp {
  const segments = operation.replace(/^[A-Z]+ /, '').split('/');
  // `{slug}`: a parent named by a slug (a monitor service type such as `dbaas`), one segment.
  const ids: Record<string, string> = { '{id}': '[0-9]{1,15}', '{slug}': '[a-z0-9][a-z0-9_-]{0,63}' };
  const first = segments.findIndex((s) => s in ids);
  const last = segments.length - 1 - [...segments].reverse().findIndex((s) => s in ids);
  const parent = segments.slice(first, last + 1).map((s) => ids[s] ?? s.replace(/[^a-z0-9-]/gi, ''));
  return new RegExp(`^${parent.join('/')}/[0-9]{1,15}$`);
}

function childKeyParser(config: ChildResourceSettings): (key: string) => string {
  const pattern = childKeyPattern(config.operation);
  return (key) => {
    if (!pattern.test(key))
      throw badInput(`Invalid global id: ${JSON.stringify(key).slice(0, 60)} is not the id of a ${config.name} under its parent.`);
    return key;
  };
}

/** Every declared child resource (its operation label names the Linode path). */
export const declaredChildResources: ChildResourceSettings[] = [];

export function defineChildResource<const Name extends ShapeName, const ParentKey extends string>(
  config: ChildResourceConfig<Name, ParentKey>,
): ChildResource<NodeShape<ShapeOf<Name>>, ChildShape<Name, ParentKey>> {
  type Shape = ChildShape<Name, ParentKey>;
  declaredChildResources.push(config);
  const fact = shapeFact(config.schema);
  const support = filterSupport(config.name, config.schema);
  claimResourceName(config.name);
  const adopt = (item: NodeShape<ShapeOf<Name>>, parentId: Id): Shape =>
    withGatewayKey(item, config.parentKey, typeof parentId === 'string' && /^\d+$/.test(parentId) ? Number(parentId) : parentId);
  const ref = builder.objectRef<Shape>(config.name);
  // A Relay node when Linode gives it a numeric id: its global id carries the parent's.
  const isNode = fact.fields.id?.type === 'integer';
  const definition = {
    description: config.description,
    extensions: linodeObjectExtensions(fact, isNode ? 'id' : undefined, config.parentKey),
    fields: (t: Fields<Shape>) => ({
      ...factFields(t, config.name, config.schema, fact, { omit: config.omit, node: isNode }),
      ...config.relations?.(t),
    }),
  };
  if (isNode) {
    // Its global id carries the parent's (`Disk:41000395/500`): Linode reads a child only under
    // its parent's path.
    builder.node(ref, {
      ...definition,
      id: { resolve: (item) => `${item[config.parentKey]}/${String(valueAt(item, 'id'))}`, parse: childKeyParser(config) },
      loadWithoutCache: async (key: string, ctx: GatewayContext) => {
        const cut = key.lastIndexOf('/');
        const parentId = key.slice(0, cut);
        const item = await ctx.upstream.get<NodeShape<ShapeOf<Name>>>(`${config.path(parentId)}/${key.slice(cut + 1)}`, {
          operation: `${config.operation}/{id}`,
        });
        return adopt(item, parentId);
      },
    });
  } else {
    ref.implement(definition);
  }
  const connection = connectionType(ref, config.name);

  type Page = ConnectionResult<NodeShape<ShapeOf<Name>>>;
  /** The page of children of `parentId` as Linode sends it. */
  async function fetchChildren(ctx: GatewayContext, parentId: Id, args: ConnectionArgs & ListArgs, lookahead: boolean): Promise<Page> {
    const filter = compileListArgs(support, args, ctx.filterLimits);
    return fetchConnection<NodeShape<ShapeOf<Name>>>(ctx, config.path(parentId), args, { operation: config.operation, filter, lookahead });
  }
  // Pages a prefetch started (src/schema/kit/prefetch.ts), per request, for the field's resolver to
  // take as they are: the upstream memo would serve it too, after the same work done again.
  const started = new WeakMap<GatewayContext, Map<string, Promise<Page>>>();
  const startedKey = (parentId: Id, args: ConnectionArgs & ListArgs) => `${parentId} ${JSON.stringify(args)}`;

  function prefetch(ctx: GatewayContext, parentId: Id, args: ConnectionArgs & ListArgs, lookahead: boolean): Promise<Page> {
    const page = fetchChildren(ctx, parentId, args, lookahead);
    let pages = started.get(ctx);
    if (!pages) started.set(ctx, (pages = new Map<string, Promise<Page>>()));
    pages.set(startedKey(parentId, args), page);
    return page;
  }

  async function resolve(ctx: GatewayContext, parentId: Id, args: ConnectionArgs & ListArgs): Promise<ConnectionResult<Shape>> {
    const page = started.get(ctx)?.get(startedKey(parentId, args)) ?? fetchChildren(ctx, parentId, args, false);
    return mapNodes(await page, (node) => adopt(node, parentId));
  }

  const lookupType: ObjectOf<unknown> = ref; // Pothos cannot resolve a generic child's shape here
  const child: ChildResource<NodeShape<ShapeOf<Name>>, Shape> = {
    config,
    ref,
    adopt,
    connection,
    filter: support,
    field: (t, description, parentId) =>
      connectionField(t, child, {
        description,
        resolve: (parent, args, ctx) => resolve(ctx, parentId(parent), args),
        // Its path needs only the parent's id: a lookup of the parent, or a page of parents, starts it
        // (src/schema/kit/prefetch.ts) with the id the parent was looked up by or listed with, which
        // `parentId` gives for every such type (test/integration/lookahead.test.ts checks each).
        extensions: prefetchable((ctx, id, args, lookahead) => prefetch(ctx, id, args as ConnectionArgs & ListArgs, lookahead)),
      }),
    lookupField: (t, description, parentId) =>
      t.field({
        type: lookupType,
        nullable: true,
        description: `${description} Null with a NOT_FOUND error when there is none.`,
        extensions: upstreamCost.perParent,
        args: { id: t.arg.id({ required: true }) },
        resolve: async (parent, args, ctx) => {
          const owner = parentId(parent);
          // One child alone: its own GET is the least to ask for (the list would carry all its siblings).
          const item = await ctx.upstream.get<NodeShape<ShapeOf<Name>>>(`${config.path(owner)}/${validId('int', args.id)}`, {
            operation: `${config.operation}/{id}`,
          });
          const found: unknown = adopt(item, owner);
          return found;
        },
      }),
    ...nestingOf<Shape>({ name: config.name, schema: config.schema, fact }),
  };
  return child;
}
