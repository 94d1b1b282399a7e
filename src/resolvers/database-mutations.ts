// Root Mutation fields for Managed Databases (MySQL and PostgreSQL clusters and their backups).
import { defineMutations, type MutationSpec } from '../schema/kit/mutations.js';
import { MySQLDatabase } from '../schema/databases/mysql-database.js';
import { PostgreSQLDatabase } from '../schema/databases/postgresql-database.js';
import type { MutationResource } from '../schema/kit/mutations.js';

/** The same writes for each engine, under its path and type. */
function databaseMutations(engine: 'mysql' | 'postgresql', typeName: string, resource: MutationResource): Record<string, MutationSpec> {
  const base = `/databases/${engine}/instances`;
  const database = { field: 'database', resource };
  // Actions Linode answers with `{}`: the cluster is read again when selected.
  const reload = { ...database, reload: true };
  return {
    [`create${typeName}`]: {
      op: `POST ${base}`,
      description: `Creates a ${typeName.replace('Database', '')} cluster; it provisions for a while.`,
      returns: database,
    },
    [`update${typeName}`]: {
      op: `PUT ${base}/{instanceId}`,
      id: 'instanceId',
      description: "Changes a cluster's label, allowed addresses, plan or maintenance window.",
      returns: database,
    },
    [`delete${typeName}`]: {
      op: `DELETE ${base}/{instanceId}`,
      id: 'instanceId',
      description: 'Deletes a cluster and its backups.',
      returns: 'deleted',
    },
    [`create${typeName}Backup`]: {
      op: `POST ${base}/{instanceId}/backups`,
      id: 'instanceId',
      description: 'Takes a snapshot backup of an active cluster now.',
      returns: reload,
    },
    [`delete${typeName}Backup`]: {
      op: `DELETE ${base}/{instanceId}/backups/{backupId}`,
      id: 'backupId',
      description: 'Deletes a snapshot backup.',
      returns: 'deleted',
    },
    [`restore${typeName}Backup`]: {
      op: `POST ${base}/{instanceId}/backups/{backupId}/restore`,
      id: 'instanceId',
      description: 'Restores a cluster from one of its backups; it is unavailable until restored.',
      returns: reload,
    },
    [`reset${typeName}Credentials`]: {
      op: `POST ${base}/{instanceId}/credentials/reset`,
      id: 'instanceId',
      description: "Replaces the root password with a new one (read it with the cluster's `credentials`).",
      returns: reload,
    },
    [`patch${typeName}`]: {
      op: `POST ${base}/{instanceId}/patch`,
      id: 'instanceId',
      description: 'Applies pending maintenance updates now rather than in the maintenance window.',
      returns: reload,
    },
  };
}

defineMutations({
  ...databaseMutations('mysql', 'MySQLDatabase', MySQLDatabase),
  ...databaseMutations('postgresql', 'PostgreSQLDatabase', PostgreSQLDatabase),
});
