// LKE: a small catalog of Kubernetes versions and clusters whose pool nodes run on seeded
// instances of the cluster's region.
import type { JsonObject } from '../types.js';
import type { SeedContext } from './collections.js';
import { randomTime } from './fill.js';
import { after, busiestRegions, instancesIn, make } from './seed-helpers.js';

export const LKE = {
  versions: '/lke/versions',
  clusters: '/lke/clusters',
  pools: '/lke/clusters/{clusterId}/pools',
} as const;

/** Supported versions, oldest first (Linode lists the three latest minors). */
export const LKE_VERSIONS = ['1.31', '1.32', '1.33'];

const PLANS = [
  {
    label: 'lke-prod',
    version: '1.33',
    ha: true,
    tags: ['prod'],
    pools: [
      ['g6-dedicated-4', 3],
      ['g6-standard-4', 2],
    ] as const,
  },
  { label: 'lke-staging', version: '1.32', ha: false, tags: ['staging'], pools: [['g6-standard-2', 2]] as const },
];

/** Today's keys of a standard-tier cluster (quirks/new-keys.ts), no lock yet. */
export const clusterKeys = (): JsonObject => ({ tier: 'standard', apl_enabled: false, status: 'ready', locks: [] });

/** Today's keys of a pool; the dedicated pool of production keeps stateful workloads to itself. */
export function poolKeys(dedicated: boolean): JsonObject {
  if (!dedicated) return { labels: {}, taints: [], label: '', disk_encryption: 'enabled', locks: [] };
  return {
    labels: { workload: 'stateful' },
    taints: [{ key: 'workload', value: 'stateful', effect: 'NoSchedule' }],
    label: 'stateful',
    disk_encryption: 'enabled',
    locks: [],
  };
}

export function seedLke(ctx: SeedContext): void {
  const { rng, ids, store } = ctx;
  ctx.put(
    LKE.versions,
    LKE_VERSIONS.map((id) => make('LKEVersion', rng, { id })),
  );
  // Nodes run on instances not otherwise spoken for by other clusters, busiest regions first.
  const regions = busiestRegions(store, 'Kubernetes');
  const taken = new Set<number>();
  const clusters = PLANS.map((plan, n) => {
    const region = regions[n] ?? 'us-east';
    const created = randomTime(rng, Date.UTC(2023, 0, 1));
    const id = ids.next('lkeCluster');
    const free = instancesIn(store, region).filter((i) => !taken.has(i.id));
    const pools = plan.pools.map(([type, wanted]) => {
      const nodes = free.splice(0, wanted).map((instance) => {
        taken.add(instance.id);
        instance.lke_cluster_id = id;
        return { id: `${id}-${rng.hex(8)}`, instance_id: instance.id, status: instance.status === 'running' ? 'ready' : 'not_ready' };
      });
      const autoscale = rng.chance(0.5);
      return make('LKENodePool', rng, {
        autoscaler: { enabled: autoscale, max: autoscale ? nodes.length + 3 : nodes.length, min: nodes.length },
        type,
        count: nodes.length,
        disks: [],
        id: ids.next('lkePool'),
        nodes,
        tags: plan.tags,
        ...poolKeys(plan.ha && type.startsWith('g6-dedicated')),
      });
    });
    ctx.put(LKE.pools, pools, id);
    return make('LKECluster', rng, {
      id,
      created,
      updated: after(rng, created, 90),
      label: plan.label,
      region,
      k8s_version: plan.version,
      control_plane: { high_availability: plan.ha },
      tags: plan.tags,
      ...clusterKeys(),
    });
  });
  ctx.put(LKE.clusters, clusters);
}
