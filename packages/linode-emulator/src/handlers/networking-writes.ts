// Write rules of Cloud Firewalls (and their devices and rules), VPCs and subnets, NodeBalancers
// (configs, nodes) and LKE clusters (pools, recycle).
import { schemaFact } from 'linode-facts/spec';
import { collectionPath } from '../data/collections.js';
import { fingerprintOf } from '../data/firewall-rules.js';
import { NODEBALANCER_KEYS, UDP_DEFAULTS } from '../data/nodebalancers.js';
import { instanceEntity } from '../data/seed-helpers.js';
import { badRequest, FieldErrors } from '../errors.js';
import type { EmulatorState } from '../state.js';
import type { EmulatorStore, JsonObject } from '../types.js';
import { nowTime, ok, recordEvent, type Handler, type HandlerContext } from './context.js';
import { syncEntities } from './collection-links.js';
import { collectionPlace, dropCollections } from './places.js';
import { checkFields } from './validate.js';
import { createItem, findItemOf, type EventEntity, type Place, type WriteRules } from './writes.js';

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

const entity =
  (type: string, base: string) =>
  (item: JsonObject): EventEntity => ({ id: item.id, label: item.label, type, url: `/v4${base}/${item.id}` });
const parentEntity = (type: string, base: string) => (_: JsonObject, place: Place) => entity(type, base)(place.parent as JsonObject);
const events = (prefix: string, of: (item: JsonObject, place: Place, ctx: HandlerContext) => EventEntity) => ({
  create: `${prefix}_create`,
  update: `${prefix}_update`,
  delete: `${prefix}_delete`,
  entity: of,
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
const devicesOf = (store: EmulatorStore, id: number) => store.collections[collectionPath(P.devices, id)] ?? [];

/** `{id, type, label, url}` of a Linode or NodeBalancer, or undefined when there is none. */
function deviceEntity(store: EmulatorStore, type: unknown, id: unknown): JsonObject | undefined {
  if (type === 'linode') {
    const instance = store.instances.find((i) => i.id === id);
    return instance && instanceEntity(instance);
  }
  const nb = type === 'nodebalancer' ? nodeBalancers(store).find((n) => n.id === id) : undefined;
  return nb && { id: nb.id, type: 'nodebalancer', label: nb.label, url: `/v4/nodebalancers/${nb.id}` };
}

/** Adds a device for the entity to the firewall; the caller checked it exists and is not there yet. */
function addDevice(state: EmulatorState, firewall: JsonObject, device: JsonObject): JsonObject {
  const devices = (state.store.collections[collectionPath(P.devices, firewall.id)] ??= []);
  const all = firewalls(state.store).flatMap((f) => devicesOf(state.store, f.id));
  const now = nowTime(state);
  const added = {
    id: state.ids.nextAbove('firewallDevice', Math.max(0, ...all.map((d) => d.id as number))),
    created: now,
    updated: now,
    entity: { ...device, parent_entity: null },
  };
  devices.push(added);
  syncEntities(state.store, firewall);
  const event = recordEvent(state, 'firewall_device_add', firewall, 'firewall', 'finished', `/v4/networking/firewalls/${firewall.id}`);
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
  if (!device) errors.add(field, `${type === 'nodebalancer' ? 'NodeBalancer' : 'Linode'} ${id} not found`);
  else if (firewall && devicesOf(store, firewall.id).some((d) => d.entity.type === type && d.entity.id === id))
    errors.add(field, `This ${type} is already assigned to this Firewall`);
  return device;
}

export const firewallRules: WriteRules = {
  place: collectionPlace(P.firewalls),
  idKind: 'firewall',
  event: events('firewall', entity('firewall', '/networking/firewalls')),
  check: (ctx, errors, place, item) => {
    uniqueLabel('Firewalls')(ctx, errors, place, item);
    const devices = ctx.body.devices;
    if (!item && devices && typeof devices === 'object') {
      for (const [kind, type] of [
        ['linodes', 'linode'],
        ['nodebalancers', 'nodebalancer'],
      ] as const) {
        const ids = devices[kind];
        if (Array.isArray(ids)) ids.forEach((id, i) => checkDevice(errors, ctx.state.store, undefined, type, id, `devices.${kind}[${i}]`));
      }
    }
  },
  initial: () => ({ status: 'enabled' }),
  created: (ctx, firewall) => {
    ctx.state.store.collections[collectionPath(P.devices, firewall.id)] = [];
    firewall.entities = [];
    firewall.rules = { inbound: [], outbound: [], ...firewall.rules, ...ctx.body.rules };
    Object.assign(firewall.rules, { version: 1, fingerprint: fingerprintOf(firewall.rules) });
    const { linodes = [], nodebalancers = [] } = (ctx.body.devices ?? {}) as JsonObject;
    for (const id of linodes) addDevice(ctx.state, firewall, deviceEntity(ctx.state.store, 'linode', id) as JsonObject);
    for (const id of nodebalancers) addDevice(ctx.state, firewall, deviceEntity(ctx.state.store, 'nodebalancer', id) as JsonObject);
  },
  // Deleting a firewall removes its devices (the entities stay).
  deleting: (ctx, firewall) => dropCollections(ctx.state.store, `${P.firewalls}/${firewall.id}`),
};

export const deviceRules: WriteRules = {
  place: collectionPlace(P.devices),
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
  const firewall = place.parent as JsonObject;
  return ok(addDevice(ctx.state, firewall, deviceEntity(ctx.state.store, ctx.body.type, ctx.body.id) as JsonObject));
};

export const deleteDevice: Handler = (ctx) => {
  const place = deviceRules.place(ctx);
  const device = findItemOf(ctx, deviceRules);
  place.items.splice(place.items.indexOf(device), 1);
  const firewall = place.parent as JsonObject;
  syncEntities(ctx.state.store, firewall);
  const event = recordEvent(
    ctx.state,
    'firewall_device_remove',
    firewall,
    'firewall',
    'finished',
    `/v4/networking/firewalls/${firewall.id}`,
  );
  event.secondary_entity = device.entity;
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
  firewall.rules = { ...firewall.rules, ...given };
  if (Number.isInteger(firewall.rules.version)) firewall.rules.version += 1;
  firewall.rules.fingerprint = fingerprintOf(firewall.rules);
  firewall.updated = nowTime(ctx.state);
  recordEvent(ctx.state, 'firewall_update', firewall, 'firewall', 'finished', `/v4/networking/firewalls/${firewall.id}`);
  return ok(firewall.rules);
};

// VPCs and subnets (the Event schema has no `vpc` entity type, so no events are recorded)

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
  check: (ctx, errors, place, item) => {
    uniqueLabel('VPCs')(ctx, errors, place, item);
    checkRegion(ctx, errors);
    if (!item && Array.isArray(ctx.body.subnets))
      ctx.body.subnets.forEach((s: JsonObject, i: number) => checkSubnetRange(errors, s?.ipv4, `subnets[${i}].ipv4`));
  },
  created: (ctx, vpc) => {
    const place = subnetRules.place({ ...ctx, params: { vpcId: String(vpc.id) } });
    for (const spec of (ctx.body.subnets ?? []) as JsonObject[])
      place.items.push(
        createItem({ ...ctx, body: spec }, subnetRules, place, schemaFact('VPCSubnet'), ctx.op.request?.fields?.subnets?.items),
      );
    syncSubnets(ctx, place);
  },
  // Linode refuses to delete a VPC while instances use one of its subnets.
  deleting: (ctx, vpc) => {
    const subnets = ctx.state.store.collections[collectionPath(P.subnets, vpc.id)] ?? [];
    if (subnets.some((s) => (s.linodes as JsonObject[]).length))
      throw badRequest('The VPC has Linodes assigned to its subnets; remove them before deleting it');
    dropCollections(ctx.state.store, `${P.vpcs}/${vpc.id}`);
  },
};

/** A VPC's own `subnets` list follows its subnet collection. */
function syncSubnets(_ctx: HandlerContext, place: Place): void {
  if (place.parent) place.parent.subnets = place.items.map((s) => ({ ...s }));
}

export const subnetRules: WriteRules = {
  place: collectionPlace(P.subnets),
  idKind: 'subnet',
  check: (ctx, errors, place, item) => {
    uniqueLabel('subnets of this VPC')(ctx, errors, place, item);
    checkSubnetRange(errors, ctx.body.ipv4, 'ipv4');
  },
  initial: () => ({ linodes: [] }),
  created: (ctx, _s, place) => syncSubnets(ctx, place),
  updated: (ctx, _s, place) => syncSubnets(ctx, place),
  deleting: (ctx, subnet, place) => {
    if ((subnet.linodes as JsonObject[]).length) throw badRequest('The subnet has Linodes assigned; remove them before deleting it');
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
    (ctx.body.configs as JsonObject[]).forEach((config, i) => {
      if (Array.isArray(config?.nodes))
        config.nodes.forEach((node: JsonObject, j: number) =>
          checkNodeAddress(ctx, errors, ctx.body.region, node?.address, `configs[${i}].nodes[${j}].address`),
        );
    });
  },
  initial: (ctx, nb) => {
    const ipv4 = ctx.state.ids.publicIp();
    return {
      label: nb.label || `nodebalancer${nb.id}`,
      region: ctx.body.region,
      ipv4,
      ipv6: `2600:3c03:e000:${ctx.state.rng.hex(3)}::1`,
      hostname: `nb-${ipv4.replace(/\./g, '-')}.${ctx.body.region}.nodebalancer.linode.com`,
      // A new NodeBalancer has moved nothing yet: null, as recorded.
      transfer: { total: null, out: null, in: null },
      ...NODEBALANCER_KEYS,
    };
  },
  // Configs (with their nodes) may come with the NodeBalancer.
  created: (ctx, nb) => {
    ctx.state.store.collections[collectionPath(P.configs, nb.id)] = [];
    const configRequest = ctx.op.request?.fields?.configs?.items;
    for (const spec of (ctx.body.configs ?? []) as JsonObject[]) {
      const sub = { ...ctx, body: spec, params: { nodeBalancerId: String(nb.id) } };
      const place = nbConfigRules.place(sub);
      const config = createItem(sub, nbConfigRules, place, schemaFact('NodeBalancerConfig'), configRequest);
      place.items.push(config);
      nbConfigRules.created?.(sub, config, place);
      for (const node of (spec.nodes ?? []) as JsonObject[]) {
        const nodeCtx = { ...sub, body: node, params: { ...sub.params, configId: String(config.id) } };
        const nodes = nbNodeRules.place(nodeCtx);
        nodes.items.push(createItem(nodeCtx, nbNodeRules, nodes, schemaFact('NodeBalancerNode'), configRequest?.fields?.nodes?.items));
      }
      countNodes({ items: ctx.state.store.collections[collectionPath(P.nodes, nb.id, config.id)], parent: config });
    }
  },
  deleting: (ctx, nb) => dropCollections(ctx.state.store, `${P.nodebalancers}/${nb.id}`),
};

export const nbConfigRules: WriteRules = {
  place: collectionPlace(P.configs),
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
    nodebalancer_id: place.parent?.id,
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
    ctx.state.store.collections[collectionPath(P.nodes, place.parent?.id as number, config.id)] = [];
  },
  deleting: (ctx, config, place) => dropCollections(ctx.state.store, `${P.nodebalancers}/${place.parent?.id}/configs/${config.id}`),
};

