import { regionField } from '../catalogs/region.js';
import { defineResource } from '../kit/resource.js';
import { relateNested } from '../kit/fact-fields.js';
import { referenceField } from '../kit/relation.js';
import { VPC } from '../networking/vpc.js';

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

relateNested('PostgreSQLDatabasePrivateNetwork', (t) => ({
  vpc: referenceField(t, VPC, 'vpc_id', 'The VPC the database is reachable in.'),
}));
