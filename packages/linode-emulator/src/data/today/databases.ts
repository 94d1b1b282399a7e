// A PostgreSQL cluster still being provisioned (no disk usage yet, its creation a `notification`
// event without duration), and the database events of the other clusters.
import { linodeTime } from '../../time.js';
import type { EventRecord } from '../../records.js';
import type { JsonObject } from '../../types.js';
import type { SeedContext } from '../collections.js';
import { DATABASES, databaseHosts, databaseKeys } from '../databases.js';
import { ABSENT } from '../fill.js';
import { busiestRegions, DAY_MS, make } from '../seed-helpers.js';
import { draftEvent } from './events.js';

const entityOf = (db: JsonObject) => ({
  id: Number(db.id),
  label: String(db.label),
  type: 'database' as const,
  url: `/v4/databases/${String(db.engine)}/instances/${String(db.id)}`,
});

function provisioningCluster(ctx: SeedContext) {
  const { ids, rng, store, now } = ctx;
  const all = [...ctx.get(DATABASES.mysql), ...ctx.get(DATABASES.postgresql)];
  const id = ids.nextAbove('database', Math.max(0, ...all.map((d) => Number(d.id))));
  const created = linodeTime(now - rng.int(3, 9) * 60_000);
  const cluster = make('DatabasePostgreSQL', rng, {
    id,
    label: 'reports-pg',
    type: 'g6-standard-2',
    engine: 'postgresql',
    version: '16.2',
    region: busiestRegions(store, 'Managed Databases')[0] ?? 'us-east',
    status: 'provisioning',
    encrypted: true,
    allow_list: ['203.0.113.0/24'],
    cluster_size: 1,
    hosts: databaseHosts(null, 1),
    ssl_connection: true,
    port: 5432,
    created,
    updated: created,
    updates: { frequency: 'weekly', duration: 3, hour_of_day: 2, day_of_week: 7, week_of_month: ABSENT, pending: [] },
    total_disk_size_gb: 80,
    used_disk_size_gb: null,
    replication_type: ABSENT,
    replication_commit_type: ABSENT,
    ...databaseKeys(id, 1, null, {}),
  });
  ctx.get(DATABASES.postgresql).push(cluster);
  return cluster;
}

/** Adds the provisioning cluster; answers the events of every cluster. */
export function seedDatabaseActivity(ctx: SeedContext): EventRecord[] {
  const { rng, now } = ctx;
  const existing = [...ctx.get(DATABASES.mysql), ...ctx.get(DATABASES.postgresql)].sort((a, b) => Number(a.id) - Number(b.id));
  const events: EventRecord[] = [];
  for (const db of existing) {
    const entity = entityOf(db);
    events.push(draftEvent(rng, { action: 'database_create', created: String(db.created), entity, duration: rng.int(380, 900) }));
    if (db.updated !== db.created)
      events.push(draftEvent(rng, { action: 'database_update', created: String(db.updated), entity, duration: 0 }));
  }
  const busiest = existing.find((db) => db.label === 'orders-mysql');
  if (busiest)
    events.push(
      draftEvent(rng, {
        action: 'database_backup_create',
        created: linodeTime(now - 3 * DAY_MS - rng.int(0, DAY_MS)),
        entity: entityOf(busiest),
        duration: rng.int(60, 300),
      }),
    );
  const fresh = provisioningCluster(ctx);
  events.push(draftEvent(rng, { action: 'database_create', created: fresh.created, entity: entityOf(fresh), status: 'notification' }));
  return events;
}