/** A node address is `IP:port`, the IP a private address (192.168.128.0/17) of an instance in the NodeBalancer's region. */
function checkNodeAddress(ctx: HandlerContext, errors: FieldErrors, region: unknown, address: unknown, field: string): void {
  if (typeof address !== 'string') return;
  const m = /^(\d+\.\d+\.\d+\.\d+):(\d{1,5})$/.exec(address);
  if (!m || Number(m[2]) < 1 || Number(m[2]) > 65535)
    return errors.add(field, 'Address must be a private IPv4 address and a port (192.168.x.x:port)');
  const [, , third] = m[1].split('.').map(Number);
  if (!m[1].startsWith('192.168.') || third < 128) return errors.add(field, 'Address must be a private IPv4 address');
  const owner = ctx.state.store.instances.find((i) => (i.ipv4 as string[]).includes(m[1]));
  if (!owner || owner.region !== region) errors.add(field, "Address must be a private IP of a Linode in the NodeBalancer's region");
}

export const nbNodeRules: WriteRules = {
  place: collectionPlace(P.nodes),
  idKind: 'nodebalancerNode',
  event: events('nodebalancer_node', (_item, _place, ctx) => nbEntity(nbOf(ctx))),
  check: (ctx, errors) => checkNodeAddress(ctx, errors, nbOf(ctx).region, ctx.body.address, 'address'),
  // No health check has run on a new node: `Unknown`, capitalised as real answers have it.
  initial: (_ctx, node, place) => ({
    config_id: place.parent?.id,
    nodebalancer_id: place.parent?.nodebalancer_id,
    status: 'Unknown',
    mode: node.mode || 'accept',
    weight: node.weight || 100,
    vpc_config_id: null,
  }),
  created: (_ctx, _n, place) => countNodes(place),
  deleted: (_ctx, _n, place) => countNodes(place),
};

/** The NodeBalancer of the request (the place checked it exists). */
const nbOf = (ctx: HandlerContext): JsonObject =>
  nodeBalancers(ctx.state.store).find((n) => String(n.id) === ctx.params.nodeBalancerId) as JsonObject;

function countNodes(place: Place): void {
  if (place.parent)
    place.parent.nodes_status = {
      up: place.items.filter((n) => n.status === 'UP').length,
      down: place.items.filter((n) => n.status !== 'UP').length,
    };
}
