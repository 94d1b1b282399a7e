// Create, update, delete and power actions of instances. Every change records an event.
import { schemaFact } from '../../facts/index.js';
import { makeConfigs, makeDisks, makeInstance, makeIps } from '../data/instances.js';
import { badRequest, FieldErrors } from '../errors.js';
import type { EmulatorState } from '../state.js';
import type { JsonObject } from '../types.js';
import { findInstance, nowTime, ok, recordEvent, type Handler } from './context.js';
import { checkLinodeLabel, checkTags, isBoolean, isInteger, isObject, isString, required } from './validate.js';

/** How long a new instance stays `provisioning`. */
export const PROVISION_MS = 10_000;

const BUSY = new Set(['provisioning', 'booting', 'rebooting', 'shutting_down', 'migrating', 'rebuilding', 'cloning', 'restoring', 'deleting']);

function labelTaken(state: EmulatorState, label: string, except?: number): boolean {
  return state.store.instances.some((i) => i.label === label && i.id !== except);
}

const createInstance: Handler = ({ body, state }) => {
  const { store } = state;
  const errors = new FieldErrors();
  if (required(errors, body, 'region') && isString(errors, body, 'region') && !store.regions.some((r) => r.id === body.region)) {
    errors.add('region', 'Region not found');
  }
  if (required(errors, body, 'type') && isString(errors, body, 'type') && !store.types.some((t) => t.id === body.type)) {
    errors.add('type', 'Linode type not found');
  }
  const image = typeof body.image === 'string' ? store.images.find((i) => i.id === body.image && i.status === 'available') : undefined;
  if (body.image !== undefined && body.image !== null && isString(errors, body, 'image') && !image) errors.add('image', 'Image not found');
  if (image) {
    if (required(errors, body, 'root_pass') && isString(errors, body, 'root_pass')) {
      const length = (body.root_pass as string).length;
      if (length < 7 || length > 128) errors.add('root_pass', 'Password must be 7 to 128 characters');
    }
  }
  if (isString(errors, body, 'label')) checkLinodeLabel(errors, body.label, labelTaken(state, body.label));
  checkTags(errors, body);
  for (const field of ['booted', 'backups_enabled', 'private_ip']) isBoolean(errors, body, field);
  if (isInteger(errors, body, 'swap_size') && body.swap_size < 0) errors.add('swap_size', 'swap_size must not be negative');
  errors.throwIfAny();

  const id = state.ids.next('linode');
  const created = nowTime(state);
  const type = store.types.find((t) => t.id === body.type) as JsonObject;
  const instance = makeInstance(state.rng, state.ids, {
    id,
    label: body.label ?? `linode${id}`,
    region: body.region,
    type,
    image: image ?? null,
    status: 'provisioning',
    created,
    updated: created,
    tags: body.tags ?? [],
    group: '',
    backupsEnabled: body.backups_enabled === true,
    watchdog: true,
    privateIp: body.private_ip === true,
    hasUserData: Boolean(body.metadata?.user_data),
  });
  const disks = image ? makeDisks(state.rng, state.ids, instance, image, body.swap_size ?? 512) : [];
  store.instances.push(instance);
  store.disksByInstance[id] = disks;
  store.configsByInstance[id] = image ? makeConfigs(state.rng, state.ids, disks, [], store.kernels, image).slice(0, 1) : [];
  store.ipsByInstance[id] = makeIps(state.rng, instance);
  store.backupsByInstance[id] = { automatic: [], snapshot: { in_progress: null, current: null } };
  recordEvent(state, 'linode_create', instance, 'linode');

  state.pending.push({
    at: state.now() + PROVISION_MS,
    run: () => {
      if (instance.status !== 'provisioning') return;
      instance.status = image && body.booted !== false ? 'running' : 'offline';
      instance.ipv6 = `${store.ipsByInstance[id]?.ipv6.slaac.address}/128`;
      instance.backups.available = instance.backups.enabled;
      for (const d of disks) d.status = 'ready';
    },
  });
  return ok(instance);
};

