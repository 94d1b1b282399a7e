// Instance disks and configs (write rules), the instance actions beyond power (clone, rebuild,
// resize, rescue, migrate, password, backups) and volume clone/resize.
import { entityAt } from '../data/entity-types.js';
import { makeConfigs, makeDisks } from '../data/instances.js';
import { makeVolume, setVolumeStatus } from '../data/volumes.js';
import { badRequest, FieldErrors, notFound } from '../errors.js';
import { TRANSITION_MS } from '../transitions.js';
import { asList, asObject, asString, isJsonObject, objectsIn } from '../json.js';
import type { ConfigRecord, DiskRecord, InstanceRecord } from '../records.js';
import type { JsonObject } from '../types.js';
import { findInstance, nowTime, ok, recordEvent, type Handler, type HandlerContext } from './context.js';
import { BUSY, createInstance, requestedInterface, startTransition } from './instance-writes.js';
import { configsPlace, disksPlace } from './places.js';
import { checkFields, checkVolumeLabel } from './validate.js';
import { findVolume, VOLUME_CREATE_MS } from './volumes.js';
import type { EventEntity, Place, WriteRules } from './writes.js';

/** How long a new or resized disk stays `not ready`. */
export const DISK_MS = 5_000;

const linodeEntity = (_item: JsonObject, { parent: linode }: Place<InstanceRecord>): EventEntity => ({
  id: linode.id,
  label: linode.label,
  type: 'linode',
  url: `/v4/linode/instances/${linode.id}`,
});

/** A disk or config of the Linode, as an event's secondary entity names it. */
const childEntity =
  (type: 'disk' | 'linode_config', collection: string) =>
  (item: JsonObject, { parent: linode }: Place<InstanceRecord>): JsonObject =>
    entityAt(type, `/linode/instances/${linode.id}/${collection}`, item);

const used = (disks: JsonObject[], except?: JsonObject) => disks.filter((d) => d !== except).reduce((sum, d) => sum + Number(d.size), 0);

/** The request's body after the facts' checks; throws a 400 listing every problem. */
export function checked(ctx: HandlerContext, more?: (errors: FieldErrors) => void): JsonObject {
  const errors = new FieldErrors();
  checkFields(errors, ctx.op.request, ctx.body);
  if (!errors.items.length) more?.(errors);
  errors.throwIfAny();
  return ctx.body;
}

export function notBusy(instance: InstanceRecord): void {
  if (BUSY.has(instance.status)) throw badRequest('Linode busy.');
}

/** Puts the disk in `not ready` for a while. */
function settleDisk(ctx: HandlerContext, disk: JsonObject): void {
  disk.status = 'not ready';
  ctx.state.pending.push({ at: ctx.state.now() + DISK_MS, run: () => void (disk.status = 'ready') });
}

export const diskRules: WriteRules<InstanceRecord> = {
  place: disksPlace,
  idKind: 'disk',
  // The disk is the secondary entity (linodego recorded disk_create and disk_delete so; Cloud Manager's messages).
  event: {
    create: 'disk_create',
    update: 'disk_update',
    delete: 'disk_delete',
    entity: linodeEntity,
    secondary: childEntity('disk', 'disks'),
  },
  check: (ctx, errors, place, item) => {
    const { size, image, root_pass } = ctx.body;
    const free = place.parent.specs.disk - used(place.items);
    if (!item && typeof size === 'number' && Number.isInteger(size) && size > free)
      errors.add('size', `Not enough free space: ${free} MB left on this Linode`);
    if (typeof image === 'string' && !ctx.state.store.images.some((i) => i.id === image && i.status === 'available'))
      errors.add('image', 'Image not found');
    if (image && !root_pass) errors.add('root_pass', 'root_pass is required when deploying an image');
  },
  initial: (ctx, disk, place) => ({
    label: disk.label || `disk${String(disk.id)}`,
    filesystem: ctx.body.filesystem ?? 'ext4',
    status: 'not ready',
    disk_encryption: place.parent?.disk_encryption,
  }),
  created: (ctx, disk) => settleDisk(ctx, disk),
};

