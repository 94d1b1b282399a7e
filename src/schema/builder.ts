// Configures the Pothos builder only: plugins, scalars, context. Types live in their domain files.
import SchemaBuilder from '@pothos/core';
import DataloaderPlugin from '@pothos/plugin-dataloader';
import RelayPlugin from '@pothos/plugin-relay';
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
  };
  Connection: ConnectionExtras;
  DefaultFieldNullability: false;
}

export const builder = new SchemaBuilder<BuilderTypes>({
  plugins: [RelayPlugin, DataloaderPlugin],
  defaultFieldNullability: false,
  relay: {
    // Linode's own id stays `id`; Relay's global id lives in `globalId`.
    idFieldName: 'globalId',
    cursorType: 'String',
    nodesOnConnection: true,
    nodeQueryOptions: { description: 'Looks up any object by its global id (`globalId`).' },
    nodesQueryOptions: { description: 'Looks up objects by their global ids (`globalId`).' },
  },
});

builder.queryType({ description: 'Read-only access to Linode resources. Queries never change anything.' });
builder.mutationType({ description: 'Changes to Linode resources.' });

builder.globalConnectionField('totalCount', (t) =>
  t.int({ description: 'Number of items in the whole collection (after filtering).', resolve: (parent) => parent.totalCount }),
);
