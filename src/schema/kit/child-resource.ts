// A resource that lives under a parent (an instance's disks and configs): its type, filter, order
// and connection come from one declaration, like top-level resources; it is reached through its parent.
import type { GatewayContext } from '../../context.js';
import { schemaFact } from 'linode-facts';
import { builder } from '../builder.js';
import { fetchConnection, type ConnectionResult } from './connection.js';
import { factFields, linodeObjectExtensions, resourceTypeNames, withGatewayKey, type LinodeRecord } from './fact-fields.js';
import { filterSupport, type FilterSupport } from './filters.js';
import { badInput } from './ids.js';
import { compileListArgs, listArgs, type ListArgs } from './resource.js';
import type { ConnectionArgs } from './relay-window.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = any;

export interface ChildResourceConfig {
  name: string;
  schema: string;
  description: string;
  /** Collection path under the parent, e.g. `/linode/instances/{parentId}/disks`. */
  path: (parentId: string | number) => string;
  /** Operation label for logs and metrics. */
  operation: string;
  /** Key the parent id is kept under on each item (Linode's child objects do not carry it). */
  parentKey: string;
  omit?: string[];
  relations?: (t: Loose) => Record<string, Loose>;
}

export interface ChildResource {
  config: ChildResourceConfig;
  ref: Loose;
  connection: Loose;
  filter: FilterSupport | null;
  /** The item as the schema keeps it: with its parent's id (Linode's child objects do not carry it). */
  adopt(item: LinodeRecord, parentId: string | number): LinodeRecord;
  /** The connection field for the parent type. */
  field(t: Loose, description: string, parentId: (parent: LinodeRecord) => string | number): Loose;
}

/**
 * The exact form of a child's global id key, `parent/child`, from its collection's operation: the
 * parent part is the path between the first and the last `{id}` (`41000395` for a disk,
 * `7/configs/3` for a NodeBalancer node), then the child's own id. Nothing else gets through:
 * no extra segments, no other words.
 */
export function childKeyPattern(operation: string): RegExp {
  const segments = operation.replace(/^[A-Z]+ /, '').split('/');
  const first = segments.indexOf('{id}');
  const last = segments.lastIndexOf('{id}');
  const parent = segments.slice(first, last + 1).map((s) => (s === '{id}' ? '[0-9]{1,15}' : s.replace(/[^a-z0-9-]/gi, '')));
  return new RegExp(`^${parent.join('/')}/[0-9]{1,15}$`);
}

function childKeyParser(config: ChildResourceConfig): (key: string) => string {
  const pattern = childKeyPattern(config.operation);
  return (key) => {
    if (!pattern.test(key))
      throw badInput(`Invalid global id: ${JSON.stringify(key).slice(0, 60)} is not the id of a ${config.name} under its parent.`);
    return key;
  };
}

/** Every declared child resource (its operation label names the Linode path). */
export const declaredChildResources: ChildResourceConfig[] = [];

export function defineChildResource(config: ChildResourceConfig): ChildResource {
  declaredChildResources.push(config);
  const fact = schemaFact(config.schema);
  const support = filterSupport(config.name, config.schema);
  resourceTypeNames.add(config.name);
  const adopt = (item: LinodeRecord, parentId: string | number): LinodeRecord =>
    withGatewayKey(item, config.parentKey, typeof parentId === 'string' && /^\d+$/.test(parentId) ? Number(parentId) : parentId);
  const ref: Loose = builder.objectRef<LinodeRecord>(config.name);
  // A Relay node when Linode gives it a numeric id: its global id carries the parent's.
  const isNode = fact.fields.id?.type === 'integer';
  const definition = {
    description: config.description,
    extensions: linodeObjectExtensions(fact, isNode ? 'id' : undefined, config.parentKey),
    fields: (t: Loose) => ({
      ...factFields(t, config.name, config.schema, fact, { omit: config.omit, node: isNode }),
      ...(config.relations?.(t) ?? {}),
    }),
  };
  if (isNode) {
    // Its global id carries the parent's (`Disk:41000395/500`): Linode reads a child only under
    // its parent's path.
    builder.node(ref, {
      ...definition,
      id: { resolve: (item: LinodeRecord) => `${item[config.parentKey]}/${item.id}`, parse: childKeyParser(config) },
      loadWithoutCache: async (key: string, ctx: GatewayContext) => {
        const cut = key.lastIndexOf('/');
        const parentId = key.slice(0, cut);
        const item = await ctx.upstream.get<LinodeRecord>(`${config.path(parentId)}/${key.slice(cut + 1)}`, {
          operation: `${config.operation}/{id}`,
        });
        return adopt(item, parentId);
      },
    } as Loose);
  } else {
    ref.implement(definition);
  }
  const connection: Loose = builder.connectionObject({ type: ref, name: `${config.name}Connection` } as Loose);

  async function resolve(
    ctx: GatewayContext,
    parentId: string | number,
    args: ConnectionArgs & ListArgs,
  ): Promise<ConnectionResult<LinodeRecord>> {
    const filter = compileListArgs(support, args, ctx.filterLimits);
    const result = await fetchConnection<LinodeRecord>(ctx, config.path(parentId), args, { operation: config.operation, filter });
    for (const edge of result.edges) edge.node = adopt(edge.node, parentId);
    return result;
  }

  return {
    config,
    ref,
    adopt,
    connection,
    filter: support,
    field: (t, description, parentId) =>
      t.connection(
        {
          type: ref,
          nullable: true,
          description,
          args: listArgs(t, support),
          resolve: (parent: LinodeRecord, args: ConnectionArgs & ListArgs, ctx: GatewayContext) => resolve(ctx, parentId(parent), args),
        },
        connection,
      ),
  };
}
