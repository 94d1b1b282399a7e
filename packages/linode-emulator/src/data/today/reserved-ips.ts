// Reserved IPv4 addresses kept for later use: assigned to nothing, so GET /networking/ips lists them
// with `linode_id` null and `assigned_entity` null.
import type { SeedContext } from '../collections.js';
import { busiestRegions } from '../seed-helpers.js';

export function seedReservedIps(ctx: SeedContext): void {
  const { rng, store } = ctx;
  const regions = busiestRegions(store, 'Linodes').slice(0, 3);
  const used = new Set<string>();
  store.reservedIps = regions.map((region, n) => {
    let address: string;
    do address = `172.232.${rng.int(0, 255)}.${rng.int(2, 254)}`;
    while (used.has(address));
    used.add(address);
    return {
      address,
      gateway: address.replace(/\.\d+$/, '.1'),
      subnet_mask: '255.255.255.0',
      prefix: 24,
      type: 'ipv4',
      public: true,
      rdns: `${address.replace(/\./g, '-')}.ip.linodeusercontent.com`,
      linode_id: null,
      region,
      vpc_nat_1_1: null,
      reserved: true,
      assigned_entity: null,
      interface_id: null,
      tags: n === 0 ? ['failover'] : [],
    };
  });
}
