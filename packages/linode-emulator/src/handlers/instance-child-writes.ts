// Writes on what an instance holds beyond disks and configs themselves: snapshots and restores,
// a config's interfaces, disk clone and password, the instance's addresses, and mutate (a plan's
// free upgrade). Each checks what real Linode checks and records the event Linode records.
import { schemaFact } from 'linode-facts/spec';
import { makeDisksFromBackup, privateIpv4 } from '../data/instances.js';
import { build } from '../data/fill.js';
import { ApiError, badRequest, notFound } from '../errors.js';
import { asObject, asString, objectList } from '../json.js';
import type { BackupRecord, DiskRecord, InstanceRecord } from '../records.js';
import type { JsonObject } from '../types.js';
import { findInstance, nowTime, ok, recordEvent, type Handler, type HandlerContext } from './context.js';
import { requestedInterface, startTransition } from './instance-writes.js';
import { checked, notBusy } from './instance-actions.js';
import { instanceAddresses } from './instance-reads.js';

/** How long a snapshot is in progress, and a cloned disk `not ready`. */
export const SNAPSHOT_MS = 10_000;
const CLONE_MS = 5_000;

const backupsOf = (ctx: HandlerContext, instance: InstanceRecord) =>
  (ctx.state.store.backupsByInstance[instance.id] ??= { automatic: [], snapshot: { in_progress: null, current: null } });

/** POST backups: a manual snapshot, in progress for a while, then the current one (replacing the last). */
const createSnapshot: Handler = (ctx) => {
  const instance = findInstance(ctx);
  const body = checked(ctx);
  if (!instance.backups.enabled) throw badRequest('Backups are not enabled for this Linode.');
  const backups = backupsOf(ctx, instance);
  if (backups.snapshot.in_progress) throw badRequest('A snapshot is already in progress.');
  const { state } = ctx;
  const now = nowTime(state);
  const disks = state.store.disksByInstance[instance.id] ?? [];
  const snapshot = build(schemaFact('Backup'), state.rng, {
    id: state.ids.next('backup'),
    type: 'snapshot',
    status: 'pending',
    available: false,
    created: now,
    updated: now,
    finished: null,
    label: String(body.label),
    configs: (state.store.configsByInstance[instance.id] ?? []).map((c) => c.label),
    disks: disks.map((d) => ({ size: d.size, filesystem: d.filesystem, label: d.label })),
  }) as unknown as BackupRecord;
  backups.snapshot.in_progress = snapshot;
  recordEvent(state, 'linode_snapshot', instance, 'linode', 'started');
  state.pending.push({
    at: state.now() + SNAPSHOT_MS,
    run: () => {
      const done = nowTime(state);
      Object.assign(snapshot, { status: 'successful', available: true, updated: done, finished: done });
      backups.snapshot = { in_progress: null, current: snapshot };
    },
  });
  return ok(snapshot);
};

/** POST restore: the backup's disks onto a Linode of the same region (its disks and configs replaced with `overwrite`). */
const restoreBackup: Handler = (ctx) => {
  const source = findInstance(ctx);
  const backups = backupsOf(ctx, source);
  const backup = [...backups.automatic, backups.snapshot.current, backups.snapshot.in_progress].find(
    (b) => b?.id === Number(ctx.params.backupId),
  );
  if (!backup) throw notFound();
  const { store, rng, ids } = ctx.state;
  let target: InstanceRecord | undefined;
  checked(ctx, (errors) => {
    target = store.instances.find((i) => i.id === ctx.body.linode_id);
    if (!target) errors.add('linode_id', 'Linode not found');
    else if (target.region !== source.region) errors.add('linode_id', 'The target Linode must be in the same region as the backup');
  });
  if (!target) throw badRequest('Linode not found', 'linode_id'); // the check above found it
  if (backup.status !== 'successful') throw badRequest('Backup is not available for restore.');
  notBusy(target);
  const restored = makeDisksFromBackup(rng, ids, target, backup);
  store.disksByInstance[target.id] = ctx.body.overwrite === true ? restored : [...(store.disksByInstance[target.id] ?? []), ...restored];
  startTransition(ctx.state, target, 'restoring', 'offline');
  return ok({});
};

function findConfig(ctx: HandlerContext): JsonObject {
  const config = (ctx.state.store.configsByInstance[findInstance(ctx).id] ?? []).find((c) => c.id === Number(ctx.params.configId));
  if (!config) throw notFound();
  return config;
}

function interfacesOf(config: JsonObject): JsonObject[] {
  const list = objectList(config.interfaces);
  if (list) return list;
  const fresh: JsonObject[] = [];
  config.interfaces = fresh;
  return fresh;
}

function findInterface(ctx: HandlerContext, config: JsonObject): JsonObject {
  const found = interfacesOf(config).find((i) => i.id === Number(ctx.params.interfaceId));
  if (!found) throw notFound();
  return found;
}

