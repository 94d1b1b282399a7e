// What an account has today that the spec's era did not: placement groups, database activity, boots
// queued behind provisioning, a UDP NodeBalancer, an IPsec firewall, a pool scaling up, reserved addresses, buckets. Seeded last,
// from a generator of their own, so the data seeded before stays as it was.
import type { SeedContext } from '../collections.js';
import { seedBuckets } from '../object-storage.js';
import { seedDatabaseActivity } from './databases.js';
import { mergeEvents } from './events.js';
import { seedScalingPool } from './lke-scaling.js';
import { seedPlacementGroup } from './placement.js';
import { seedImageShare } from './image-share.js';
import { seedLinodeInterfaces } from './linode-interfaces.js';
import { seedLocks } from './locks.js';
import { seedMonitor } from './monitor.js';
import { seedPlacementGroups } from './placement-groups.js';
import { seedQueuedBoots } from './queued-boots.js';
import { seedReservedIps } from './reserved-ips.js';
import { seedUdpNodeBalancer } from './udp-nodebalancer.js';
import { seedVpnFirewall } from './vpn-firewall.js';

export function seedToday(ctx: SeedContext): void {
  const events = [...seedPlacementGroup(ctx), ...seedDatabaseActivity(ctx), ...seedQueuedBoots(ctx)];
  seedUdpNodeBalancer(ctx);
  seedVpnFirewall(ctx);
  seedScalingPool(ctx);
  seedReservedIps(ctx);
  seedBuckets(ctx);
  mergeEvents(ctx.store, events, ctx.rng);
  // Today's API groups (src/today/), drawing after all of the above.
  seedPlacementGroups(ctx);
  seedLocks(ctx);
  seedMonitor(ctx);
  seedLinodeInterfaces(ctx);
  seedImageShare(ctx);
}
