import { regionField } from '../catalogs/region.js';
import { referenceField } from '../kit/relation.js';
import { defineResource } from '../kit/resource.js';
import type { FieldMap } from '../kit/types.js';
import { VPC } from '../networking/vpc.js';
import { databaseAccessFields } from './database-access.js';
import { MySQLDatabaseBackup } from './database-backup.js';

export const MySQLDatabase = defineResource({
  name: 'MySQLDatabase',
  schema: 'DatabaseMySQL',
  description: 'A managed MySQL database cluster.',
  path: '/databases/mysql/instances',
  idKind: 'int',
  root: { one: 'mysqlDatabase', many: 'mysqlDatabases' },
  omit: ['region'],
  relations: (t): FieldMap => ({
    region: regionField(t, 'region'),
    backups: MySQLDatabaseBackup.field(t, 'The backups Linode keeps of the cluster, newest last.', (db) => db.id),
    ...databaseAccessFields(t, 'mysql'),
  }),
});

MySQLDatabase.relate('private_network', (t) => ({
  vpc: referenceField(t, VPC, 'vpc_id', 'The VPC the database is reachable in.'),
}));
