// Lists derived from the rest of the store on each request, so they follow runtime changes:
// plan and service availability, VPC and instance addresses, VLANs, IPv6 ranges and pools,
// Managed settings, the profile's logins, tags and tagged objects, LKE API endpoints.
import { schemaFact } from 'linode-facts/spec';
import { collectionPath } from '../data/collections.js';
import { hash } from '../data/keyed-rng.js';
import { notFound } from '../errors.js';
import { objectsIn, stringsIn } from '../json.js';
import type { InstanceRecord, RegionRecord } from '../records.js';
import type { EmulatorStore, JsonObject } from '../types.js';
import { findInstance, list, ok, type Handler, type HandlerContext } from './context.js';
import { managedSsh } from './managed-handlers.js';
import { ipv6RangeChanges } from './networking-ranges.js';

const found = <T>(value: T | undefined): T => {
  if (value === undefined) throw notFound();
  return value;
};

/** Plan classes whose stock Linode reports per region, and the region capability they need. */
const STOCKED: Record<string, string> = { premium: 'Premium Plans', gpu: 'GPU Linodes' };

/** Premium and GPU plans of a region offering them; about one in four is sold out, all in an outage. */
function regionAvailability(store: EmulatorStore, region: RegionRecord): JsonObject[] {
  const { capabilities } = region;
  return store.types
    .filter((t) => capabilities.includes(STOCKED[t.class]))
    .map((t) => ({ region: region.id, plan: t.id, available: region.status === 'ok' && hash(`${region.id}/${t.id}`) % 4 !== 0 }));
}

/** Services an account needs approval for, unless its capabilities include them. */
const GATED = ['GPU Linodes'];

function accountAvailability(store: EmulatorStore, region: RegionRecord): JsonObject {
  const granted = new Set(stringsIn(store.singletons['/account']?.capabilities));
  const services = region.capabilities;
  const denied = (s: string) => GATED.includes(s) && !granted.has(s);
  return { region: region.id, available: services.filter((s) => !denied(s)), unavailable: services.filter(denied) };
}

/** One address per VPC interface of the subnets' member instances, in the subnet's range. */
function vpcAddresses(store: EmulatorStore, vpc: JsonObject): JsonObject[] {
  return (store.collections[collectionPath('/vpcs/{vpcId}/subnets', vpc.id)] ?? []).flatMap((subnet) => {
    const [network, prefix] = String(subnet.ipv4).split('/');
    const base = network.split('.').slice(0, 3).join('.');
    let host = 1;
    return objectsIn(subnet.linodes).flatMap((member) => {
      const instance = store.instances.find((i) => i.id === member.id);
      const config = instance && store.configsByInstance[instance.id]?.[0];
      if (!instance || !config) return [];
      return objectsIn(member.interfaces).map((iface) => ({
        active: iface.active,
        address: `${base}.${(host += 1)}`,
        address_range: null,
        config_id: config.id,
        gateway: `${base}.1`,
        interface_id: iface.id,
        linode_id: instance.id,
        nat_1_1: instance.ipv4[0],
        prefix: Number(prefix),
        region: vpc.region,
        subnet_id: subnet.id,
        subnet_mask: '255.255.255.0',
        vpc_id: vpc.id,
      }));
    });
  });
}

const IP_FIELDS = Object.keys(schemaFact('IPAddress').fields);
/** Today's keys of an address (quirks/new-keys.ts), kept where the instance's answer has them. */
const IP_KEYS = ['reserved', 'assigned_entity', 'interface_id'];

/**
 * The instances' public and private IPv4 and SLAAC addresses, as GET /networking/ips lists them,
 * then the reserved addresses assigned to nothing (`linode_id` null).
 */
function ipAddresses(store: EmulatorStore, skipIpv6Rdns = false): JsonObject[] {
  const assigned = store.instances.flatMap((instance) => {
    const ips = store.ipsByInstance[instance.id];
    if (!ips) return [];
    const v6 = { ...ips.ipv6.slaac, ...(skipIpv6Rdns ? { rdns: null } : {}) };
    // Outside VPCs: no 1:1 NAT.
    return [...ips.ipv4.public, ...ips.ipv4.private, v6].map((ip: JsonObject) => ({
      ...Object.fromEntries(IP_FIELDS.map((k) => [k, k === 'vpc_nat_1_1' ? null : (ip[k] ?? null)])),
      ...Object.fromEntries(IP_KEYS.filter((k) => k in ip).map((k) => [k, ip[k]])),
    }));
  });
  return [...assigned, ...store.reservedIps];
}

