import { regionField } from '../catalogs/region.js';
import { defineResource } from '../kit/resource.js';

export const PostgreSQLDatabase = defineResource({
  name: 'PostgreSQLDatabase',
  schema: 'DatabasePostgreSQL',
  description: 'A managed PostgreSQL database cluster.',
  path: '/databases/postgresql/instances',
  idKind: 'int',
  root: { one: 'postgresqlDatabase', many: 'postgresqlDatabases' },
  omit: ['region'],
  relations: (t) => ({
    region: regionField(t),
  }),
});
