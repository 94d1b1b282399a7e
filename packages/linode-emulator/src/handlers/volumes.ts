// Block Storage volumes: reads, create/update/delete, attach/detach.
import { ioReady, makeVolume, setVolumeStatus } from '../data/volumes.js';
import { badRequest, FieldErrors, notFound } from '../errors.js';
import { asNumber, asString, stringsIn } from '../json.js';
import type { InstanceRecord, VolumeRecord } from '../records.js';
import { list, nowTime, ok, recordEvent, type Handler, type HandlerContext } from './context.js';
import { checkTags, checkVolumeLabel, isBoolean, isInteger, isString, required } from './validate.js';

/** How long a new volume stays `creating`. */
export const VOLUME_CREATE_MS = 5_000;

export function findVolume(ctx: HandlerContext): VolumeRecord {
  const volume = ctx.state.store.volumes.find((v) => v.id === Number(ctx.params.volumeId));
  if (!volume) throw notFound();
  return volume;
}

const labelTaken = (ctx: HandlerContext, label: string, except?: number) =>
  ctx.state.store.volumes.some((v) => v.label === label && v.id !== except);

/** `config_id`, when given, must name a config of the Linode the volume goes to. */
function checkConfigId(errors: FieldErrors, ctx: HandlerContext, linode: InstanceRecord | undefined): void {
  if (!isInteger(errors, ctx.body, 'config_id')) return;
  if (ctx.body.linode_id === undefined) errors.add('config_id', 'config_id must not be given without linode_id');
  else if (linode && !(ctx.state.store.configsByInstance[linode.id] ?? []).some((c) => c.id === ctx.body.config_id)) {
    errors.add('config_id', 'Config not found on this Linode');
  }
}

const createVolume: Handler = (ctx) => {
  const { body, state } = ctx;
  const errors = new FieldErrors();
  if (required(errors, body, 'label') && isString(errors, body, 'label')) checkVolumeLabel(errors, body.label, labelTaken(ctx, body.label));
  if (isInteger(errors, body, 'size') && (body.size < 10 || body.size > 10240)) errors.add('size', 'Size must be 10 to 10240 GB');
  const linode = isInteger(errors, body, 'linode_id') ? state.store.instances.find((i) => i.id === body.linode_id) : undefined;
  if (body.linode_id !== undefined && !linode && !errors.has('linode_id')) errors.add('linode_id', 'Linode not found');
  if (isString(errors, body, 'region') && !state.store.regions.some((r) => r.id === body.region)) errors.add('region', 'Region not found');
  if (linode && body.region !== undefined && body.region !== linode.region)
    errors.add('region', 'Volume and Linode must be in the same region');
  if (body.region === undefined && body.linode_id === undefined) errors.add('region', 'Must provide a region or a Linode ID');
  checkConfigId(errors, ctx, linode);
  if (linode && !(state.store.configsByInstance[linode.id] ?? []).length)
    errors.add('linode_id', 'Linode has no config to attach the volume to');
  checkTags(errors, body);
  errors.throwIfAny();

  // The checks above made label a string, size an integer if given, and gave a region or a Linode.
  const volume = makeVolume(state.rng, {
    id: state.ids.next('volume'),
    label: String(body.label),
    size: asNumber(body.size) ?? 20,
    region: linode?.region ?? String(body.region),
    linode: linode ?? null,
    created: nowTime(state),
    tags: stringsIn(body.tags),
    status: 'creating',
  });
  state.store.volumes.push(volume);
  recordEvent(state, 'volume_create', volume, 'volume');
  state.pending.push({ at: state.now() + VOLUME_CREATE_MS, run: () => setVolumeStatus(volume, 'active') });
  return ok(volume);
};

const updateVolume: Handler = (ctx) => {
  const volume = findVolume(ctx);
  const errors = new FieldErrors();
  if (isString(errors, ctx.body, 'label')) checkVolumeLabel(errors, ctx.body.label, labelTaken(ctx, ctx.body.label, volume.id));
  checkTags(errors, ctx.body);
  errors.throwIfAny();
  const label = asString(ctx.body.label);
  if (label !== undefined) {
    volume.label = label;
    volume.filesystem_path = `/dev/disk/by-id/scsi-0Linode_Volume_${volume.label}`;
  }
  if (ctx.body.tags !== undefined) volume.tags = stringsIn(ctx.body.tags).sort();
  volume.updated = nowTime(ctx.state);
  recordEvent(ctx.state, 'volume_update', volume, 'volume');
  return ok(volume);
};

const deleteVolume: Handler = (ctx) => {
  const volume = findVolume(ctx);
  if (volume.linode_id !== null) throw badRequest('Volume must be detached before it can be deleted');
  ctx.state.store.volumes = ctx.state.store.volumes.filter((v) => v !== volume);
  recordEvent(ctx.state, 'volume_delete', volume, 'volume');
  return ok({});
};

const attachVolume: Handler = (ctx) => {
  const volume = findVolume(ctx);
  const errors = new FieldErrors();
  const linode =
    required(errors, ctx.body, 'linode_id') && isInteger(errors, ctx.body, 'linode_id')
      ? ctx.state.store.instances.find((i) => i.id === ctx.body.linode_id)
      : undefined;
  if (ctx.body.linode_id !== undefined && !linode && !errors.has('linode_id')) errors.add('linode_id', 'Linode not found');
  if (linode && linode.region !== volume.region) errors.add('linode_id', 'Volume and Linode must be in the same region');
  checkConfigId(errors, ctx, linode);
  if (isBoolean(errors, ctx.body, 'persist_across_boots') && ctx.body.persist_across_boots === false) {
    if (ctx.body.config_id !== undefined) errors.add('config_id', 'config_id must not be given when persist_across_boots is false');
    if (linode && linode.status !== 'running') errors.add('persist_across_boots', 'The Linode must be running');
  }
  errors.throwIfAny();
  if (volume.status !== 'active') throw badRequest(`Volume is ${volume.status}, not yet available for use`);
  if (volume.linode_id !== null) throw badRequest('Volume is already attached to a Linode');
  Object.assign(volume, { linode_id: linode?.id, linode_label: linode?.label, updated: nowTime(ctx.state) });
  volume.io_ready = ioReady(volume);
  recordEvent(ctx.state, 'volume_attach', volume, 'volume');
  return ok(volume);
};

const detachVolume: Handler = (ctx) => {
  const volume = findVolume(ctx);
  if (volume.linode_id !== null) {
    Object.assign(volume, { linode_id: null, linode_label: null, io_ready: false, updated: nowTime(ctx.state) });
    recordEvent(ctx.state, 'volume_detach', volume, 'volume');
  }
  return ok({});
};

export const volumeHandlers: Record<string, Handler> = {
  getVolumes: (ctx) => list(ctx.state.store.volumes),
  getVolume: (ctx) => ok(findVolume(ctx)),
  createVolume,
  updateVolume,
  deleteVolume,
  attachVolume,
  detachVolume,
};