const ALERTS = Object.keys(schemaFact('Linode').fields.alerts.fields ?? {});
const SCHEDULE = schemaFact('Linode').fields.backups.fields?.schedule.fields ?? {};

const updateInstance: Handler = (ctx) => {
  const { body, state } = ctx;
  const instance = findInstance(ctx);
  const errors = new FieldErrors();
  if (isString(errors, body, 'label')) checkLinodeLabel(errors, body.label, labelTaken(state, body.label, instance.id));
  checkTags(errors, body);
  isString(errors, body, 'group');
  isBoolean(errors, body, 'watchdog_enabled');
  if (isObject(errors, body, 'alerts')) {
    for (const [key, value] of Object.entries(body.alerts as JsonObject)) {
      if (!ALERTS.includes(key)) errors.add(`alerts.${key}`, `Unknown alert ${key}`);
      else if (!Number.isInteger(value) || (value as number) < 0) errors.add(`alerts.${key}`, `alerts.${key} must be a non-negative integer`);
    }
  }
  const schedule = body.backups?.schedule as JsonObject | undefined;
  for (const key of ['day', 'window'] as const) {
    const value = schedule?.[key];
    if (value !== undefined && !SCHEDULE[key].enum?.includes(value)) errors.add(`backups.schedule.${key}`, `Invalid ${key}`);
  }
  errors.throwIfAny();

  if (body.label !== undefined) {
    instance.label = body.label;
    for (const v of state.store.volumes) if (v.linode_id === instance.id) v.linode_label = body.label;
  }
  if (body.tags !== undefined) instance.tags = [...body.tags].sort();
  if (body.group !== undefined) instance.group = body.group;
  if (body.watchdog_enabled !== undefined) instance.watchdog_enabled = body.watchdog_enabled;
  if (body.alerts) Object.assign(instance.alerts, body.alerts);
  if (schedule) Object.assign(instance.backups.schedule, schedule.day !== undefined ? { day: schedule.day } : {}, schedule.window !== undefined ? { window: schedule.window } : {});
  instance.updated = nowTime(state);
  recordEvent(state, 'linode_update', instance, 'linode');
  return ok(instance);
};

const deleteInstance: Handler = (ctx) => {
  const { store } = ctx.state;
  const instance = findInstance(ctx);
  store.instances = store.instances.filter((i) => i !== instance);
  for (const map of [store.disksByInstance, store.configsByInstance, store.ipsByInstance, store.backupsByInstance]) delete map[instance.id];
  for (const v of store.volumes) {
    if (v.linode_id === instance.id) Object.assign(v, { linode_id: null, linode_label: null });
  }
  recordEvent(ctx.state, 'linode_delete', instance, 'linode');
  return ok({});
};

function powerAction(action: 'linode_boot' | 'linode_reboot' | 'linode_shutdown', status: string): Handler {
  return (ctx) => {
    const instance = findInstance(ctx);
    if (BUSY.has(instance.status)) throw badRequest('Linode busy.');
    if (action !== 'linode_shutdown') {
      const configs = ctx.state.store.configsByInstance[instance.id] ?? [];
      if (ctx.body.config_id !== undefined && !configs.some((c) => c.id === ctx.body.config_id)) throw badRequest('Config not found', 'config_id');
      if (!configs.length) throw badRequest('Linode has no configuration profile to boot');
    }
    instance.status = status;
    instance.updated = nowTime(ctx.state);
    recordEvent(ctx.state, action, instance, 'linode');
    return ok({});
  };
}

export const instanceWriteHandlers: Record<string, Handler> = {
  createLinodeInstance: createInstance,
  updateLinodeInstance: updateInstance,
  deleteLinodeInstance: deleteInstance,
  bootLinodeInstance: powerAction('linode_boot', 'running'),
  rebootLinodeInstance: powerAction('linode_reboot', 'running'),
  shutdownLinodeInstance: powerAction('linode_shutdown', 'offline'),
};