/** `devices.sdX.disk_id` must name a disk of this Linode; `volume_id` a volume. */
function checkDevices(ctx: HandlerContext, errors: FieldErrors, linode: InstanceRecord): void {
  const disks = ctx.state.store.disksByInstance[linode.id] ?? [];
  for (const [slot, device] of Object.entries(asObject(ctx.body.devices) ?? {})) {
    if (!isJsonObject(device)) continue;
    if (device.disk_id != null && !disks.some((d) => d.id === device.disk_id))
      errors.add(`devices.${slot}.disk_id`, 'Disk not found on this Linode');
    if (device.volume_id != null && !ctx.state.store.volumes.some((v) => v.id === device.volume_id))
      errors.add(`devices.${slot}.volume_id`, 'Volume not found');
  }
  if (typeof ctx.body.kernel === 'string' && !ctx.state.store.kernels.some((k) => k.id === ctx.body.kernel))
    errors.add('kernel', 'Kernel not found');
}

export const configRules: WriteRules<InstanceRecord> = {
  place: configsPlace,
  idKind: 'config',
  // The config is the secondary entity, a `linode_config` (recorded by linodego; Cloud Manager's messages).
  event: {
    create: 'linode_config_create',
    update: 'linode_config_update',
    delete: 'linode_config_delete',
    entity: linodeEntity,
    secondary: childEntity('linode_config', 'configs'),
  },
  check: (ctx, errors, place) => checkDevices(ctx, errors, place.parent),
  initial: (_ctx, config) => ({ root_device: config.root_device || '/dev/sda' }),
  created: (ctx, config) => shapeInterfaces(ctx, config),
  updated: (ctx, config) => shapeInterfaces(ctx, config),
};

/** Interfaces given in a config's body get ids, and `ipv4` null unless they are vpc ones. */
function shapeInterfaces(ctx: HandlerContext, config: JsonObject): void {
  if (Array.isArray(ctx.body.interfaces))
    config.interfaces = objectsIn(ctx.body.interfaces).map((iface) => requestedInterface(ctx.state, iface));
}

export const resizeDisk: Handler = (ctx) => {
  const place = disksPlace(ctx);
  const disk = place.items.find((d) => d.id === Number(ctx.params.diskId));
  if (!disk) throw notFound();
  const linode = place.parent;
  checked(ctx, (errors) => {
    const free = linode.specs.disk - used(place.items, disk);
    if (Number(ctx.body.size) > free) errors.add('size', `Not enough free space: at most ${free} MB`);
  });
  notBusy(linode);
  disk.size = ctx.body.size;
  disk.updated = nowTime(ctx.state);
  settleDisk(ctx, disk);
  recordEvent(ctx.state, 'disk_resize', linode, 'linode');
  return ok({});
};

/** POST clone: a new Linode (like POST /linode/instances) with copies of the source's disks and configs. */
const cloneInstance: Handler = (ctx) => {
  const source = findInstance(ctx);
  const body = checked(ctx);
  notBusy(source);
  if (body.linode_id !== undefined) throw badRequest('Cloning into an existing Linode is not supported by the emulator', 'linode_id');
  const { store, ids } = ctx.state;
  const request = {
    region: body.region ?? source.region,
    type: body.type ?? source.type,
    label: body.label,
    group: body.group,
    backups_enabled: body.backups_enabled,
    private_ip: body.private_ip,
  };
  const clone = createInstance(ctx.state, request);
  // `disks` / `configs` name the ones to copy; all of them when not given.
  const pick = <T extends { id: number }>(list: T[], wanted: unknown): T[] =>
    Array.isArray(wanted) ? list.filter((x) => asList(wanted).includes(x.id)) : list;
  const diskIds = new Map<number, number>();
  store.disksByInstance[clone.id] = pick(store.disksByInstance[source.id] ?? [], body.disks).map((d): DiskRecord => {
    const id = ids.next('disk');
    diskIds.set(d.id, id);
    return { ...structuredClone(d), id, created: clone.created, updated: clone.created, status: 'not ready' };
  });
  store.configsByInstance[clone.id] = pick(store.configsByInstance[source.id] ?? [], body.configs).map((c) => {
    const copy: ConfigRecord = { ...structuredClone(c), id: ids.next('config') };
    for (const device of Object.values(copy.devices ?? {}))
      if (device?.disk_id != null) device.disk_id = diskIds.get(device.disk_id) ?? null;
    return copy;
  });
  const event = recordEvent(ctx.state, 'linode_clone', source, 'linode');
  event.secondary_entity = { id: clone.id, label: clone.label, type: 'linode', url: `/v4/linode/instances/${clone.id}` };
  return ok(clone);
};

