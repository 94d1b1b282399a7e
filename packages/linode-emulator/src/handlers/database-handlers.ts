// Managed Databases beyond their lists: credentials (a reset changes them), the CA certificate,
// backups (snapshots on demand, restores), patches, and create/update/delete of MySQL and
// PostgreSQL clusters. Actions answer `{}` as Linode does; restores, patches and resets are
// refused while the cluster is not active.
import { schemaFact } from 'linode-facts/spec';
import { collectionPath } from '../data/collections.js';
import { DATABASE_BACKUPS, databaseCaCertificate, databaseCredentials, type DatabaseEngineName } from '../data/database-extras.js';
import { databaseHosts, databaseKeys } from '../data/databases.js';
import { badRequest, FieldErrors, notFound } from '../errors.js';
import type { EmulatorStore, JsonObject } from '../types.js';
import { nowTime, ok, recordEvent, subjectOf, type Handler, type HandlerContext } from './context.js';
import { collectionPlace } from './places.js';
import { checkFields } from './validate.js';
import { createHandler, createItem, deleteHandler, itemEntity, updateHandler, type WriteRules } from './writes.js';

const ENGINES: DatabaseEngineName[] = ['mysql', 'postgresql'];
const instancesPath = (engine: DatabaseEngineName) => `/databases/${engine}/instances`;

/** Resets of each cluster's credentials, per emulator. */
const resets = new WeakMap<EmulatorStore, Map<string, number>>();
const resetsOf = (store: EmulatorStore) => resets.get(store) ?? resets.set(store, new Map()).get(store)!;

function findDatabase(ctx: HandlerContext, engine: DatabaseEngineName): JsonObject {
  const db = (ctx.state.store.collections[instancesPath(engine)] ?? []).find((d) => String(d.id) === ctx.params.instanceId);
  if (!db) throw notFound();
  return db;
}

function backupsOf(ctx: HandlerContext, engine: DatabaseEngineName, db: JsonObject): JsonObject[] {
  return (ctx.state.store.collections[collectionPath(DATABASE_BACKUPS[engine], db.id)] ??= []);
}

function findBackup(ctx: HandlerContext, engine: DatabaseEngineName, db: JsonObject): JsonObject {
  const backup = backupsOf(ctx, engine, db).find((b) => String(b.id) === ctx.params.backupId);
  if (!backup) throw notFound();
  return backup;
}

/** Linode refuses actions on a cluster that is provisioning, resizing or suspended. */
function requireActive(db: JsonObject): void {
  if (db.status !== 'active') throw badRequest(`Database is ${String(db.status)}; try again when it is active`);
}

function event(
  ctx: HandlerContext,
  action: string,
  db: JsonObject,
  engine: DatabaseEngineName,
  status: 'finished' | 'notification' = 'finished',
) {
  recordEvent(ctx.state, action, subjectOf(db), 'database', status, `/v4/databases/${engine}/instances/${String(db.id)}`);
}

function rules(engine: DatabaseEngineName): WriteRules {
  const path = instancesPath(engine);
  return {
    place: collectionPlace(path),
    idKind: 'database',
    event: { update: 'database_update', delete: 'database_delete', entity: itemEntity('database', path) },
    check: (ctx, errors, place, item) => {
      const label = ctx.body.label;
      if (typeof label === 'string' && place.items.some((d) => d.label === label && d !== item))
        errors.add('label', 'Label must be unique among your databases');
      if (item) return;
      if (typeof ctx.body.region === 'string' && !ctx.state.store.regions.some((r) => r.id === ctx.body.region))
        errors.add('region', 'Region not found');
      const types = ctx.state.store.collections['/databases/types'] ?? [];
      if (typeof ctx.body.type === 'string' && !types.some((t) => t.id === ctx.body.type)) errors.add('type', 'Type not found');
      const engines = ctx.state.store.collections['/databases/engines'] ?? [];
      if (typeof ctx.body.engine === 'string' && !engines.some((e) => e.id === ctx.body.engine && e.engine === engine))
        errors.add(
          'engine',
          `Engine must be one of ${engines
            .filter((e) => e.engine === engine)
            .map((e) => String(e.id))
            .join(', ')}`,
        );
    },
    // A new cluster provisions for a while: no hosts' addresses yet, no disk used, no members.
    initial: (ctx, db) => {
      const size = Number(ctx.body.cluster_size ?? 1);
      const version = typeof ctx.body.engine === 'string' ? (ctx.body.engine.split('/')[1] ?? '') : '';
      const type = (ctx.state.store.collections['/databases/types'] ?? []).find((t) => t.id === ctx.body.type);
      const host = `lin-${String(db.id)}-${engine === 'mysql' ? 'mysql' : 'pgsql'}-primary`;
      return {
        engine,
        version,
        status: 'provisioning',
        cluster_size: size,
        hosts: databaseHosts(host, size),
        port: engine === 'mysql' ? 3306 : 5432,
        ssl_connection: true,
        total_disk_size_gb: type ? Math.round(Number(type.disk) / 1024) : 0,
        used_disk_size_gb: engine === 'postgresql' ? null : 0,
        updates: { frequency: 'weekly', duration: 3, hour_of_day: 0, day_of_week: 1, pending: [] },
        ...databaseKeys(Number(db.id), size, null, {}),
      };
    },
    created: (ctx, db) => {
      ctx.state.store.collections[collectionPath(DATABASE_BACKUPS[engine], db.id)] = [];
      // Linode records the creation as a notification until the cluster is up.
      event(ctx, 'database_create', db, engine, 'notification');
    },
    deleting: (ctx, db) => {
      if (db.status === 'provisioning') throw badRequest('Database is provisioning; it can be deleted once it is active');
      delete ctx.state.store.collections[collectionPath(DATABASE_BACKUPS[engine], db.id)];
    },
  };
}

