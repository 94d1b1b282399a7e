import { regionField } from '../catalogs/region.js';
import { defineResource } from '../kit/resource.js';

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
