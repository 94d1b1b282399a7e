// Linode collections whose items have no id of their own (notifications, maintenance windows,
// VLANs, IPv6 ranges, tags): a connection of plain objects, with `filter`/`orderBy` where Linode
// allows them, hung off a parent field. They cannot be Relay nodes or be looked up one by one.
import type { GatewayContext } from '../../context.js';
import { fetchConnection, mapNodes } from './connection.js';
import { compileListArgs, connectionField, connectionType, rootConnectionField } from './connection-field.js';
import { factObject, type FactObject, type FactObjectConfig } from './fact-object.js';
import { filterSupport, type ListArgs } from './filters.js';
import type { ConnectionArgs } from './relay-window.js';
import type { Field, Fields, KitTypes, ShapeName, ShapeOf } from './types.js';

export interface PlainListConfig<Name extends ShapeName> extends FactObjectConfig<Name> {
  description: string;
  /** Operation label for logs and metrics, e.g. `GET /account/notifications`. */
  operation: string;
}

export interface PlainList<Shape> extends FactObject<Shape> {
  /**
   * The connection field, on the parent type, over the list at `pathOf(parent)` (null: no list,
   * nothing asked). `operation`: its label, when not the declared one; `each` adds to every item
   * what it needs of its parent (withGatewayKey).
   */
  field<Parent>(
    t: Fields<Parent>,
    description: string,
    pathOf: (parent: Parent) => string | null,
    options?: { operation?: string; each?: (item: Shape, parent: Parent) => Shape },
  ): Field;
  /** The connection field on Query over the list at `path`. */
  rootField(t: PothosSchemaTypes.QueryFieldBuilder<KitTypes, KitTypes['Root']>, description: string, path: string): Field;
}

/** Every declared plain list, for coverage checks against the facts. */
export const declaredPlainLists: Array<{ name: string; operation: string }> = [];

export function definePlainList<const Name extends ShapeName>(config: PlainListConfig<Name>): PlainList<ShapeOf<Name>> {
  declaredPlainLists.push(config);
  const items = factObject(config);
  const support = filterSupport(config.name, config.schema);
  const list = { ...items, connection: connectionType(items.ref, config.name), filter: support };
  const resolve = (path: string, args: ConnectionArgs & ListArgs, ctx: GatewayContext, operation = config.operation) =>
    fetchConnection<ShapeOf<Name>>(ctx, path, args, {
      operation,
      filter: compileListArgs(support, args, ctx.filterLimits),
    });
  return {
    ...items,
    field: (t, description, pathOf, options = {}) =>
      connectionField(t, list, {
        description,
        resolve: async (parent, args, ctx) => {
          const path = pathOf(parent);
          if (path === null) return null;
          const page = await resolve(path, args, ctx, options.operation);
          const { each } = options;
          return each ? mapNodes(page, (node) => each(node, parent)) : page;
        },
      }),
    rootField: (t, description, path) =>
      rootConnectionField(t, list, { description, resolve: (_root, args, ctx) => resolve(path, args, ctx) }),
  };
}