const configChanged = (ctx: HandlerContext, config: JsonObject) => {
  config.updated = nowTime(ctx.state);
  recordEvent(ctx.state, 'linode_config_update', findInstance(ctx), 'linode');
};

/** POST interfaces: at most three, one public, a vlan named, a vpc in a subnet of the Linode's region. */
const addInterface: Handler = (ctx) => {
  const config = findConfig(ctx);
  const instance = findInstance(ctx);
  const existing = interfacesOf(config);
  const body = checked(ctx, (errors) => {
    const purpose = asString(ctx.body.purpose);
    if (!purpose) errors.add('purpose', 'purpose is required');
    if (existing.length >= 3) errors.add('purpose', 'A configuration can have at most three interfaces');
    if (purpose === 'public' && existing.some((i) => i.purpose === 'public')) errors.add('purpose', 'Only one public interface is allowed');
    if (purpose === 'vlan' && !asString(ctx.body.label)) errors.add('label', 'label is required for vlan interfaces');
    if (purpose === 'vpc') {
      const subnet = Object.entries(ctx.state.store.collections)
        .filter(([path]) => /^\/vpcs\/\d+\/subnets$/.test(path))
        .flatMap(([path, subnets]) => subnets.map((s) => ({ s, vpc: Number(path.split('/')[2]) })))
        .find(({ s }) => s.id === ctx.body.subnet_id);
      if (!subnet) errors.add('subnet_id', 'Subnet not found');
      else ctx.body.vpc_id = subnet.vpc;
    }
  });
  const iface = requestedInterface(ctx.state, body);
  if (body.purpose === 'vpc') Object.assign(iface, { vpc_id: body.vpc_id, active: instance.status === 'running' });
  existing.push(iface);
  configChanged(ctx, config);
  return ok(iface);
};

/** PUT interface: `primary`, and a vpc interface's `ipv4` and `ip_ranges`. */
const updateInterface: Handler = (ctx) => {
  const config = findConfig(ctx);
  const iface = findInterface(ctx, config);
  const body = checked(ctx);
  if (typeof body.primary === 'boolean') {
    if (body.primary) for (const other of interfacesOf(config)) other.primary = false;
    iface.primary = body.primary;
  }
  if (iface.purpose === 'vpc') {
    const ipv4 = asObject(body.ipv4);
    if (ipv4) iface.ipv4 = { ...asObject(iface.ipv4), ...ipv4 };
    if (Array.isArray(body.ip_ranges)) iface.ip_ranges = body.ip_ranges;
  }
  configChanged(ctx, config);
  return ok(iface);
};

const deleteInterface: Handler = (ctx) => {
  const config = findConfig(ctx);
  const iface = findInterface(ctx, config);
  config.interfaces = interfacesOf(config).filter((i) => i !== iface);
  configChanged(ctx, config);
  return ok({});
};

/** POST order: `ids` must name every interface of the configuration, once. */
const orderInterfaces: Handler = (ctx) => {
  const config = findConfig(ctx);
  const current = interfacesOf(config);
  const body = checked(ctx, (errors) => {
    const wanted = Array.isArray(ctx.body.ids) ? ctx.body.ids : [];
    const same = wanted.length === current.length && current.every((i) => wanted.includes(i.id));
    if (!same) errors.add('ids', 'ids must list every interface of the configuration once');
  });
  const ids = body.ids as number[];
  config.interfaces = ids.map((id) => current.find((i) => i.id === id) as JsonObject);
  configChanged(ctx, config);
  return ok({});
};

function findDisk(ctx: HandlerContext): { instance: InstanceRecord; disk: DiskRecord; disks: DiskRecord[] } {
  const instance = findInstance(ctx);
  const disks = ctx.state.store.disksByInstance[instance.id] ?? [];
  const disk = disks.find((d) => d.id === Number(ctx.params.diskId));
  if (!disk) throw notFound();
  return { instance, disk, disks };
}

/** POST clone: a copy of the disk on the same Linode, if it fits. */
const cloneDisk: Handler = (ctx) => {
  const { instance, disk, disks } = findDisk(ctx);
  const free = instance.specs.disk - disks.reduce((sum, d) => sum + Number(d.size), 0);
  if (Number(disk.size) > free) throw badRequest(`Not enough free space: ${free} MB left on this Linode`);
  notBusy(instance);
  const { state } = ctx;
  const now = nowTime(state);
  const copy: DiskRecord = { ...structuredClone(disk), id: state.ids.next('disk'), status: 'not ready', created: now, updated: now };
  state.store.disksByInstance[instance.id] = [...disks, copy];
  state.pending.push({ at: state.now() + CLONE_MS, run: () => void (copy.status = 'ready') });
  recordEvent(state, 'disk_duplicate', instance, 'linode', 'started');
  return ok(copy);
};

