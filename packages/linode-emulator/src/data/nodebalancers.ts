// NodeBalancers, their configs (ports) and nodes: backends on instances' private addresses in the
// NodeBalancer's region.
import type { InstanceRecord } from '../records.js';
import type { JsonObject } from '../types.js';
import type { SeedContext } from './collections.js';
import { after, busiestRegions, fingerprint, instancesIn, make, privateIpOf, REDACTED } from './seed-helpers.js';
import { randomTime } from './fill.js';

const PLANS = [
  { label: 'nb-web-prod', ports: [80, 443], tags: ['prod', 'frontend'] },
  { label: 'nb-api-prod', ports: [443], tags: ['prod', 'backend'] },
  { label: 'nb-staging', ports: [80, 3306], tags: ['staging'] },
];

/** Today's keys of a NodeBalancer (quirks/new-keys.ts): a common plan not made by LKE, no lock yet. */
export const nodeBalancerKeys = (): JsonObject => ({ type: 'common', lke_cluster: null, client_udp_sess_throttle: 0, locks: [] });
/** Today's UDP settings, sent on every config (recorded with these defaults on HTTP configs). */
export const UDP_DEFAULTS = { udp_check_port: 80, udp_session_timeout: 16 };

export const NB_ENDPOINTS = {
  list: '/nodebalancers',
  configs: '/nodebalancers/{nodeBalancerId}/configs',
  nodes: '/nodebalancers/{nodeBalancerId}/configs/{configId}/nodes',
} as const;

export function seedNodeBalancers(ctx: SeedContext): void {
  const { rng, ids, store } = ctx;
  const withPrivateIp = (i: InstanceRecord) => privateIpOf(i) !== undefined;
  const regions = busiestRegions(store, 'NodeBalancers', withPrivateIp);
  const used = new Set<number>();
  const nodeBalancers = PLANS.map((plan, n) => {
    const region = regions[n % Math.max(1, Math.min(2, regions.length))] ?? 'us-east';
    const created = randomTime(rng);
    const ipv4 = `139.162.${rng.int(0, 255)}.${rng.int(2, 254)}`;
    const nb = make('NodeBalancer', rng, {
      id: ids.next('nodebalancer'),
      label: plan.label,
      region,
      hostname: `nb-${ipv4.replace(/\./g, '-')}.${region}.nodebalancer.linode.com`,
      ipv4,
      ipv6: `2600:3c03:e000:${rng.hex(3)}::1`,
      created,
      updated: after(rng, created, 200),
      client_conn_throttle: rng.pick([0, 0, 10]),
      transfer: { total: 0, out: 0, in: 0 },
      tags: plan.tags,
      ...nodeBalancerKeys(),
    });
    const inbound = Math.round(rng.next() * 40_000) / 100;
    const outbound = Math.round(rng.next() * 4_000) / 100;
    nb.transfer = { total: Math.round((inbound + outbound) * 100) / 100, out: outbound, in: inbound };

    const backends = instancesIn(store, region)
      .filter((i) => withPrivateIp(i) && !used.has(i.id))
      .slice(0, rng.int(2, 4));
    for (const b of backends) used.add(b.id);
    const configs = plan.ports.map((port) => makeConfig(ctx, nb, port));
    ctx.put(NB_ENDPOINTS.configs, configs, nb.id);
    for (const config of configs) {
      const nodes = backends.map((instance) => makeNode(ctx, nb, config, instance));
      config.nodes_status = { up: nodes.filter((x) => x.status === 'UP').length, down: nodes.filter((x) => x.status !== 'UP').length };
      ctx.put(NB_ENDPOINTS.nodes, nodes, nb.id, config.id);
    }
    return nb;
  });
  ctx.put(NB_ENDPOINTS.list, nodeBalancers);
}

function makeConfig(ctx: SeedContext, nb: JsonObject, port: number) {
  const protocol = port === 443 ? 'https' : port === 80 ? 'http' : 'tcp';
  const https = protocol === 'https';
  return make('NodeBalancerConfig', ctx.rng, {
    id: ctx.ids.next('nodebalancerConfig'),
    port,
    protocol,
    algorithm: protocol === 'tcp' ? 'leastconn' : 'roundrobin',
    stickiness: protocol === 'tcp' ? 'none' : 'table',
    check: protocol === 'tcp' ? 'connection' : 'http',
    check_interval: 5,
    check_timeout: 3,
    check_attempts: 3,
    check_path: protocol === 'tcp' ? '' : '/healthz',
    check_body: '',
    check_passive: true,
    proxy_protocol: 'none',
    cipher_suite: 'recommended',
    nodebalancer_id: nb.id,
    ssl_commonname: https ? 'www.example.com' : '',
    ssl_fingerprint: https ? fingerprint(ctx.rng) : '',
    ssl_cert: https ? REDACTED : null,
    ssl_key: https ? REDACTED : null,
    nodes_status: { up: 0, down: 0 },
    ...UDP_DEFAULTS,
  });
}

function makeNode(ctx: SeedContext, nb: JsonObject, config: ReturnType<typeof makeConfig>, instance: InstanceRecord) {
  const backendPort = config.protocol === 'https' ? 80 : config.port;
  return make('NodeBalancerNode', ctx.rng, {
    id: ctx.ids.next('nodebalancerNode'),
    address: `${privateIpOf(instance)}:${backendPort}`,
    label: instance.label,
    status: instance.status === 'running' ? 'UP' : 'DOWN',
    weight: 100,
    mode: 'accept',
    config_id: config.id,
    nodebalancer_id: nb.id,
    vpc_config_id: null,
  });
}