interface Vlan extends JsonObject {
  label: string;
  region: string;
  linodes: number[];
  created: string;
}

/** VLANs by label and region, from the `vlan` interfaces of the instances' configs. */
function vlans(store: EmulatorStore): Vlan[] {
  const byKey = new Map<string, Vlan>();
  for (const instance of store.instances) {
    const labels = (store.configsByInstance[instance.id] ?? []).flatMap((c) =>
      c.interfaces.filter((i) => i.purpose === 'vlan').map((i) => String(i.label)),
    );
    for (const label of new Set(labels)) {
      const key = `${instance.region}/${label}`;
      const vlan = byKey.get(key) ?? { label, region: instance.region, linodes: [], created: instance.created };
      vlan.linodes.push(instance.id);
      // The VLAN came into being with its first member.
      if (instance.created < vlan.created) vlan.created = instance.created;
      byKey.set(key, vlan);
    }
  }
  return [...byKey.values()].sort((a, b) => (a.region === b.region ? a.label.localeCompare(b.label) : a.region.localeCompare(b.region)));
}

interface Ipv6Range extends JsonObject {
  range: string;
  prefix: number;
  region: string;
  route_target: string;
}

/** A /64 is routed to about one running instance in ten, to its SLAAC address; then the ranges added and deleted since. */
function ipv6Ranges(store: EmulatorStore): Array<{ range: Ipv6Range; instance: InstanceRecord }> {
  const { added, removed } = ipv6RangeChanges(store);
  const later = added.flatMap((r) => {
    const instance = store.instances.find((i) => Array.isArray(r.linodes) && i.id === r.linodes[0]);
    return instance ? [{ instance, range: r as Ipv6Range }] : [];
  });
  return [...seededRanges(store).filter((r) => !removed.has(r.range.range)), ...later];
}

/** Whether a range (without its prefix length) is routed on the account. */
export function ipv6RangeExists(store: EmulatorStore, range: string): boolean {
  return ipv6Ranges(store).some((r) => r.range.range === range);
}

function seededRanges(store: EmulatorStore): Array<{ range: Ipv6Range; instance: InstanceRecord }> {
  return store.instances
    .filter((i) => i.status === 'running' && i.ipv6 && hash(`range/${i.id}`) % 10 === 0)
    .map((instance) => {
      const slaac = String(instance.ipv6).replace('/128', '');
      const site = slaac.split(':').slice(0, 2).join(':');
      const range = `${site}:e${(instance.id % 0x1000).toString(16).padStart(3, '0')}:${(hash(`net/${instance.id}`) & 0xffff).toString(16)}::`;
      return { instance, range: { range, prefix: 64, region: instance.region, route_target: slaac } };
    });
}

/** A /124 pool in each region with instances, as Linode lists them for IP sharing (the /124 is not sent). */
function ipv6Pools(store: EmulatorStore): JsonObject[] {
  const regions = store.regions.filter((r) => store.instances.some((i) => i.region === r.id));
  // Real pools come without `prefix` (recorded).
  return regions.map((r) => ({
    range: `2600:3c${(store.regions.indexOf(r) + 1).toString(16).padStart(2, '0')}::2:5000:0`,
    region: r.id,
    route_target: null,
  }));
}

function managedSettings(store: EmulatorStore, instance: InstanceRecord): JsonObject {
  return { id: instance.id, label: instance.label, group: instance.group, ssh: managedSsh(store, instance.id) };
}

function profileLogins(store: EmulatorStore): JsonObject[] {
  const me = store.singletons['/profile']?.username;
  return (store.collections['/account/logins'] ?? []).filter((l) => l.username === me);
}

/** What GET /tags/{label} returns objects of, and where they live; other tagged resources only name tags. */
function taggable(store: EmulatorStore): Array<[type: string, items: JsonObject[]]> {
  return [
    ['linode', store.instances],
    ['domain', store.domains],
    ['volume', store.volumes],
    ['nodebalancer', store.collections['/nodebalancers'] ?? []],
  ];
}

/** Every tag on the account's resources (top-level collections included: LKE clusters, firewalls...), sorted. */
function tags(store: EmulatorStore): JsonObject[] {
  const topLevel = Object.entries(store.collections).filter(([path]) => !/\/\d+(\/|$)/.test(path));
  const items = [...taggable(store).flatMap(([, i]) => i), ...topLevel.flatMap(([, i]) => i)];
  // Tags made without objects (POST /tags) exist too; they are kept under /tags.
  const labels = new Set([...items.flatMap((i) => stringsIn(i.tags)), ...(store.collections['/tags'] ?? []).map((t) => String(t.label))]);
  return [...labels].sort().map((label) => ({ label }));
}

