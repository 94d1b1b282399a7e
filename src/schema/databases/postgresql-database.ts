import { regionField } from '../catalogs/region.js';
import { referenceField } from '../kit/relation.js';
import { defineResource } from '../kit/resource.js';
import type { FieldMap } from '../kit/types.js';
import { VPC } from '../networking/vpc.js';
import { databaseAccessFields } from './database-access.js';
import { PostgreSQLDatabaseBackup } from './database-backup.js';

export const PostgreSQLDatabase = defineResource({
  name: 'PostgreSQLDatabase',
  schema: 'DatabasePostgreSQL',
  description: 'A managed PostgreSQL database cluster.',
  path: '/databases/postgresql/instances',
  idKind: 'int',
  root: { one: 'postgresqlDatabase', many: 'postgresqlDatabases' },
  omit: ['region'],
  relations: (t): FieldMap => ({
    region: regionField(t, 'region'),
    backups: PostgreSQLDatabaseBackup.field(t, 'The backups Linode keeps of the cluster, newest last.', (db) => db.id),
    ...databaseAccessFields(t, 'postgresql'),
  }),
});

PostgreSQLDatabase.relate('private_network', (t) => ({
  vpc: referenceField(t, VPC, 'vpc_id', 'The VPC the database is reachable in.'),
}));