/** POST password: the disk's root password, only while the Linode is shut down. */
const resetDiskPassword: Handler = (ctx) => {
  const { instance } = findDisk(ctx);
  checked(ctx, (errors) => {
    const length = String(ctx.body.password).length;
    if (length < 7 || length > 128) errors.add('password', 'Password must be 7 to 128 characters');
  });
  if (instance.status !== 'offline') throw badRequest('Linode must be shut down to reset a disk password');
  recordEvent(ctx.state, 'password_reset', instance, 'linode');
  return ok({});
};

const ipsOf = (ctx: HandlerContext, instance: InstanceRecord) => {
  const ips = ctx.state.store.ipsByInstance[instance.id];
  if (!ips) throw notFound();
  return ips;
};

/** POST ips: one private IPv4 per Linode; more public ones need a justification to support. */
const allocateIp: Handler = (ctx) => {
  const instance = findInstance(ctx);
  const ips = ipsOf(ctx, instance);
  checked(ctx);
  if (ctx.body.public === true)
    throw new ApiError(400, [{ reason: 'Additional IPv4 addresses require technical justification. Please contact support.' }]);
  if (ips.ipv4.private.length > 0) throw badRequest('This Linode already has a private IPv4 address.');
  const { state } = ctx;
  const address = `192.168.${128 + (instance.id % 127)}.${2 + (state.ids.next('interface') % 250)}`;
  const record = build(schemaFact('IPAddress'), state.rng, { ...privateIpv4(address, instance), vpc_nat_1_1: null });
  ips.ipv4.private.push(record);
  instance.ipv4 = [...instance.ipv4, address];
  recordEvent(state, 'linode_addip', instance, 'linode');
  return ok(record);
};

function findAddress(ctx: HandlerContext): { instance: InstanceRecord; address: JsonObject } {
  const instance = findInstance(ctx);
  const address = instanceAddresses(ipsOf(ctx, instance)).find((a) => a.address === ctx.params.address);
  if (!address) throw notFound();
  return { instance, address };
}

/** PUT ips/{address}: its reverse DNS; null puts Linode's default back (none for private ones). */
const updateIp: Handler = (ctx) => {
  const { instance, address } = findAddress(ctx);
  checked(ctx);
  if (!('rdns' in ctx.body)) throw badRequest('rdns is required', 'rdns');
  const rdns = ctx.body.rdns;
  address.rdns =
    typeof rdns === 'string'
      ? rdns
      : address.public && address.type === 'ipv4'
        ? `${String(address.address).replace(/\./g, '-')}.ip.linodeusercontent.com`
        : null;
  recordEvent(ctx.state, 'ipaddress_update', instance, 'linode');
  return ok(address);
};

/** DELETE ips/{address}: an IPv4 address the Linode holds, never its last public one. */
const deleteIp: Handler = (ctx) => {
  const { instance, address } = findAddress(ctx);
  const ips = ipsOf(ctx, instance);
  if (address.type !== 'ipv4') throw badRequest('Only IPv4 addresses can be removed');
  if (address.public && ips.ipv4.public.length <= 1) throw badRequest('A Linode must keep at least one public IPv4 address');
  ips.ipv4.public = ips.ipv4.public.filter((a) => a !== address);
  ips.ipv4.private = ips.ipv4.private.filter((a) => a !== address);
  instance.ipv4 = instance.ipv4.filter((a) => a !== address.address);
  recordEvent(ctx.state, 'linode_deleteip', instance, 'linode');
  return ok({});
};

/** POST mutate: the plan's free upgrade, when the Linode's resources lag behind its plan's. */
const mutateInstance: Handler = (ctx) => {
  const instance = findInstance(ctx);
  checked(ctx);
  const type = ctx.state.store.types.find((t) => t.id === instance.type);
  const behind = type && (instance.specs.disk < type.disk || instance.specs.memory < type.memory || instance.specs.vcpus < type.vcpus);
  if (!type || !behind) throw badRequest('Linode has no upgrade available.');
  notBusy(instance);
  Object.assign(instance.specs, { memory: type.memory, vcpus: type.vcpus, transfer: type.transfer });
  if (ctx.body.allow_auto_disk_resize !== false) instance.specs.disk = type.disk;
  instance.updated = nowTime(ctx.state);
  startTransition(ctx.state, instance, 'migrating', instance.status === 'offline' ? 'offline' : 'running', 'linode_mutate');
  return ok({});
};

export const instanceChildWriteHandlers: Record<string, Handler> = {
  createSnapshot,
  restoreBackup,
  addLinodeConfigInterface: addInterface,
  updateLinodeConfigInterface: updateInterface,
  deleteLinodeConfigInterface: deleteInterface,
  orderLinodeConfigInterfaces: orderInterfaces,
  cloneLinodeDisk: cloneDisk,
  resetDiskPassword,
  addLinodeIP: allocateIp,
  updateLinodeIP: updateIp,
  removeLinodeIP: deleteIp,
  mutateLinodeInstance: mutateInstance,
};
