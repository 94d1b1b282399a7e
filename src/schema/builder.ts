// Configures the Pothos builder only: plugins, scalars, context. Types live in their domain files.
import SchemaBuilder from '@pothos/core';
import { GraphQLError, GraphQLObjectType, type GraphQLResolveInfo, type GraphQLSchema } from 'graphql';
import DataloaderPlugin from '@pothos/plugin-dataloader';
import RelayPlugin, { resolveNodes } from '@pothos/plugin-relay';
import type { GatewayContext } from '../context.js';

export interface ConnectionExtras {
  totalCount: number;
}

export interface BuilderTypes {
  Context: GatewayContext;
  Scalars: {
    ID: { Input: string; Output: string | number };
    DateTime: { Input: string; Output: string };
    JSON: { Input: unknown; Output: unknown };
    SafeInt: { Input: number; Output: number };
  };
  Connection: ConnectionExtras;
  DefaultFieldNullability: false;
}

/** A decoded global id whose type is a Node of this schema, or BAD_USER_INPUT. */
function knownNodeType(id: { typename: string; id: string }, schema: GraphQLSchema): { typename: string; id: string } {
  const type = schema.getType(id.typename);
  if (!(type instanceof GraphQLObjectType) || !type.getInterfaces().some((i) => i.name === 'Node')) {
    throw new GraphQLError(`Invalid global id: ${JSON.stringify(id.typename).slice(0, 60)} is not a type with global ids.`, {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  return id;
}

export const builder = new SchemaBuilder<BuilderTypes>({
  plugins: [RelayPlugin, DataloaderPlugin],
  defaultFieldNullability: false,
  relay: {
    // Linode's own id stays `id`; Relay's global id lives in `globalId`.
    idFieldName: 'globalId',
    cursorType: 'String',
    nodesOnConnection: true,
    // Relay's usual encoding, base64 of `Type:id`; anything else is the caller's mistake.
    encodeGlobalID: (typename, id) => Buffer.from(`${typename}:${id}`).toString('base64'),
    decodeGlobalID: (globalID) => {
      const decoded = Buffer.from(globalID, 'base64').toString('utf8');
      const match = /^([A-Z][A-Za-z0-9]*):(.+)$/s.exec(decoded);
      if (!match || Buffer.from(decoded).toString('base64') !== globalID) {
        throw new GraphQLError(`Invalid global id ${JSON.stringify(globalID).slice(0, 80)}: use the \`globalId\` field of an object.`, {
          extensions: { code: 'BAD_USER_INPUT' },
        });
      }
      return { typename: match[1], id: match[2] };
    },
    nodeQueryOptions: {
      description: 'Looks up any object by its global id (`globalId`).',
      resolve: (_root, { id }, _ctx, info, resolveNode) => resolveNode(knownNodeType(id, info.schema)),
    },
    nodesQueryOptions: {
      description: 'Looks up objects by their global ids (`globalId`); an id that finds nothing gives null and its own error.',
      // Each id settles on its own (ids of one type still share a loader batch): one that fails
      // must not end the list while the others' requests are still running.
      resolve: (_root, { ids }, ctx, info) =>
        eachNode(
          ids.map((id) => knownNodeType(id, info.schema)),
          ctx,
          info,
        ),
    },
  },
});

/** One promise per id, each settling on its own (ids of one type still share a loader batch). */
function eachNode(ids: Array<{ typename: string; id: string }>, ctx: GatewayContext, info: GraphQLResolveInfo): Array<Promise<unknown>> {
  return ids.map(async (id) => (await resolveNodes(builder, ctx, info, [id]))[0]);
}

builder.queryType({ description: 'Read-only access to Linode resources. Queries never change anything.' });
builder.mutationType({ description: 'Changes to Linode resources.' });
builder.subscriptionType({ description: 'Live updates, over server-sent events (or multipart HTTP): the gateway polls Linode for you.' });

builder.globalConnectionField('totalCount', (t) =>
  t.int({ description: 'Number of items in the whole collection (after filtering).', resolve: (parent) => parent.totalCount }),
);