/** POST rebuild: new disks from the image, then the Linode boots. */
const rebuildInstance: Handler = (ctx) => {
  const linode = findInstance(ctx);
  const { store, rng, ids } = ctx.state;
  const body = checked(ctx, (errors) => {
    if (!store.images.some((i) => i.id === ctx.body.image && i.status === 'available')) errors.add('image', 'Image not found');
    const length = String(ctx.body.root_pass).length;
    if (length < 7 || length > 128) errors.add('root_pass', 'Password must be 7 to 128 characters');
    if (ctx.body.type !== undefined && !store.types.some((t) => t.id === ctx.body.type)) errors.add('type', 'Linode type not found');
  });
  notBusy(linode);
  const image = store.images.find((i) => i.id === body.image);
  if (!image) throw badRequest('Image not found', 'image'); // the check above found it
  linode.image = image.id;
  const disks = makeDisks(rng, ids, linode, image);
  store.disksByInstance[linode.id] = disks;
  store.configsByInstance[linode.id] = makeConfigs(rng, ids, disks, [], store.kernels, image).slice(0, 1);
  linode.updated = nowTime(ctx.state);
  startTransition(ctx.state, linode, 'rebuilding', body.booted === false ? 'offline' : 'running');
  return ok(linode);
};

/** POST resize: the Linode migrates to its new plan (the status enum has no `resizing`). */
const resizeInstance: Handler = (ctx) => {
  const linode = findInstance(ctx);
  const { store } = ctx.state;
  const type = store.types.find((t) => t.id === ctx.body.type);
  checked(ctx, (errors) => {
    if (!type) errors.add('type', 'Linode type not found');
    else if (type.id === linode.type) errors.add('type', 'Linode is already that type');
    else if (used(store.disksByInstance[linode.id] ?? []) > type.disk && ctx.body.allow_auto_disk_resize === false)
      errors.add('type', 'The disks do not fit the new type; resize them first');
  });
  notBusy(linode);
  const t = type;
  if (!t) throw badRequest('Linode type not found', 'type'); // the check above found it
  Object.assign(linode, {
    type: t.id,
    specs: { ...linode.specs, disk: t.disk, memory: t.memory, vcpus: t.vcpus, gpus: t.gpus, transfer: t.transfer },
    updated: nowTime(ctx.state),
  });
  startTransition(ctx.state, linode, 'migrating', linode.status === 'offline' ? 'offline' : 'running', 'linode_resize');
  return ok({});
};

/** POST rescue: boots into rescue mode with the given disks and volumes. */
const rescueInstance: Handler = (ctx) => {
  const linode = findInstance(ctx);
  checked(ctx, (errors) => checkDevices(ctx, errors, linode));
  notBusy(linode);
  startTransition(ctx.state, linode, 'booting', 'running');
  return ok({});
};

