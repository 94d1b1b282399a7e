// What a Managed Database has beside its own object: its backups (a week of nightly ones, and a
// snapshot on some), its root credentials and its CA certificate. Credentials and certificates are
// drawn from a generator keyed by the cluster, so they stay the same for the cluster's life.
import type { JsonObject } from '../types.js';
import type { SeedContext } from './collections.js';
import { keyedRng } from './keyed-rng.js';
import { DAY_MS, make } from './seed-helpers.js';
import { linodeTime, parseTime } from '../time.js';

export const DATABASE_BACKUPS = {
  mysql: '/databases/mysql/instances/{instanceId}/backups',
  postgresql: '/databases/postgresql/instances/{instanceId}/backups',
} as const;

export type DatabaseEngineName = keyof typeof DATABASE_BACKUPS;

/** Root user names as Linode creates them (linodego fixtures TestDatabase_MySQL_Suite, TestDatabase_Postgres_Suite). */
const ROOT_USER: Record<DatabaseEngineName, string> = { mysql: 'linroot', postgresql: 'linpostgres' };

/** A password like Linode's: 16 letters and digits. */
export function databasePassword(key: string): string {
  const rng = keyedRng(key);
  const chars = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789';
  return Array.from({ length: 16 }, () => chars[rng.int(0, chars.length - 1)]).join('');
}

/** The root credentials of a cluster; `generation` counts resets. */
export function databaseCredentials(engine: DatabaseEngineName, id: unknown, generation = 0): JsonObject {
  return { username: ROOT_USER[engine], password: databasePassword(`database-credentials/${String(id)}/${generation}`) };
}

/** The cluster's CA certificate, base64 of its PEM, as Linode sends it. */
export function databaseCaCertificate(id: unknown): string {
  const rng = keyedRng(`database-ca/${String(id)}`);
  const body = Array.from({ length: 18 }, () => Buffer.from(rng.hex(48), 'hex').toString('base64')).join('\n');
  return Buffer.from(`-----BEGIN CERTIFICATE-----\n${body}\n-----END CERTIFICATE-----\n`).toString('base64');
}

/** Linode's label of a scheduled backup: `Scheduled - 02/04/22 11:11 UTC-XcCRmI`. */
function scheduledLabel(at: number, suffix: string): string {
  const d = new Date(at);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `Scheduled - ${pad(d.getUTCMonth() + 1)}/${pad(d.getUTCDate())}/${pad(d.getUTCFullYear() % 100)} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())} UTC-${suffix}`;
}

/** A scheduled backup of a cluster, taken at `at` (ms). */
export function autoBackup(ctx: Pick<SeedContext, 'rng'>, id: number, at: number): JsonObject {
  const suffix = Array.from({ length: 6 }, () => ctx.rng.pick([...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'])).join('');
  return make('DatabaseBackup', ctx.rng, { id, type: 'auto', label: scheduledLabel(at, suffix), created: linodeTime(at) });
}

/** Nightly backups of the last week for every active cluster (none while it provisions), and one snapshot on every other. */
export function seedDatabaseBackups(ctx: SeedContext): void {
  for (const engine of Object.keys(DATABASE_BACKUPS) as DatabaseEngineName[]) {
    for (const db of ctx.get(`/databases/${engine}/instances`)) {
      const backups: JsonObject[] = [];
      if (db.status === 'active' || db.status === 'suspended') {
        const created = parseTime(String(db.created));
        const nights = Math.min(7, Math.floor((ctx.now - created) / DAY_MS));
        for (let n = nights; n >= 1; n -= 1) {
          const at = Math.floor(ctx.now / DAY_MS) * DAY_MS - n * DAY_MS + ctx.rng.int(0, 3) * 3_600_000;
          backups.push(autoBackup(ctx, ctx.ids.next('databaseBackup'), at));
        }
        if (backups.length && ctx.rng.chance(0.5)) {
          const at = ctx.now - ctx.rng.int(2, 40) * 3_600_000;
          backups.push(
            make('DatabaseBackup', ctx.rng, {
              id: ctx.ids.next('databaseBackup'),
              type: 'snapshot',
              label: 'before-migration',
              created: linodeTime(at),
            }),
          );
        }
      }
      ctx.put(DATABASE_BACKUPS[engine], backups, db.id);
    }
  }
}
