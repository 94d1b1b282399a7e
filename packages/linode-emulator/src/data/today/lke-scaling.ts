// A node pool scaling up: its new node has no Linode yet, so its `instance_id` is null.
import type { JsonObject } from '../../types.js';
import type { SeedContext } from '../collections.js';
import { LKE } from '../lke.js';

export function seedScalingPool(ctx: SeedContext): void {
  const { rng } = ctx;
  const cluster = ctx.get(LKE.clusters).find((c) => c.label === 'lke-staging') ?? ctx.get(LKE.clusters)[0];
  const pool = cluster && ctx.get(LKE.pools, cluster.id)[0];
  if (!pool) return;
  (pool.nodes as JsonObject[]).push({ id: `${pool.id}-${rng.hex(8)}`, instance_id: null, status: 'not_ready' });
  pool.count = pool.nodes.length;
  pool.autoscaler.max = Math.max(pool.autoscaler.max, pool.count);
}