/** POST migrate: to another data center when `region` is given (applied when the migration ends). */
const migrateInstance: Handler = (ctx) => {
  const linode = findInstance(ctx);
  const body = checked(ctx, (errors) => {
    if (ctx.body.region !== undefined && !ctx.state.store.regions.some((r) => r.id === ctx.body.region))
      errors.add('region', 'Region not found');
    else if (ctx.body.region === linode.region) errors.add('region', 'Linode is already in that region');
  });
  notBusy(linode);
  const region = asString(body.region);
  const to = linode.status === 'offline' ? 'offline' : 'running';
  startTransition(ctx.state, linode, 'migrating', to, region ? 'linode_migrate_datacenter' : 'linode_migrate');
  if (region) ctx.state.pending.push({ at: ctx.state.now() + TRANSITION_MS.migrating, run: () => void (linode.region = region) });
  return ok({});
};

/** POST password: only while the Linode is shut down. */
const resetPassword: Handler = (ctx) => {
  const linode = findInstance(ctx);
  checked(ctx, (errors) => {
    const length = String(ctx.body.root_pass).length;
    if (length < 7 || length > 128) errors.add('root_pass', 'Password must be 7 to 128 characters');
  });
  if (linode.status !== 'offline') throw badRequest('Linode must be shut down to reset its root password');
  recordEvent(ctx.state, 'password_reset', linode, 'linode');
  return ok({});
};

function backups(enabled: boolean): Handler {
  return (ctx) => {
    const linode = findInstance(ctx);
    Object.assign(linode.backups, enabled ? { enabled: true } : { enabled: false, available: false });
    recordEvent(ctx.state, enabled ? 'backups_enable' : 'backups_cancel', linode, 'linode');
    return ok({});
  };
}

/** POST volume clone: a new, detached volume of the same size and region, `creating` for a while. */
const cloneVolume: Handler = (ctx) => {
  const source = findVolume(ctx);
  const { state } = ctx;
  const body = checked(ctx, (errors) =>
    checkVolumeLabel(
      errors,
      String(ctx.body.label),
      state.store.volumes.some((v) => v.label === ctx.body.label),
    ),
  );
  if (source.status !== 'active') throw badRequest(`Volume is ${source.status}, not yet available for use`);
  const volume = makeVolume(state.rng, {
    id: state.ids.next('volume'),
    label: String(body.label),
    size: source.size,
    region: source.region,
    linode: null,
    created: nowTime(state),
    tags: [...source.tags],
    status: 'creating',
  });
  state.store.volumes.push(volume);
  recordEvent(state, 'volume_clone', source, 'volume');
  state.pending.push({ at: state.now() + VOLUME_CREATE_MS, run: () => setVolumeStatus(volume, 'active') });
  return ok(volume);
};

/** POST volume resize: volumes only grow, up to 10240 GB. */
const resizeVolume: Handler = (ctx) => {
  const volume = findVolume(ctx);
  checked(ctx, (errors) => {
    const size = Number(ctx.body.size); // an integer, required: the facts' checks ran first
    if (size <= volume.size) errors.add('size', 'Volumes can only be made larger');
    else if (size > 10240) errors.add('size', 'Size must be at most 10240 GB');
  });
  if (volume.status !== 'active') throw badRequest(`Volume is ${volume.status}, not yet available for use`);
  Object.assign(volume, { size: ctx.body.size, updated: nowTime(ctx.state) });
  setVolumeStatus(volume, 'resizing');
  recordEvent(ctx.state, 'volume_resize', volume, 'volume');
  ctx.state.pending.push({ at: ctx.state.now() + VOLUME_CREATE_MS, run: () => setVolumeStatus(volume, 'active') });
  return ok(volume);
};

export const instanceActionHandlers: Record<string, Handler> = {
  cloneLinodeInstance: cloneInstance,
  rebuildLinodeInstance: rebuildInstance,
  resizeLinodeInstance: resizeInstance,
  rescueLinodeInstance: rescueInstance,
  migrateLinodeInstance: migrateInstance,
  resetLinodePassword: resetPassword,
  enableBackups: backups(true),
  cancelBackups: backups(false),
  resizeDisk,
  cloneVolume,
  resizeVolume,
};
