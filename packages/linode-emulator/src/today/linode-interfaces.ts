// Linode interfaces (today's API): the interfaces of a Linode on the `linode` interface
// generation, answered as `{"interfaces": [...]}` without a page envelope; one of public, vpc or
// vlan per interface, at most three; a new one may be put behind a firewall (a device of type
// `linode_interface` whose parent is the Linode); the default-route settings; and the upgrade of
// a Linode from config interfaces (dry run or for real). A legacy Linode has no interfaces here.
import {
  interfacesPath,
  macOf,
  publicInterface,
  settingsOf,
  settingsPath,
  upgradedInterfaces,
  upgradeInstance,
} from '../data/today/linode-interfaces.js';
import { collectionPath } from '../data/collections.js';
import { badRequest, FieldErrors, notFound } from '../errors.js';
import { isJsonObject } from '../json.js';
import type { InstanceRecord } from '../records.js';
import type { JsonObject } from '../types.js';
import { findFirewall, syncEntities } from '../handlers/collection-links.js';
import { findInstance, list, nowTime, ok, type Handler, type HandlerContext } from '../handlers/context.js';
import { checkFields } from '../handlers/validate.js';

const MAX_INTERFACES = 3;
const KINDS = ['public', 'vpc', 'vlan'] as const;

const interfacesOf = (ctx: HandlerContext, instance: InstanceRecord): JsonObject[] =>
  instance.interface_generation === 'linode' ? (ctx.state.store.today[interfacesPath(instance.id)] ??= []) : [];

function findInterface(ctx: HandlerContext): { instance: InstanceRecord; iface: JsonObject } {
  const instance = findInstance(ctx);
  const iface = interfacesOf(ctx, instance).find((i) => String(i.id) === ctx.params.interfaceId);
  if (!iface) throw notFound();
  return { instance, iface };
}

function settings(ctx: HandlerContext, instance: InstanceRecord): JsonObject {
  const stored = (ctx.state.store.today[settingsPath(instance.id)] ??= [settingsOf(interfacesOf(ctx, instance))]);
  return stored[0];
}

/** Keeps the eligible default-route interfaces in step with the interfaces. */
function refreshSettings(ctx: HandlerContext, instance: InstanceRecord): void {
  const current = settings(ctx, instance);
  const fresh = settingsOf(interfacesOf(ctx, instance), current.network_helper !== false);
  const route = current.default_route as JsonObject;
  const next = fresh.default_route as JsonObject;
  for (const family of ['ipv4', 'ipv6']) {
    const eligible = next[`${family}_eligible_interface_ids`] as number[];
    if (!eligible.includes(route[`${family}_interface_id`] as number)) route[`${family}_interface_id`] = next[`${family}_interface_id`];
    route[`${family}_eligible_interface_ids`] = eligible;
  }
}

