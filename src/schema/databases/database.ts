// Every Managed Database of the account, whatever its engine: GET /databases/instances lists each
// cluster as its engine's object, so an item is a MySQLDatabase or a PostgreSQLDatabase.
import { builder } from '../builder.js';
import type { GatewayContext } from '../../context.js';
import { fetchConnection, type ConnectionResult } from '../kit/connection.js';
import { compileListArgs, listArgs } from '../kit/connection-field.js';
import { filterSupport, type ListArgs } from '../kit/filters.js';
import { tagType, typenameOf, valueAt } from '../kit/linode-values.js';
import type { ConnectionArgs } from '../kit/relay-window.js';
import type { NodeShape, ShapeOf } from '../kit/types.js';
import { MySQLDatabase } from './mysql-database.js';
import { PostgreSQLDatabase } from './postgresql-database.js';

const TYPE_OF_ENGINE: Record<string, string> = { mysql: 'MySQLDatabase', postgresql: 'PostgreSQLDatabase' };

export const Database = builder.unionType('Database', {
  description: 'A Managed Database cluster of any engine.',
  types: [MySQLDatabase.ref, PostgreSQLDatabase.ref],
  resolveType: (value) => typenameOf(value),
});

const support = filterSupport('Database', 'Database');

type DatabaseShape = NodeShape<ShapeOf<'DatabaseMySQL'>> | NodeShape<ShapeOf<'DatabasePostgreSQL'>>;

async function resolveDatabases(ctx: GatewayContext, args: ConnectionArgs & ListArgs): Promise<ConnectionResult<DatabaseShape>> {
  const result = await fetchConnection<DatabaseShape>(ctx, '/databases/instances', args, {
    operation: 'GET /databases/instances',
    filter: compileListArgs(support, args, ctx.filterLimits),
  });
  const known = result.edges.filter((edge) => TYPE_OF_ENGINE[String(valueAt(edge.node, 'engine'))]);
  for (const edge of known) tagType(edge.node, TYPE_OF_ENGINE[String(valueAt(edge.node, 'engine'))]);
  return { ...result, edges: known };
}

builder.queryFields((t) => ({
  databases: t.connection(
    {
      type: Database,
      nullable: true,
      description:
        "Managed Database clusters of every engine, paged onto Linode's pages. Clusters of engines this schema does not know are left out.",
      args: listArgs(t.arg, support),
      resolve: (_root, args, ctx) => resolveDatabases(ctx, args as ConnectionArgs & ListArgs),
    },
    builder.connectionObject({ type: Database, name: 'DatabaseConnection' }),
  ),
}));
