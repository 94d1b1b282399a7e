import { defineChildResource } from '../kit/child-resource.js';

// A backup lives under its cluster's engine path, so each engine has its own type.
export const MySQLDatabaseBackup = defineChildResource({
  name: 'MySQLDatabaseBackup',
  schema: 'DatabaseBackup',
  description: 'A backup of a MySQL cluster: nightly (`auto`) or taken on demand (`snapshot`).',
  path: (databaseId) => `/databases/mysql/instances/${databaseId}/backups`,
  operation: 'GET /databases/mysql/instances/{id}/backups',
  parentKey: 'database_id',
});

export const PostgreSQLDatabaseBackup = defineChildResource({
  name: 'PostgreSQLDatabaseBackup',
  schema: 'DatabaseBackup',
  description: 'A backup of a PostgreSQL cluster: nightly (`auto`) or taken on demand (`snapshot`).',
  path: (databaseId) => `/databases/postgresql/instances/${databaseId}/backups`,
  operation: 'GET /databases/postgresql/instances/{id}/backups',
  parentKey: 'database_id',
});