/** The interface a create body describes; 400s for what Linode refuses. */
function interfaceFrom(ctx: HandlerContext, instance: InstanceRecord, id: number, at: string): JsonObject {
  const { body, state } = ctx;
  const errors = new FieldErrors();
  checkFields(errors, ctx.op.request, body);
  const given = KINDS.filter((k) => isJsonObject(body[k]));
  if (given.length !== 1) errors.add('public', 'Exactly one of public, vpc or vlan is required');
  if (interfacesOf(ctx, instance).length >= MAX_INTERFACES) errors.add('interfaces', `A Linode has at most ${MAX_INTERFACES} interfaces`);
  if (body.firewall_id !== undefined && body.firewall_id !== null && !findFirewall(state.store, body.firewall_id))
    errors.add('firewall_id', 'Firewall not found');
  const kind = given[0];
  const part = (body[kind] ?? {}) as JsonObject;
  let subnet: JsonObject | undefined;
  if (kind === 'vpc') {
    subnet = Object.entries(state.store.collections)
      .filter(([path]) => /^\/vpcs\/\d+\/subnets$/.test(path))
      .flatMap(([, items]) => items)
      .find((s) => s.id === part.subnet_id);
    if (!subnet) errors.add('vpc.subnet_id', 'Subnet not found');
  }
  if (kind === 'vlan' && (typeof part.vlan_label !== 'string' || part.vlan_label === ''))
    errors.add('vlan.vlan_label', 'vlan_label is required');
  errors.throwIfAny();
  const route = isJsonObject(body.default_route) ? body.default_route : null;
  const base = {
    id,
    version: 1,
    mac_address: macOf(id),
    created: at,
    updated: at,
    default_route: route,
    public: null,
    vpc: null,
    vlan: null,
  };
  if (kind === 'public') {
    const ips = state.store.ipsByInstance[instance.id];
    const taken = new Set(
      interfacesOf(ctx, instance)
        .flatMap((i) => (((i.public as JsonObject | null)?.ipv4 as JsonObject | undefined)?.addresses as JsonObject[] | undefined) ?? [])
        .map((a) => a.address),
    );
    const free = ips.ipv4.public.map((a) => a.address).filter((a) => !taken.has(a));
    const made = publicInterface(id, instance, free.length ? free : [state.ids.publicIp()], null, at);
    return { ...made, default_route: route ?? { ipv4: true, ipv6: true } };
  }
  if (kind === 'vlan') return { ...base, vlan: { vlan_label: part.vlan_label, ipam_address: part.ipam_address ?? null } };
  const address = `10.0.${Number(subnet?.id) % 250}.${state.rng.int(2, 250)}`;
  return {
    ...base,
    vpc: {
      vpc_id: Number(
        /^\/vpcs\/(\d+)\//.exec(
          Object.keys(state.store.collections).find((p) => state.store.collections[p].includes(subnet as JsonObject)) ?? '',
        )?.[1],
      ),
      subnet_id: subnet?.id,
      ipv4: { addresses: [{ address, primary: true, nat_1_1_address: null }], ranges: [] },
      ipv6: { slaac: [], ranges: [], is_public: null },
    },
  };
}

/** Puts a new interface behind a firewall: a device of type `linode_interface`, its parent the Linode. */
function protect(ctx: HandlerContext, instance: InstanceRecord, iface: JsonObject, firewallId: unknown, at: string): void {
  const { store } = ctx.state;
  const firewall = findFirewall(store, firewallId);
  if (!firewall) return;
  const devices = (store.collections[collectionPath('/networking/firewalls/{firewallId}/devices', firewall.id)] ??= []);
  const all = Object.entries(store.collections)
    .filter(([p]) => /^\/networking\/firewalls\/\d+\/devices$/.test(p))
    .flatMap(([, d]) => d);
  const entity = {
    id: iface.id,
    type: 'linode_interface',
    label: null,
    url: `/v4/linode/instances/${instance.id}/interfaces/${String(iface.id)}`,
    parent_entity: { id: instance.id, type: 'linode', label: instance.label, url: `/v4/linode/instances/${instance.id}` },
  };
  devices.push({ id: Math.max(1_020_000, ...all.map((d) => Number(d.id))) + 1, created: at, updated: at, entity });
  syncEntities(store, firewall);
}

const firewallsOf = (ctx: HandlerContext, interfaceId: unknown): JsonObject[] =>
  (ctx.state.store.collections['/networking/firewalls'] ?? []).filter((fw) =>
    (ctx.state.store.collections[collectionPath('/networking/firewalls/{firewallId}/devices', fw.id)] ?? []).some(
      (d) => isJsonObject(d.entity) && d.entity.type === 'linode_interface' && d.entity.id === interfaceId,
    ),
  );

/** A new interface id, above every interface's (ids are unique across Linodes). */
function newInterfaceId(ctx: HandlerContext): number {
  const taken = Object.entries(ctx.state.store.today)
    .filter(([path]) => /^\/linode\/instances\/\d+\/interfaces$/.test(path))
    .flatMap(([, items]) => items.map((i) => Number(i.id)));
  return ctx.state.ids.nextAbove('linodeInterface', Math.max(0, ...taken));
}

const legacy = () => badRequest('This Linode uses config interfaces; upgrade it to Linode interfaces first');

