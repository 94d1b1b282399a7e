// Linode collections whose items have no id of their own (notifications, maintenance windows,
// VLANs, IPv6 ranges, tags): a connection of plain objects, with `filter`/`orderBy` where Linode
// allows them, hung off a parent field. They cannot be Relay nodes or be looked up one by one.
import type { GatewayContext } from '../../context.js';
import { schemaFact } from 'linode-facts';
import type { ConnectionArgs } from './relay-window.js';
import { builder } from '../builder.js';
import { fetchConnection } from './connection.js';
import { factObjectRef, type LinodeRecord } from './fact-fields.js';
import { filterSupport } from './filters.js';
import { compileListArgs, listArgs, type ListArgs } from './resource.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = any;

export interface PlainListConfig {
  name: string;
  schema: string;
  description: string;
  /** Operation label for logs and metrics, e.g. `GET /account/notifications`. */
  operation: string;
  /** Linode keys not exposed as plain fields (a relation replaces them). */
  omit?: string[];
}

/** Every declared plain list, for coverage checks against the facts. */
export const declaredPlainLists: PlainListConfig[] = [];

export function definePlainList(config: PlainListConfig) {
  declaredPlainLists.push(config);
  const ref: Loose = factObjectRef(config.name, config.schema, schemaFact(config.schema), {
    description: config.description,
    omit: config.omit,
  });
  const support = filterSupport(config.name, config.schema);
  const connection: Loose = builder.connectionObject({ type: ref, name: `${config.name}Connection` } as Loose);
  return {
    ref,
    /** The connection field, on the parent type, over the list at `pathOf(parent)`. */
    field: (t: Loose, description: string, pathOf: (parent: LinodeRecord) => string) =>
      t.connection(
        {
          type: ref,
          nullable: true,
          description,
          args: listArgs(t, support),
          resolve: (parent: LinodeRecord, args: ConnectionArgs & ListArgs, ctx: GatewayContext) =>
            fetchConnection<LinodeRecord>(ctx, pathOf(parent), args, {
              operation: config.operation,
              filter: compileListArgs(support, args, ctx.filterLimits),
            }),
        },
        connection,
      ),
  };
}
