// Managed Databases: the engine and plan catalogs, and a few MySQL and PostgreSQL clusters.
import type { JsonObject } from '../types.js';
import type { SeedContext } from './collections.js';
import { ABSENT, randomTime } from './fill.js';
import { keyedRng } from './keyed-rng.js';
import { after, busiestRegions, make } from './seed-helpers.js';

export const DATABASES = {
  engines: '/databases/engines',
  types: '/databases/types',
  mysql: '/databases/mysql/instances',
  postgresql: '/databases/postgresql/instances',
} as const;

const ENGINES: Array<[engine: string, version: string]> = [
  ['mysql', '8.0.35'],
  ['postgresql', '13.14'],
  ['postgresql', '14.11'],
  ['postgresql', '15.6'],
  ['postgresql', '16.2'],
];

// [id, label, class, memory MB, vcpus, disk MB, monthly $ for 1 node, monthly $ for 3 nodes]
const TYPES: Array<[string, string, string, number, number, number, number, number]> = [
  ['g6-nanode-1', 'DBaaS - Nanode 1GB', 'nanode', 1024, 1, 25600, 15, 35],
  ['g6-standard-1', 'DBaaS - Linode 2GB', 'standard', 2048, 1, 51200, 30, 70],
  ['g6-standard-2', 'DBaaS - Linode 4GB', 'standard', 4096, 2, 81920, 60, 140],
  ['g6-standard-4', 'DBaaS - Linode 8GB', 'standard', 8192, 4, 163840, 120, 280],
  ['g6-standard-6', 'DBaaS - Linode 16GB', 'standard', 16384, 6, 327680, 240, 560],
  ['g6-dedicated-2', 'DBaaS - Dedicated 4GB', 'dedicated', 4096, 2, 81920, 65, 195],
  ['g6-dedicated-4', 'DBaaS - Dedicated 8GB', 'dedicated', 8192, 4, 163840, 130, 390],
  ['g6-dedicated-8', 'DBaaS - Dedicated 16GB', 'dedicated', 16384, 8, 327680, 260, 780],
  ['g6-dedicated-16', 'DBaaS - Dedicated 32GB', 'dedicated', 32768, 16, 655360, 520, 1560],
];

const hourly = (monthly: number) => Math.round((monthly / 730) * 1000) / 1000;
const price = (quantity: number, monthly: number) => ({ quantity, price: { hourly: hourly(monthly), monthly } });

/** Today's hosts: a primary, and a standby replica on 3-node clusters (no `secondary` any more). */
export function databaseHosts(host: string | null, size: number): JsonObject {
  return {
    primary: host && `${host}.servers.linodedb.net`,
    secondary: ABSENT,
    standby: host && size === 3 ? `replica-${host}.servers.linodedb.net` : null,
  };
}

/** Today's keys of a cluster (quirks/new-keys.ts); `members` maps node addresses to their roles. */
export function databaseKeys(id: number, size: number, created: string | null, engineConfig: JsonObject): JsonObject {
  const rng = keyedRng(`database/${id}`);
  const addresses = created ? Array.from({ length: size }, () => `172.236.${rng.int(0, 255)}.${rng.int(2, 254)}`) : [];
  return {
    engine_config: engineConfig,
    members: Object.fromEntries(addresses.map((address, n) => [address, n === 0 ? 'primary' : 'failover'])),
    platform: 'rdbms-default',
    oldest_restore_time: created,
    private_network: null,
  };
}

const CLUSTERS = [
  { engine: 'mysql', label: 'orders-mysql', type: 'g6-dedicated-4', size: 3, status: 'active' },
  { engine: 'mysql', label: 'wordpress-db', type: 'g6-standard-1', size: 1, status: 'active' },
  { engine: 'postgresql', label: 'analytics-pg', type: 'g6-dedicated-8', size: 3, status: 'active' },
  { engine: 'postgresql', label: 'staging-pg', type: 'g6-nanode-1', size: 1, status: 'suspended' },
];

export function seedDatabases(ctx: SeedContext): void {
  const { rng, ids, store } = ctx;
  // Real engines are id, engine and version only; real types send no `deprecated`.
  ctx.put(
    DATABASES.engines,
    ENGINES.map(([engine, version]) =>
      make('DatabaseEngine', rng, { id: `${engine}/${version}`, engine, version, total_disk_size_gb: ABSENT, used_disk_size_gb: ABSENT }),
    ),
  );
  const types = TYPES.map(([id, label, cls, memory, vcpus, disk, one, three]) =>
    make('DatabaseType', rng, {
      id,
      label,
      engines: { mysql: [price(1, one), price(3, three)], postgresql: [price(1, one), price(3, three)] },
      memory,
      disk,
      vcpus,
      deprecated: ABSENT,
      class: cls,
    }),
  );
  ctx.put(DATABASES.types, types);

  const regions = busiestRegions(store, 'Managed Databases');
  const byEngine: Record<string, JsonObject[]> = { mysql: [], postgresql: [] };
  for (const plan of CLUSTERS) {
    const id = ids.next('database');
    const mysql = plan.engine === 'mysql';
    const version = mysql ? '8.0.35' : rng.pick(['14.11', '15.6', '16.2']);
    const region = regions[rng.int(0, Math.min(2, regions.length - 1))] ?? 'us-east';
    const type = types.find((t) => t.id === plan.type);
    if (!type) throw new Error(`No Linode type ${plan.type} for database ${plan.label}`);
    const created = randomTime(rng, Date.UTC(2023, 0, 1));
    const host = `lin-${id}-${rng.int(1000, 9999)}-${plan.engine === 'mysql' ? 'mysql' : 'pgsql'}-primary`;
    const allowed = store.instances.filter((i) => i.region === region).slice(0, rng.int(1, 3));
    const fields: JsonObject = {
      id,
      label: plan.label,
      type: plan.type,
      engine: plan.engine,
      version,
      region,
      status: plan.status,
      encrypted: rng.chance(0.5),
      allow_list: [...allowed.map((i) => `${i.ipv4[0]}/32`), '203.0.113.0/24'],
      cluster_size: plan.size,
      hosts: databaseHosts(host, plan.size),
      ssl_connection: true,
      replication_type: ABSENT,
      port: mysql ? 3306 : 5432,
      created,
      updated: after(rng, created, 120),
      updates: {
        frequency: 'weekly',
        duration: 3,
        hour_of_day: rng.int(0, 23),
        day_of_week: rng.int(1, 7),
        week_of_month: ABSENT,
        pending: [],
      },
      total_disk_size_gb: Math.round(type.disk / 1024),
      used_disk_size_gb: rng.int(1, 12),
      ...(mysql ? {} : { replication_commit_type: ABSENT }),
      ...databaseKeys(id, plan.size, created, plan.label === 'orders-mysql' ? { binlog_retention_period: 600 } : {}),
    };
    byEngine[plan.engine].push(make(mysql ? 'DatabaseMySQL' : 'DatabasePostgreSQL', rng, fields));
  }
  ctx.put(DATABASES.mysql, byEngine.mysql);
  ctx.put(DATABASES.postgresql, byEngine.postgresql);
}
