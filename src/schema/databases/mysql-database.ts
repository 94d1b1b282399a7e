import { regionField } from '../catalogs/region.js';
import { defineResource } from '../kit/resource.js';
import { relateNested } from '../kit/fact-fields.js';
import { referenceField } from '../kit/relation.js';
import { VPC } from '../networking/vpc.js';

export const MySQLDatabase = defineResource({
  name: 'MySQLDatabase',
  schema: 'DatabaseMySQL',
  description: 'A managed MySQL database cluster.',
  path: '/databases/mysql/instances',
  idKind: 'int',
  root: { one: 'mysqlDatabase', many: 'mysqlDatabases' },
  omit: ['region'],
  relations: (t) => ({
    region: regionField(t),
  }),
});

relateNested('MySQLDatabasePrivateNetwork', (t) => ({ vpc: referenceField(t, VPC, 'vpc_id', 'The VPC the database is reachable in.') }));