function taggedObjects(ctx: HandlerContext): JsonObject[] {
  const label = ctx.params.tagLabel;
  const { store } = ctx.state;
  found(tags(store).find((t) => t.label === label));
  return taggable(store).flatMap(([type, items]) => items.filter((i) => stringsIn(i.tags).includes(label)).map((data) => ({ type, data })));
}

/** A cluster's Kubernetes API: by hostname and by address, on 443 and 6443. */
export function apiEndpoints(cluster: JsonObject): JsonObject[] {
  const h = hash(`lke/${String(cluster.id)}`);
  const host = `${h.toString(16).padStart(8, '0')}-${(hash(`api/${String(cluster.id)}`) >>> 8).toString(16)}.${String(cluster.region)}-1.linodelke.net`;
  const ip = `172.${232 + (h % 8)}.${(h >>> 8) & 255}.${((h >>> 16) % 253) + 2}`;
  return [host, ip].flatMap((at) => [443, 6443].map((port) => ({ endpoint: `https://${at}:${port}` })));
}

const findRegion = (ctx: HandlerContext, param: string) => found(ctx.state.store.regions.find((r) => r.id === ctx.params[param]));
const findVpc = (ctx: HandlerContext) => found((ctx.state.store.collections['/vpcs'] ?? []).find((v) => String(v.id) === ctx.params.vpcId));

export const derivedHandlers: Record<string, Handler> = {
  getRegionsAvailability: (ctx) => list(ctx.state.store.regions.flatMap((r) => regionAvailability(ctx.state.store, r))),
  getRegionAvailability: (ctx) => ok(regionAvailability(ctx.state.store, findRegion(ctx, 'regionId'))),
  getAvailability: (ctx) => list(ctx.state.store.regions.map((r) => accountAvailability(ctx.state.store, r))),
  getAccountAvailability: (ctx) => ok(accountAvailability(ctx.state.store, findRegion(ctx, 'id'))),
  getAllVPCIPs: (ctx) => list((ctx.state.store.collections['/vpcs'] ?? []).flatMap((v) => vpcAddresses(ctx.state.store, v))),
  getVPCIPs: (ctx) => list(vpcAddresses(ctx.state.store, findVpc(ctx))),
  getIPs: (ctx) => list(ipAddresses(ctx.state.store, ctx.query.get('skip_ipv6_rdns') === 'true')),
  getIP: (ctx) => ok(found(ipAddresses(ctx.state.store).find((ip) => ip.address === ctx.params.address))),
  getVLANs: (ctx) => list(vlans(ctx.state.store)),
  getIPv6Ranges: (ctx) =>
    list(
      ipv6Ranges(ctx.state.store).map((r) => ({
        range: r.range.range,
        prefix: r.range.prefix,
        region: r.range.region,
        route_target: r.range.route_target,
      })),
    ),
  getIPv6Range: (ctx) => {
    const wanted = ctx.params.range.replace(/\/\d+$/, '');
    const { range, instance } = found(ipv6Ranges(ctx.state.store).find((r) => r.range.range === wanted));
    return ok({ range: range.range, prefix: range.prefix, region: range.region, is_bgp: false, linodes: [instance.id] });
  },
  getIPv6Pools: (ctx) => list(ipv6Pools(ctx.state.store)),
  getManagedLinodeSettings: (ctx) => list(ctx.state.store.instances.map((i) => managedSettings(ctx.state.store, i))),
  getManagedLinodeSetting: (ctx) => ok(managedSettings(ctx.state.store, findInstance(ctx))),
  getProfileLogins: (ctx) => list(profileLogins(ctx.state.store)),
  getProfileLogin: (ctx) => ok(found(profileLogins(ctx.state.store).find((l) => String(l.id) === ctx.params.loginId))),
  getLKEClusterAPIEndpoints: (ctx) =>
    list(apiEndpoints(found((ctx.state.store.collections['/lke/clusters'] ?? []).find((c) => String(c.id) === ctx.params.clusterId)))),
  getTags: (ctx) => list(tags(ctx.state.store)),
  getTaggedObjects: (ctx) => list(taggedObjects(ctx)),
};
