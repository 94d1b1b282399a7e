// Write rules of Cloud Firewalls (and their devices and rules), VPCs and subnets, NodeBalancers
// (configs, nodes) and LKE clusters (pools, recycle).
import { schemaFact } from 'linode-facts/spec';
import { collectionPath } from '../data/collections.js';
import { entityAt, type EventEntityType } from '../data/entity-types.js';
import { fingerprintOf } from '../data/firewall-rules.js';
import { nodeBalancerKeys, UDP_DEFAULTS } from '../data/nodebalancers.js';
import { instanceEntity } from '../data/seed-helpers.js';
import { badRequest, FieldErrors, notFound } from '../errors.js';
import type { EmulatorState } from '../state.js';
import { asList, asObject, objectsIn } from '../json.js';
import type { AddressRecord, InstanceRecord } from '../records.js';
import { ipv6RangeChanges } from './networking-ranges.js';
import { ipv6RangeExists } from './derived.js';
import type { EmulatorStore, JsonObject } from '../types.js';
import { nowTime, ok, recordEvent, subjectOf, type Handler, type HandlerContext } from './context.js';
import { isDeviceOf, syncEntities } from './collection-links.js';
import { childPlace, collectionPlace, dropCollections } from './places.js';
import { checkFields } from './validate.js';
import { createItem, findItemOf, itemEntity as entity, type EventEntity, type Place, type WriteRules } from './writes.js';

export const P = {
  firewalls: '/networking/firewalls',
  devices: '/networking/firewalls/{firewallId}/devices',
  vpcs: '/vpcs',
  subnets: '/vpcs/{vpcId}/subnets',
  nodebalancers: '/nodebalancers',
  configs: '/nodebalancers/{nodeBalancerId}/configs',
  nodes: '/nodebalancers/{nodeBalancerId}/configs/{configId}/nodes',
  clusters: '/lke/clusters',
  pools: '/lke/clusters/{clusterId}/pools',
} as const;

const parentEntity = (type: EventEntityType, base: string) => (_: JsonObject, place: Place<JsonObject>) => entity(type, base)(place.parent);
const events = <Parent extends JsonObject | undefined>(
  prefix: string,
  of: (item: JsonObject, place: Place<Parent>, ctx: HandlerContext) => EventEntity,
  secondary?: (item: JsonObject, place: Place<Parent>) => JsonObject,
) => ({
  create: `${prefix}_create`,
  update: `${prefix}_update`,
  delete: `${prefix}_delete`,
  entity: of,
  secondary,
});

function uniqueLabel(what: string) {
  return (ctx: HandlerContext, errors: FieldErrors, place: Place, item?: JsonObject) => {
    const label = ctx.body.label;
    if (typeof label === 'string' && place.items.some((i) => i.label === label && i !== item))
      errors.add('label', `Label must be unique among your ${what}`);
  };
}

function checkRegion(ctx: HandlerContext, errors: FieldErrors): void {
  if (typeof ctx.body.region === 'string' && !ctx.state.store.regions.some((r) => r.id === ctx.body.region))
    errors.add('region', 'Region not found');
}

// Firewalls and devices

const nodeBalancers = (store: EmulatorStore) => store.collections[P.nodebalancers] ?? [];
const firewalls = (store: EmulatorStore) => store.collections[P.firewalls] ?? [];
const devicesOf = (store: EmulatorStore, id: unknown) => store.collections[collectionPath(P.devices, id)] ?? [];

/** `{id, type, label, url}` of a Linode or NodeBalancer, or undefined when there is none. */
function deviceEntity(store: EmulatorStore, type: unknown, id: unknown): JsonObject | undefined {
  if (type === 'linode') {
    const instance = store.instances.find((i) => i.id === id);
    return instance && instanceEntity(instance);
  }
  const nb = type === 'nodebalancer' ? nodeBalancers(store).find((n) => n.id === id) : undefined;
  return nb && { id: nb.id, type: 'nodebalancer', label: nb.label, url: `/v4/nodebalancers/${String(nb.id)}` };
}