function handlersOf(engine: DatabaseEngineName, names: Record<string, string>): Record<string, Handler> {
  const r = rules(engine);
  const shape = () => schemaFact(engine === 'mysql' ? 'DatabaseMySQL' : 'DatabasePostgreSQL');
  return {
    [names.create]: createHandler(r, shape),
    [names.update]: updateHandler(r, shape),
    [names.delete]: deleteHandler(r),
    // Secret: answered to whoever asks with read_write on databases, never listed anywhere else.
    [names.credentials]: (ctx) => {
      const db = findDatabase(ctx, engine);
      return ok(databaseCredentials(engine, db.id, resetsOf(ctx.state.store).get(`${engine}/${String(db.id)}`)));
    },
    [names.ssl]: (ctx) => ok({ ca_certificate: databaseCaCertificate(findDatabase(ctx, engine).id) }),
    [names.reset]: (ctx) => {
      const db = findDatabase(ctx, engine);
      requireActive(db);
      const key = `${engine}/${String(db.id)}`;
      resetsOf(ctx.state.store).set(key, (resetsOf(ctx.state.store).get(key) ?? 0) + 1);
      event(ctx, 'database_credentials_reset', db, engine);
      return ok({});
    },
    [names.patch]: (ctx) => {
      const db = findDatabase(ctx, engine);
      requireActive(db);
      db.updates = { ...(db.updates as JsonObject), pending: [] };
      event(ctx, 'database_update', db, engine);
      return ok({});
    },
    // A snapshot on demand: Linode answers `{}` and lists it once taken.
    [names.backup]: (ctx) => {
      const db = findDatabase(ctx, engine);
      const errors = new FieldErrors();
      checkFields(errors, ctx.op.request, ctx.body);
      if (typeof ctx.body.label !== 'string' || ctx.body.label === '') errors.add('label', 'label is required');
      errors.throwIfAny();
      requireActive(db);
      const backups = backupsOf(ctx, engine, db);
      const place = { items: backups, parent: db, all: () => ENGINES.flatMap((e) => allBackups(ctx.state.store, e)) };
      const backup = createItem(ctx, { place: () => place, idKind: 'databaseBackup' }, place, schemaFact('DatabaseBackup'));
      backups.push({ ...backup, type: 'snapshot', created: nowTime(ctx.state) });
      event(ctx, 'database_backup_create', db, engine);
      return ok({});
    },
    [names.deleteBackup]: (ctx) => {
      const db = findDatabase(ctx, engine);
      const backups = backupsOf(ctx, engine, db);
      backups.splice(backups.indexOf(findBackup(ctx, engine, db)), 1);
      event(ctx, 'database_backup_delete', db, engine);
      return ok({});
    },
    // Restoring takes the cluster down until it is rebuilt from the backup.
    [names.restore]: (ctx) => {
      const db = findDatabase(ctx, engine);
      findBackup(ctx, engine, db);
      requireActive(db);
      db.status = 'restoring';
      event(ctx, 'database_backup_restore', db, engine, 'notification');
      return ok({});
    },
  };
}

function allBackups(store: EmulatorStore, engine: DatabaseEngineName): JsonObject[] {
  return (store.collections[instancesPath(engine)] ?? []).flatMap(
    (db) => store.collections[collectionPath(DATABASE_BACKUPS[engine], db.id)] ?? [],
  );
}

export const databaseHandlers: Record<string, Handler> = {
  ...handlersOf('mysql', {
    create: 'postDatabasesMySQLInstances',
    update: 'putDatabasesMySQLInstance',
    delete: 'deleteDatabasesMySQLInstance',
    credentials: 'getDatabasesMySQLInstanceCredentials',
    ssl: 'getDatabasesMySQLInstanceSSL',
    reset: 'postDatabasesMySQLInstanceCredentialsReset',
    patch: 'postDatabasesMySQLInstancePatch',
    backup: 'postDatabasesMySQLInstanceBackup',
    deleteBackup: 'deleteDatabaseMySQLInstanceBackup',
    restore: 'postDatabasesMySQLInstanceBackupRestore',
  }),
  ...handlersOf('postgresql', {
    create: 'postDatabasesPostgreSQLInstances',
    update: 'putDatabasesPostgreSQLInstance',
    delete: 'deleteDatabasesPostgreSQLInstance',
    credentials: 'getDatabasesPostgreSQLInstanceCredentials',
    ssl: 'getDatabasesPostgreSQLInstanceSSL',
    reset: 'postDatabasesPostgreSQLInstanceCredentialsReset',
    patch: 'postDatabasesPostgreSQLInstancePatch',
    backup: 'postDatabasesPostgreSQLInstanceBackup',
    deleteBackup: 'deleteDatabasePostgreSQLInstanceBackup',
    restore: 'postDatabasesPostgreSQLInstanceBackupRestore',
  }),
};
