// A connection field over a list of Linode objects: the item type's shared `XConnection`, Relay's
// arguments, and `filter`/`orderBy` where Linode (or the gateway, for a cached catalog) filters it.
import type { ArgBuilder, InputFieldMap } from '@pothos/core';
import type { GraphQLResolveInfo } from 'graphql';
import type { GatewayContext } from '../../context.js';
import { compileXFilter, FilterError, FilterLimitError, type FilterLimits } from '../../rest/xfilter.js';
import { limitError } from '../../security/errors.js';
import { builder } from '../builder.js';
import type { ConnectionResult } from './connection.js';
import { upstreamCost, type UpstreamCost } from './cost.js';
import type { FilterSupport, ListArgs } from './filters.js';
import { badInput } from './ids.js';
import type { ConnectionArgs } from './relay-window.js';
import type { Field, Fields, KitTypes, ObjectOf } from './types.js';

/** A type lists can hold: its object type, its connection type and its filter inputs. */
export interface Listable<Item> {
  ref: ObjectOf<Item>;
  connection: ConnectionOf<Item>;
  filter: FilterSupport | null;
}

/** The shared connection type of an item type (`InstanceConnection`). */
export type ConnectionOf<Item> = ReturnType<typeof connectionType<Item>>;

/** Makes the connection type of an item type, named `<name>Connection`. */
export function connectionType<Item>(ref: ObjectOf<Item>, name: string) {
  return builder.connectionObject({ type: ref, name: `${name}Connection` });
}

export interface ConnectionFieldOptions<Parent, Item> {
  description: string;
  /** What it costs upstream, when the estimate cannot infer it from the type (src/schema/kit/cost.ts). */
  cost?: UpstreamCost;
  /** Null: no list (nothing is asked of Linode). */
  resolve: (
    parent: Parent,
    args: ConnectionArgs & ListArgs,
    ctx: GatewayContext,
    info: GraphQLResolveInfo,
  ) => Promise<ConnectionResult<Item> | null>;
  /** More field extensions (src/schema/kit/prefetch.ts). */
  extensions?: Record<string, unknown>;
}

/** A nullable connection field of `items`' connection type, with their filter arguments. */
export function connectionField<Parent, Item>(
  t: Fields<Parent>,
  items: Listable<Item>,
  options: ConnectionFieldOptions<Parent, Item>,
): Field {
  return t.connection(
    {
      type: items.ref,
      nullable: true,
      description: options.description,
      extensions: { ...(options.cost ? upstreamCost[options.cost] : {}), ...options.extensions },
      args: listArgs(t.arg, items.filter),
      resolve: (parent, args, ctx, info) => options.resolve(parent, args, ctx, info),
    },
    items.connection,
  );
}

/** The same on Query: a root collection. */
export function rootConnectionField<Item>(
  t: PothosSchemaTypes.QueryFieldBuilder<KitTypes, KitTypes['Root']>,
  items: Listable<Item>,
  options: ConnectionFieldOptions<unknown, Item>,
): Field {
  return t.connection(
    {
      type: items.ref,
      nullable: true,
      description: options.description,
      args: listArgs(t.arg, items.filter),
      resolve: (root, args, ctx, info) => options.resolve(root, args, ctx, info),
    },
    items.connection,
  );
}

/** `filter` and `orderBy` arguments when the list can be filtered. */
export function listArgs(arg: ArgBuilder<KitTypes>, support: FilterSupport | null): InputFieldMap {
  return support ? { ...filterArg(arg, support), orderBy: arg({ type: support.order, required: false }) } : {};
}

/** The `filter` argument alone (a stream of events has no order to choose). */
export function filterArg(arg: ArgBuilder<KitTypes>, support: FilterSupport | null): InputFieldMap {
  return support ? { filter: arg({ type: support.filter, required: false }) } : {};
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