/** Adds a device for the entity to the firewall; the caller checked it exists and is not there yet. */
function addDevice(state: EmulatorState, firewall: JsonObject, device: JsonObject): JsonObject {
  const devices = (state.store.collections[collectionPath(P.devices, firewall.id)] ??= []);
  const all = firewalls(state.store).flatMap((f) => devicesOf(state.store, f.id));
  const now = nowTime(state);
  const added = {
    id: state.ids.nextAbove('firewallDevice', Math.max(0, ...all.map((d) => Number(d.id)))),
    created: now,
    updated: now,
    entity: { ...device, parent_entity: null },
  };
  devices.push(added);
  syncEntities(state.store, firewall);
  const url = `/v4/networking/firewalls/${String(firewall.id)}`;
  const event = recordEvent(state, 'firewall_device_add', subjectOf(firewall), 'firewall', 'finished', url);
  event.secondary_entity = device;
  return added;
}

/** The entity `type`/`id` names, with a 400 on `field` when it does not exist or is behind the firewall already. */
function checkDevice(
  errors: FieldErrors,
  store: EmulatorStore,
  firewall: JsonObject | undefined,
  type: unknown,
  id: unknown,
  field: string,
): JsonObject | undefined {
  const device = deviceEntity(store, type, id);
  if (!device) errors.add(field, `${type === 'nodebalancer' ? 'NodeBalancer' : 'Linode'} ${String(id)} not found`);
  else if (firewall && devicesOf(store, firewall.id).some((d) => isDeviceOf(d, type, id)))
    errors.add(field, `This ${String(type)} is already assigned to this Firewall`);
  return device;
}

export const firewallRules: WriteRules = {
  place: collectionPlace(P.firewalls),
  idKind: 'firewall',
  event: events('firewall', entity('firewall', '/networking/firewalls')),
  check: (ctx, errors, place, item) => {
    uniqueLabel('Firewalls')(ctx, errors, place, item);
    const devices = asObject(ctx.body.devices);
    if (!item && devices) {
      for (const [kind, type] of [
        ['linodes', 'linode'],
        ['nodebalancers', 'nodebalancer'],
      ] as const) {
        asList(devices[kind]).forEach((id, i) => checkDevice(errors, ctx.state.store, undefined, type, id, `devices.${kind}[${i}]`));
      }
    }
  },
  initial: () => ({ status: 'enabled' }),
  created: (ctx, firewall) => {
    ctx.state.store.collections[collectionPath(P.devices, firewall.id)] = [];
    firewall.entities = [];
    const rules: JsonObject = { inbound: [], outbound: [], ...asObject(firewall.rules), ...asObject(ctx.body.rules) };
    firewall.rules = Object.assign(rules, { version: 1, fingerprint: fingerprintOf(rules) });
    // The check found every device named.
    const devices = asObject(ctx.body.devices);
    for (const [kind, type] of [
      ['linodes', 'linode'],
      ['nodebalancers', 'nodebalancer'],
    ] as const) {
      for (const id of asList(devices?.[kind])) {
        const device = deviceEntity(ctx.state.store, type, id);
        if (device) addDevice(ctx.state, firewall, device);
      }
    }
  },
  // Deleting a firewall removes its devices (the entities stay).
  deleting: (ctx, firewall) => dropCollections(ctx.state.store, `${P.firewalls}/${String(firewall.id)}`),
};

export const deviceRules: WriteRules<JsonObject> = {
  place: childPlace(P.devices),
  check: (ctx, errors, place) => {
    if (ctx.body.type !== undefined && ctx.body.id !== undefined && !errors.items.length)
      checkDevice(errors, ctx.state.store, place.parent, ctx.body.type, ctx.body.id, 'id');
  },
};

/** POST devices: adds the entity (rules.check ran the checks). */
export const createDevice: Handler = (ctx) => {
  const place = deviceRules.place(ctx);
  const errors = new FieldErrors();
  checkFields(errors, ctx.op.request, ctx.body);
  deviceRules.check?.(ctx, errors, place);
  errors.throwIfAny();
  const device = deviceEntity(ctx.state.store, ctx.body.type, ctx.body.id);
  if (!device) throw notFound(); // the check found it
  return ok(addDevice(ctx.state, place.parent, device));
};