export const linodeInterfaceHandlers: Record<string, Handler> = {
  getLinodeInterfaces: (ctx) => ok({ interfaces: interfacesOf(ctx, findInstance(ctx)) }),
  getLinodeInterface: (ctx) => ok(findInterface(ctx).iface),
  getLinodeInterfaceFirewalls: (ctx) => list(firewallsOf(ctx, findInterface(ctx).iface.id)),
  createLinodeInterface: (ctx) => {
    const instance = findInstance(ctx);
    if (instance.interface_generation !== 'linode') throw legacy();
    const at = nowTime(ctx.state);
    const iface = interfaceFrom(ctx, instance, newInterfaceId(ctx), at);
    interfacesOf(ctx, instance).push(iface);
    if (ctx.body.firewall_id !== undefined) protect(ctx, instance, iface, ctx.body.firewall_id, at);
    refreshSettings(ctx, instance);
    return ok(iface);
  },
  updateLinodeInterface: (ctx) => {
    const { instance, iface } = findInterface(ctx);
    const errors = new FieldErrors();
    checkFields(errors, ctx.op.request, ctx.body);
    for (const kind of KINDS) if (isJsonObject(ctx.body[kind]) && !iface[kind]) errors.add(kind, `This is not a ${kind} interface`);
    errors.throwIfAny();
    for (const key of ['default_route', ...KINDS]) {
      const change = ctx.body[key];
      if (isJsonObject(change)) iface[key] = { ...(isJsonObject(iface[key]) ? iface[key] : {}), ...change };
    }
    iface.version = Number(iface.version) + 1;
    iface.updated = nowTime(ctx.state);
    refreshSettings(ctx, instance);
    return ok(iface);
  },
  // Only while the Linode is shut down (techdocs "Delete a Linode interface": an active interface
  // can't be deleted; Linode's wording of the 400 is unrecorded).
  deleteLinodeInterface: (ctx) => {
    const { instance, iface } = findInterface(ctx);
    if (instance.status !== 'offline') throw badRequest('Linode must be shut down to delete an interface');
    const all = interfacesOf(ctx, instance);
    all.splice(all.indexOf(iface), 1);
    refreshSettings(ctx, instance);
    return ok({});
  },
  getLinodeInterfaceSettings: (ctx) => {
    const instance = findInstance(ctx);
    if (instance.interface_generation !== 'linode') throw legacy();
    return ok(settings(ctx, instance));
  },
  updateLinodeInterfaceSettings: (ctx) => {
    const instance = findInstance(ctx);
    if (instance.interface_generation !== 'linode') throw legacy();
    const current = settings(ctx, instance);
    const errors = new FieldErrors();
    checkFields(errors, ctx.op.request, ctx.body);
    const route = current.default_route as JsonObject;
    const asked = isJsonObject(ctx.body.default_route) ? ctx.body.default_route : {};
    for (const family of ['ipv4', 'ipv6']) {
      const id = asked[`${family}_interface_id`];
      if (id === undefined) continue;
      if (!(route[`${family}_eligible_interface_ids`] as number[]).includes(id as number))
        errors.add(`default_route.${family}_interface_id`, 'The interface cannot be the default route');
    }
    errors.throwIfAny();
    if (typeof ctx.body.network_helper === 'boolean') current.network_helper = ctx.body.network_helper;
    for (const family of ['ipv4', 'ipv6'])
      if (asked[`${family}_interface_id`] !== undefined) route[`${family}_interface_id`] = asked[`${family}_interface_id`];
    return ok(current);
  },
  upgradeLinodeInterfaces: (ctx) => {
    const instance = findInstance(ctx);
    if (instance.interface_generation === 'linode') throw badRequest('This Linode already uses Linode interfaces');
    const configs = ctx.state.store.configsByInstance[instance.id] ?? [];
    const config = ctx.body.config_id === undefined ? configs[0] : configs.find((c) => c.id === ctx.body.config_id);
    if (!config) throw badRequest('Config not found', 'config_id');
    const dryRun = ctx.body.dry_run === true;
    const at = nowTime(ctx.state);
    const interfaces = upgradedInterfaces(instance, ctx.state.store.ipsByInstance[instance.id], config, () => newInterfaceId(ctx), at);
    if (!dryRun) upgradeInstance(ctx.state.store, instance, interfaces);
    return ok({ config_id: config.id, dry_run: dryRun, interfaces });
  },
};
