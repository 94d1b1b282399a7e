// A NodeBalancer balancing UDP (a game server pair): values the spec's enums lack (protocol `udp`,
// algorithm `ring_hash`, stickiness `session`, cipher suite `none`), and backends whose status is
// `Unknown`, capitalised, since no health check runs on them.
import type { InstanceRecord } from '../../records.js';
import type { SeedContext } from '../collections.js';
import { NB_ENDPOINTS, nodeBalancerKeys, UDP_DEFAULTS } from '../nodebalancers.js';
import { after, busiestRegions, instancesIn, make, privateIpOf } from '../seed-helpers.js';
import { randomTime } from '../fill.js';

const PORT = 27015;

export function seedUdpNodeBalancer(ctx: SeedContext): void {
  const { rng, ids, store } = ctx;
  const existing = ctx.get(NB_ENDPOINTS.list);
  const taken = new Set(
    Object.entries(store.collections)
      .filter(([path]) => /^\/nodebalancers\/\d+\/configs\/\d+\/nodes$/.test(path))
      .flatMap(([, nodes]) => nodes.map((n) => String(n.address).replace(/:\d+$/, ''))),
  );
  const withPrivateIp = (i: InstanceRecord) => privateIpOf(i) !== undefined;
  const region = busiestRegions(store, 'NodeBalancers', withPrivateIp)[0] ?? 'us-east';
  const backends = instancesIn(store, region)
    .filter((i) => withPrivateIp(i) && !taken.has(privateIpOf(i) as string))
    .slice(0, 2);
  const id = ids.nextAbove('nodebalancer', Math.max(0, ...existing.map((n) => Number(n.id))));
  const created = randomTime(rng, Date.UTC(2024, 6, 1));
  const ipv4 = `139.162.${rng.int(0, 255)}.${rng.int(2, 254)}`;
  const nb = make('NodeBalancer', rng, {
    id,
    label: 'nb-game-udp',
    region,
    hostname: `nb-${ipv4.replace(/\./g, '-')}.${region}.nodebalancer.linode.com`,
    ipv4,
    ipv6: `2600:3c03:e000:${rng.hex(3)}::1`,
    created,
    updated: after(rng, created, 30),
    client_conn_throttle: 0,
    transfer: { total: 1843.2, out: 1201.7, in: 641.5 },
    tags: ['game'],
    ...nodeBalancerKeys(),
  });
  existing.push(nb);
  const config = make('NodeBalancerConfig', rng, {
    id: ids.nextAbove('nodebalancerConfig', maxIdUnder(ctx, /^\/nodebalancers\/\d+\/configs$/)),
    port: PORT,
    protocol: 'udp',
    algorithm: 'ring_hash',
    stickiness: 'session',
    check: 'none',
    check_interval: 5,
    check_timeout: 3,
    check_attempts: 3,
    check_path: '',
    check_body: '',
    check_passive: false,
    proxy_protocol: 'none',
    cipher_suite: 'none',
    nodebalancer_id: id,
    ssl_commonname: '',
    ssl_fingerprint: '',
    ssl_cert: null,
    ssl_key: null,
    nodes_status: { up: 0, down: backends.length },
    ...UDP_DEFAULTS,
  });
  ctx.put(NB_ENDPOINTS.configs, [config], id);
  let nodeId = maxIdUnder(ctx, /^\/nodebalancers\/\d+\/configs\/\d+\/nodes$/);
  ctx.put(
    NB_ENDPOINTS.nodes,
    backends.map((instance) =>
      make('NodeBalancerNode', rng, {
        id: (nodeId = ids.nextAbove('nodebalancerNode', nodeId)),
        address: `${privateIpOf(instance)}:${PORT}`,
        label: instance.label,
        status: 'Unknown',
        weight: 100,
        mode: 'accept',
        config_id: config.id,
        nodebalancer_id: id,
        vpc_config_id: null,
      }),
    ),
    id,
    config.id,
  );
}

/** The largest id in the collections whose path matches. */
function maxIdUnder(ctx: SeedContext, path: RegExp): number {
  return Math.max(
    0,
    ...Object.entries(ctx.store.collections)
      .filter(([p]) => path.test(p))
      .flatMap(([, items]) => items.map((i) => Number(i.id))),
  );
}