export const deleteDevice: Handler = (ctx) => {
  const place = deviceRules.place(ctx);
  const device = findItemOf(ctx, deviceRules);
  place.items.splice(place.items.indexOf(device), 1);
  const firewall = place.parent;
  syncEntities(ctx.state.store, firewall);
  const url = `/v4/networking/firewalls/${String(firewall.id)}`;
  const event = recordEvent(ctx.state, 'firewall_device_remove', subjectOf(firewall), 'firewall', 'finished', url);
  event.secondary_entity = asObject(device.entity) ?? null;
  return ok({});
};

/** PUT rules: replaces the lists and policies given; answers the rules. */
export const updateFirewallRules: Handler = (ctx) => {
  const firewall = findItemOf(ctx, { place: collectionPlace(P.firewalls) });
  const errors = new FieldErrors();
  checkFields(errors, ctx.op.request, ctx.body);
  errors.throwIfAny();
  const known = ['inbound', 'outbound', 'inbound_policy', 'outbound_policy'];
  const given = Object.fromEntries(Object.entries(ctx.body).filter(([k, v]) => known.includes(k) && v !== undefined));
  const rules: JsonObject = { ...asObject(firewall.rules), ...given };
  if (typeof rules.version === 'number' && Number.isInteger(rules.version)) rules.version += 1;
  rules.fingerprint = fingerprintOf(rules);
  firewall.rules = rules;
  firewall.updated = nowTime(ctx.state);
  const url = `/v4/networking/firewalls/${String(firewall.id)}`;
  recordEvent(ctx.state, 'firewall_update', subjectOf(firewall), 'firewall', 'finished', url);
  return ok(rules);
};

// VPCs and subnets: their writes are `vpc_*` and `subnet_*` events (linodego's ActionVPCCreate...
// ActionVPCSubnetDelete, entity types `vpc` and `subnet`); a subnet's names its VPC as the
// secondary entity (Cloud Manager's subnet event messages).

const CIDR = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d{1,2})$/;

/** Subnet ranges must be private IPv4 CIDRs (RFC 1918). */
function checkSubnetRange(errors: FieldErrors, value: unknown, field: string): void {
  if (typeof value !== 'string') return;
  const m = CIDR.exec(value);
  const [a, b] = m ? [Number(m[1]), Number(m[2])] : [];
  const isPrivate =
    m && Number(m[5]) <= 32 && (a === 10 || (a === 172 && b !== undefined && b >= 16 && b <= 31) || (a === 192 && b === 168));
  if (!isPrivate) errors.add(field, `${field} must be a private IPv4 range in CIDR notation`);
}

export const vpcRules: WriteRules = {
  place: collectionPlace(P.vpcs),
  idKind: 'vpc',
  event: events('vpc', entity('vpc', P.vpcs)),
  check: (ctx, errors, place, item) => {
    uniqueLabel('VPCs')(ctx, errors, place, item);
    checkRegion(ctx, errors);
    if (!item && Array.isArray(ctx.body.subnets))
      asList(ctx.body.subnets).forEach((s, i) => checkSubnetRange(errors, asObject(s)?.ipv4, `subnets[${i}].ipv4`));
  },
  created: (ctx, vpc) => {
    const place = subnetRules.place({ ...ctx, params: { vpcId: String(vpc.id) } });
    for (const spec of objectsIn(ctx.body.subnets))
      place.items.push(
        createItem({ ...ctx, body: spec }, subnetRules, place, schemaFact('VPCSubnet'), ctx.op.request?.fields?.subnets?.items),
      );
    syncSubnets(ctx, place);
  },
  // Linode refuses to delete a VPC while instances use one of its subnets.
  deleting: (ctx, vpc) => {
    const subnets = ctx.state.store.collections[collectionPath(P.subnets, vpc.id)] ?? [];
    if (subnets.some((s) => asList(s.linodes).length))
      throw badRequest('The VPC has Linodes assigned to its subnets; remove them before deleting it');
    dropCollections(ctx.state.store, `${P.vpcs}/${String(vpc.id)}`);
  },
};

