// A node pool scaling up: its new node has no Linode yet, so its `instance_id` is null.
import { asObject, objectList } from '../../json.js';
import type { SeedContext } from '../collections.js';
import { LKE } from '../lke.js';

export function seedScalingPool(ctx: SeedContext): void {
  const { rng } = ctx;
  const cluster = ctx.get(LKE.clusters).find((c) => c.label === 'lke-staging') ?? ctx.get(LKE.clusters)[0];
  const pool = cluster && ctx.get(LKE.pools, cluster.id)[0];
  if (!pool) return;
  const nodes = objectList(pool.nodes) ?? [];
  nodes.push({ id: `${String(pool.id)}-${rng.hex(8)}`, instance_id: null, status: 'not_ready' });
  pool.count = nodes.length;
  const autoscaler = asObject(pool.autoscaler);
  if (autoscaler) autoscaler.max = Math.max(Number(autoscaler.max), nodes.length);
}
