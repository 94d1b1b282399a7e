// Object Storage buckets and their objects. Sizes are bytes, so busy buckets (and single backup or
// video objects) pass 2^31 and 2^32, as real ones do.
import type { Rng } from '../rng.js';
import { linodeTime } from '../time.js';
import type { SeedContext } from './collections.js';
import { DAY_MS, make, timeBetween } from './seed-helpers.js';

export const BUCKETS = '/object-storage/buckets/{clusterId}';
const MB = 1024 * 1024;
const GB = 1024 * MB;

type Kind = 'backups' | 'assets' | 'state' | 'logs' | 'empty';
/** [cluster (index into the catalog), label, what it holds]. */
const PLANS: Array<[cluster: number, label: string, kind: Kind]> = [
  [0, 'nightly-backups', 'backups'],
  [0, 'static-assets', 'assets'],
  [1, 'static-assets-eu', 'assets'],
  [0, 'terraform-state', 'state'],
  [2, 'logs-archive', 'logs'],
  [0, 'scratch-uploads', 'empty'],
];

interface Draft {
  name: string;
  size: number;
  /** Days before now it was written. */
  age: number;
}

function drafts(rng: Rng, kind: Kind, now: number): Draft[] {
  switch (kind) {
    case 'backups':
      // Two databases dumped nightly for 150 days: 2.5 to 6.5 GiB each.
      return Array.from({ length: 150 }, (_, n) =>
        ['orders-mysql', 'analytics-pg'].map((db) => ({
          name: `${db}/${linodeTime(now - (n + 1) * DAY_MS).slice(0, 10)}.sql.zst`,
          size: Math.round((2.5 + rng.next() * 4) * GB),
          age: n + 1,
        })),
      ).flat();
    case 'assets': {
      const files = Array.from({ length: 160 }, (_, n) => {
        const [dir, ext, max] = rng.pick([
          ['css', 'css', 300_000],
          ['js', 'js', 3 * MB],
          ['img', 'webp', 2 * MB],
          ['fonts', 'woff2', 120_000],
        ] as const);
        return { name: `${dir}/${dir}-${String(n).padStart(3, '0')}.${ext}`, size: rng.int(2_000, max), age: rng.int(1, 300) };
      });
      return [...files, { name: 'video/intro-1080p.mp4', size: Math.round(2.4 * GB), age: 40 }];
    }
    case 'state':
      return [
        { name: 'env/prod/terraform.tfstate', size: 184_320, age: 2 },
        { name: 'env/prod/.terraform.lock.hcl', size: 1_228, age: 90 },
        { name: 'env/staging/terraform.tfstate', size: 97_011, age: 6 },
      ];
    case 'logs':
      return Array.from({ length: 240 }, (_, day) => ({
        name: `nginx/access-${String(day + 1).padStart(3, '0')}.log.gz`,
        size: rng.int(8 * MB, 40 * MB),
        age: 240 - day,
      }));
    default:
      return [];
  }
}

/** An object of a listing, as Linode answers it: S3's timestamp with milliseconds and `Z`. */
function objectOf(rng: Rng, draft: Draft, now: number, owner: string) {
  const at = now - draft.age * DAY_MS - rng.int(0, 3_599_000);
  return { name: draft.name, size: draft.size, last_modified: new Date(at).toISOString(), etag: rng.hex(32), owner };
}

/** Buckets in the first clusters of the catalog, each with its objects; an empty list for the others. */
export function seedBuckets(ctx: SeedContext): void {
  const { rng, store, now } = ctx;
  const clusters = ctx.get('/object-storage/clusters');
  const owner = `${rng.hex(8)}-${rng.hex(4)}-${rng.hex(4)}-${rng.hex(4)}-${rng.hex(12)}`;
  for (const cluster of clusters) ctx.put(BUCKETS, [], cluster.id);
  for (const [index, label, kind] of PLANS) {
    const cluster = clusters[index % Math.max(1, clusters.length)];
    if (!cluster) continue;
    const objects = drafts(rng, kind, now)
      .map((d) => objectOf(rng, d, now, owner))
      .sort((a, b) => (a.name < b.name ? -1 : 1));
    const oldest = objects.reduce((min, o) => Math.min(min, Date.parse(o.last_modified)), now);
    store.bucketObjects[`${String(cluster.id)}/${label}`] = objects;
    ctx.get(BUCKETS, cluster.id).push(
      make('ObjectStorageBucket', rng, {
        created: timeBetween(rng, oldest - 60 * DAY_MS, oldest - DAY_MS),
        cluster: cluster.id,
        label,
        hostname: `${label}.${String(cluster.domain)}`,
        size: objects.reduce((sum, o) => sum + o.size, 0),
        objects: objects.length,
        region: cluster.region,
        s3_endpoint: cluster.domain,
        endpoint_type: 'E1',
      }),
    );
  }
}