/** A VPC's own `subnets` list follows its subnet collection. */
function syncSubnets(_ctx: HandlerContext, place: Place): void {
  if (place.parent) place.parent.subnets = place.items.map((s) => ({ ...s }));
}

export const subnetRules: WriteRules<JsonObject> = {
  place: childPlace(P.subnets),
  idKind: 'subnet',
  event: events(
    'subnet',
    (subnet, { parent: vpc }) => entityAt('subnet', `${P.vpcs}/${String(vpc.id)}/subnets`, subnet),
    (_subnet, { parent: vpc }) => entityAt('vpc', P.vpcs, vpc),
  ),
  check: (ctx, errors, place, item) => {
    uniqueLabel('subnets of this VPC')(ctx, errors, place, item);
    checkSubnetRange(errors, ctx.body.ipv4, 'ipv4');
  },
  initial: () => ({ linodes: [] }),
  created: (ctx, _s, place) => syncSubnets(ctx, place),
  updated: (ctx, _s, place) => syncSubnets(ctx, place),
  deleting: (_ctx, subnet) => {
    if (asList(subnet.linodes).length) throw badRequest('The subnet has Linodes assigned; remove them before deleting it');
  },
  deleted: (ctx, _s, place) => syncSubnets(ctx, place),
};

// NodeBalancers, configs, nodes

const nbEntity = entity('nodebalancer', '/nodebalancers');

export const nodeBalancerRules: WriteRules = {
  place: collectionPlace(P.nodebalancers),
  idKind: 'nodebalancer',
  event: events('nodebalancer', nbEntity),
  check: (ctx, errors, place, item) => {
    uniqueLabel('NodeBalancers')(ctx, errors, place, item);
    checkRegion(ctx, errors);
    if (item || !Array.isArray(ctx.body.configs)) return;
    asList(ctx.body.configs).forEach((config, i) =>
      asList(asObject(config)?.nodes).forEach((node, j) =>
        checkNodeAddress(ctx, errors, ctx.body.region, asObject(node)?.address, `configs[${i}].nodes[${j}].address`),
      ),
    );
  },
  initial: (ctx, nb) => {
    const ipv4 = ctx.state.ids.publicIp();
    return {
      label: nb.label || `nodebalancer${String(nb.id)}`,
      region: ctx.body.region,
      ipv4,
      ipv6: `2600:3c03:e000:${ctx.state.rng.hex(3)}::1`,
      hostname: `nb-${ipv4.replace(/\./g, '-')}.${String(ctx.body.region)}.nodebalancer.linode.com`,
      // A new NodeBalancer has moved nothing yet: null, as recorded.
      transfer: { total: null, out: null, in: null },
      ...nodeBalancerKeys(),
    };
  },
  // Configs (with their nodes) may come with the NodeBalancer.
  created: (ctx, nb) => {
    ctx.state.store.collections[collectionPath(P.configs, nb.id)] = [];
    const configRequest = ctx.op.request?.fields?.configs?.items;
    for (const spec of objectsIn(ctx.body.configs)) {
      const sub = { ...ctx, body: spec, params: { nodeBalancerId: String(nb.id) } };
      const place = nbConfigRules.place(sub);
      const config = createItem(sub, nbConfigRules, place, schemaFact('NodeBalancerConfig'), configRequest);
      place.items.push(config);
      nbConfigRules.created?.(sub, config, place);
      for (const node of objectsIn(spec.nodes)) {
        const nodeCtx = { ...sub, body: node, params: { ...sub.params, configId: String(config.id) } };
        const nodes = nbNodeRules.place(nodeCtx);
        nodes.items.push(createItem(nodeCtx, nbNodeRules, nodes, schemaFact('NodeBalancerNode'), configRequest?.fields?.nodes?.items));
      }
      countNodes({ items: ctx.state.store.collections[collectionPath(P.nodes, nb.id, config.id)], parent: config });
    }
  },
  deleting: (ctx, nb) => dropCollections(ctx.state.store, `${P.nodebalancers}/${String(nb.id)}`),
};

export const nbConfigRules: WriteRules<JsonObject> = {
  place: childPlace(P.configs),
  idKind: 'nodebalancerConfig',
  event: events('nodebalancer_config', parentEntity('nodebalancer', '/nodebalancers')),
  check: (ctx, errors, place, item) => {
    const port = ctx.body.port;
    if (Number.isInteger(port) && place.items.some((c) => c.port === port && c !== item))
      errors.add('port', 'Port is already in use by another config of this NodeBalancer');
    const protocol = ctx.body.protocol ?? item?.protocol;
    if (protocol === 'https' && !item?.ssl_fingerprint && (!ctx.body.ssl_cert || !ctx.body.ssl_key))
      errors.add('ssl_cert', 'An https config needs ssl_cert and ssl_key');
  },
  initial: (ctx, _config, place) => ({
    nodebalancer_id: place.parent.id,
    nodes_status: { up: 0, down: 0 },
    ssl_cert: null,
    ssl_key: null,
    ssl_commonname: '',
    ssl_fingerprint: '',
    ...UDP_DEFAULTS,
    // UDP configs have no TLS.
    ...(ctx.body.protocol === 'udp' ? { cipher_suite: 'none' } : {}),
  }),
  created: (ctx, config, place) => {
    ctx.state.store.collections[collectionPath(P.nodes, place.parent.id, config.id)] = [];
  },
  deleting: (ctx, config, place) =>
    dropCollections(ctx.state.store, `${P.nodebalancers}/${String(place.parent.id)}/configs/${String(config.id)}`),
};

/** A node address is `IP:port`, the IP a private address (192.168.128.0/17) of an instance in the NodeBalancer's region. */
function checkNodeAddress(ctx: HandlerContext, errors: FieldErrors, region: unknown, address: unknown, field: string): void {
  if (typeof address !== 'string') return;
  const m = /^(\d+\.\d+\.\d+\.\d+):(\d{1,5})$/.exec(address);
  if (!m || Number(m[2]) < 1 || Number(m[2]) > 65535)
    return errors.add(field, 'Address must be a private IPv4 address and a port (192.168.x.x:port)');
  const [, , third] = m[1].split('.').map(Number);
  if (!m[1].startsWith('192.168.') || third < 128) return errors.add(field, 'Address must be a private IPv4 address');
  const owner = ctx.state.store.instances.find((i) => i.ipv4.includes(m[1]));
  if (!owner || owner.region !== region) errors.add(field, "Address must be a private IP of a Linode in the NodeBalancer's region");
}

export const nbNodeRules: WriteRules<JsonObject> = {
  place: childPlace(P.nodes),
  idKind: 'nodebalancerNode',
  event: events('nodebalancer_node', (_item, _place, ctx) => nbEntity(nbOf(ctx))),
  check: (ctx, errors) => checkNodeAddress(ctx, errors, nbOf(ctx).region, ctx.body.address, 'address'),
  // No health check has run on a new node: `Unknown`, capitalised as real answers have it.
  initial: (_ctx, node, place) => ({
    config_id: place.parent.id,
    nodebalancer_id: place.parent.nodebalancer_id,
    status: 'Unknown',
    mode: node.mode || 'accept',
    weight: node.weight || 100,
    vpc_config_id: null,
  }),
  created: (_ctx, _n, place) => countNodes(place),
  deleted: (_ctx, _n, place) => countNodes(place),
};

/** The NodeBalancer of the request (the place checked it exists). */
function nbOf(ctx: HandlerContext): JsonObject {
  const nb = nodeBalancers(ctx.state.store).find((n) => String(n.id) === ctx.params.nodeBalancerId);
  if (!nb) throw notFound();
  return nb;
}

export function countNodes(place: Place): void {
  if (place.parent)
    place.parent.nodes_status = {
      up: place.items.filter((n) => n.status === 'UP').length,
      down: place.items.filter((n) => n.status !== 'UP').length,
    };
}

// Addresses: allocate, reverse DNS, assign (move between instances of a region), share, IPv6 ranges

function instanceById(store: EmulatorStore, id: unknown): InstanceRecord | undefined {
  return store.instances.find((i) => i.id === id);
}

/** The address record (public or private IPv4, or SLAAC) of the account holding `address`. */
function addressRecord(
  store: EmulatorStore,
  address: string,
): { record: AddressRecord; instance: InstanceRecord; list: AddressRecord[] } | undefined {
  for (const instance of store.instances) {
    const ips = store.ipsByInstance[instance.id];
    if (!ips) continue;
    for (const list of [ips.ipv4.public, ips.ipv4.private]) {
      const record = list.find((r) => r.address === address);
      if (record) return { record, instance, list };
    }
    if (ips.ipv6.slaac.address === address) return { record: ips.ipv6.slaac, instance, list: [] };
  }
  return undefined;
}

/** POST /networking/ips: a new public (or the one private) IPv4 address for an instance. */
export const allocateIp: Handler = (ctx) => {
  const errors = new FieldErrors();
  checkFields(errors, ctx.op.request, ctx.body);
  const instance = instanceById(ctx.state.store, ctx.body.linode_id);
  if (ctx.body.linode_id !== undefined && !instance) errors.add('linode_id', 'Linode not found');
  const ips = instance && ctx.state.store.ipsByInstance[instance.id];
  if (ips && ctx.body.public === false && ips.ipv4.private.length > 0)
    errors.add('public', 'This Linode already has a private IPv4 address');
  errors.throwIfAny();
  if (!instance || !ips) throw notFound();
  const isPublic = ctx.body.public !== false;
  const address = isPublic ? ctx.state.ids.publicIp() : ctx.state.ids.privateIp();
  const template = (isPublic ? ips.ipv4.public : ips.ipv4.private)[0] ?? ips.ipv4.public[0] ?? {};
  const record: AddressRecord = {
    ...template,
    address,
    gateway: isPublic ? address.replace(/\.\d+$/, '.1') : null,
    subnet_mask: isPublic ? '255.255.255.0' : '255.255.128.0',
    prefix: isPublic ? 24 : 17,
    public: isPublic,
    rdns: isPublic ? `${address.replace(/\./g, '-')}.ip.linodeusercontent.com` : null,
    linode_id: instance.id,
    region: instance.region,
    vpc_nat_1_1: null,
  };
  (isPublic ? ips.ipv4.public : ips.ipv4.private).push(record);
  instance.ipv4.push(address);
  recordEvent(
    ctx.state,
    'linode_addip',
    { id: instance.id, label: instance.label },
    'linode',
    'finished',
    `/v4/linode/instances/${instance.id}`,
  );
  return ok(record);
};

/** PUT /networking/ips/{address}: sets reverse DNS; null restores Linode's default name. */
export const updateIp: Handler = (ctx) => {
  const found = addressRecord(ctx.state.store, ctx.params.address);
  if (!found) throw notFound();
  const errors = new FieldErrors();
  // `rdns` is required, but null is a value here: it asks for the default name again.
  if (ctx.body.rdns !== null) checkFields(errors, ctx.op.request, ctx.body);
  const rdns = ctx.body.rdns;
  if (typeof rdns === 'string' && !/^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}\.?$/i.test(rdns))
    errors.add('rdns', 'rdns must be a hostname');
  if (found.record.public === false && rdns !== undefined) errors.add('rdns', 'Private addresses have no reverse DNS');
  errors.throwIfAny();
  const address = String(found.record.address);
  found.record.rdns =
    typeof rdns === 'string' ? rdns : address.includes(':') ? null : `${address.replace(/\./g, '-')}.ip.linodeusercontent.com`;
  const { instance } = found;
  recordEvent(
    ctx.state,
    'ipaddress_update',
    { id: instance.id, label: instance.label },
    'linode',
    'finished',
    `/v4/linode/instances/${instance.id}`,
  );
  return ok(found.record);
};

/** POST /networking/ips/assign (and the older /networking/ipv4/assign): moves IPv4 addresses between instances of one region. */
export const assignIps: Handler = (ctx) => {
  const { store } = ctx.state;
  const errors = new FieldErrors();
  checkFields(errors, ctx.op.request, ctx.body);
  const moves = objectsIn(ctx.body.assignments).map((a, i) => {
    const found = typeof a.address === 'string' ? addressRecord(store, a.address) : undefined;
    const target = instanceById(store, a.linode_id);
    if (!found || found.list.length === 0) errors.add(`assignments[${i}].address`, 'Address not found');
    else if (found.instance.region !== ctx.body.region) errors.add(`assignments[${i}].address`, 'Address is not in this region');
    if (!target) errors.add(`assignments[${i}].linode_id`, 'Linode not found');
    else if (target.region !== ctx.body.region) errors.add(`assignments[${i}].linode_id`, 'Linode is not in this region');
    return { found, target };
  });
  errors.throwIfAny();
  for (const { found, target } of moves) {
    if (!found || !target) continue;
    const ips = store.ipsByInstance[target.id];
    if (!ips) continue;
    found.list.splice(found.list.indexOf(found.record), 1);
    found.instance.ipv4 = found.instance.ipv4.filter((a) => a !== found.record.address);
    Object.assign(found.record, { linode_id: target.id });
    (found.record.public === false ? ips.ipv4.private : ips.ipv4.public).push(found.record);
    target.ipv4.push(String(found.record.address));
  }
  return ok({});
};

/** POST /networking/ips/share (and /networking/ipv4/share): the addresses an instance may also answer on, replacing its list. */
export const shareIps: Handler = (ctx) => {
  const { store } = ctx.state;
  const errors = new FieldErrors();
  checkFields(errors, ctx.op.request, ctx.body);
  const instance = instanceById(store, ctx.body.linode_id);
  if (ctx.body.linode_id !== undefined && !instance) errors.add('linode_id', 'Linode not found');
  const shared = (Array.isArray(ctx.body.ips) ? ctx.body.ips : []).map((address, i) => {
    const found = typeof address === 'string' ? addressRecord(store, address) : undefined;
    if (!found) errors.add(`ips[${i}]`, 'Address not found');
    else if (instance && found.instance.id === instance.id) errors.add(`ips[${i}]`, 'An address cannot be shared with its own Linode');
    else if (instance && found.instance.region !== instance.region)
      errors.add(`ips[${i}]`, 'Addresses can be shared within one region only');
    return found;
  });
  errors.throwIfAny();
  const ips = instance && store.ipsByInstance[instance.id];
  if (!ips) throw notFound();
  ips.ipv4.shared = shared.flatMap((f) => (f ? [{ ...f.record }] : []));
  return ok({});
};

/** POST /networking/ipv6/ranges: a /64 or /56 routed to an instance (or to one of its addresses); answers the range with its prefix length. */
export const createIpv6Range: Handler = (ctx) => {
  const { store } = ctx.state;
  const errors = new FieldErrors();
  checkFields(errors, ctx.op.request, ctx.body);
  const byTarget =
    typeof ctx.body.route_target === 'string' ? addressRecord(store, ctx.body.route_target.replace(/\/\d+$/, '')) : undefined;
  const instance = instanceById(store, ctx.body.linode_id) ?? byTarget?.instance;
  if ((ctx.body.linode_id === undefined) === (ctx.body.route_target === undefined))
    errors.add('linode_id', 'Give either linode_id or route_target');
  else if (!instance) errors.add(ctx.body.linode_id !== undefined ? 'linode_id' : 'route_target', 'Linode not found');
  errors.throwIfAny();
  if (!instance) throw notFound();
  const slaac = String(store.ipsByInstance[instance.id]?.ipv6.slaac.address ?? '2600:3c00::1');
  const site = slaac.split(':').slice(0, 2).join(':');
  const range = `${site}:e${ctx.state.rng.hex(3)}:${ctx.state.rng.hex(4)}::`;
  const prefix = Number(ctx.body.prefix_length);
  ipv6RangeChanges(store).added.push({ range, prefix, region: instance.region, route_target: slaac, linodes: [instance.id] });
  return ok({ range: `${range}/${prefix}`, route_target: slaac });
};

export const deleteIpv6Range: Handler = (ctx) => {
  const changes = ipv6RangeChanges(ctx.state.store);
  const wanted = ctx.params.range.replace(/\/\d+$/, '');
  if (!ipv6RangeExists(ctx.state.store, wanted)) throw notFound();
  const added = changes.added.findIndex((r) => r.range === wanted);
  if (added >= 0) changes.added.splice(added, 1);
  else changes.removed.add(wanted);
  return ok({});
};
