// Create, update, delete and power actions of instances. Every change records an event; power
// actions and provisioning pass through a transitional status that ends later (transitions.ts).
import { schemaFact } from 'linode-facts/spec';
import { imageEntity } from '../data/entity-types.js';
import { makeConfigs, makeDisks, makeDisksFromBackup, makeInstance, makeInterface, makeIps } from '../data/instances.js';
import { badRequest, FieldErrors } from '../errors.js';
import type { EmulatorState } from '../state.js';
import { configEntity, endTransition, settledStatus, TRANSITION_ACTION, TRANSITION_MS, type TransitionalStatus } from '../transitions.js';
import { asBoolean, asNumber, asObject, asString, objectsIn, stringsIn } from '../json.js';
import type { BackupRecord, EventRecord, ImageRecord, InstanceRecord } from '../records.js';
import type { EmulatorStore, JsonObject } from '../types.js';
import { attachToFirewall, findFirewall, instanceDeleted, instanceRenamed } from './collection-links.js';
import { findInstance, nowTime, ok, recordEvent, type Handler } from './context.js';
import {
  checkInterfaces,
  checkLinodeLabel,
  checkTags,
  isBoolean,
  isInteger,
  isObject,
  isString,
  isStringArray,
  required,
} from './validate.js';

/** How long a new instance stays `provisioning`. */
export const PROVISION_MS = TRANSITION_MS.provisioning;

export const BUSY = new Set([
  'provisioning',
  'booting',
  'rebooting',
  'shutting_down',
  'migrating',
  'rebuilding',
  'cloning',
  'restoring',
  'deleting',
]);

export function labelTaken(state: EmulatorState, label: string, except?: number): boolean {
  return state.store.instances.some((i) => i.label === label && i.id !== except);
}

/** Puts `instance` in a transitional status, with a `started` event; both end after the status's delay. */
export function startTransition(
  state: EmulatorState,
  instance: InstanceRecord,
  status: TransitionalStatus,
  to: string,
  action = TRANSITION_ACTION[status],
): EventRecord {
  instance.status = status;
  const event = recordEvent(state, action, instance, 'linode', 'started');
  const started = state.now();
  state.pending.push(endTransition(state.store, instance, { started, ends: started + TRANSITION_MS[status], to, event }));
  return event;
}

/** A backup and the instance it belongs to. */
interface FoundBackup {
  backup: BackupRecord;
  linode: InstanceRecord;
}

/** A backup of any instance, with the instance it belongs to. */
function findBackup(store: EmulatorStore, id: number): FoundBackup | undefined {
  for (const linode of store.instances) {
    const { automatic, snapshot } = store.backupsByInstance[linode.id] ?? { automatic: [], snapshot: { current: null, in_progress: null } };
    const backup = [...automatic, snapshot.current, snapshot.in_progress].find((b) => b?.id === id);
    if (backup) return { backup, linode };
  }
  return undefined;
}

/** Checks `backup_id`: an existing, successful backup in the new Linode's region that fits its type. */
function checkBackup(errors: FieldErrors, body: JsonObject, store: EmulatorStore): FoundBackup | undefined {
  if (!isInteger(errors, body, 'backup_id')) return undefined;
  if (body.image !== undefined && body.image !== null) errors.add('backup_id', 'backup_id and image are mutually exclusive');
  const found = findBackup(store, body.backup_id);
  if (!found) errors.add('backup_id', 'Backup not found');
  else if (found.backup.status !== 'successful') errors.add('backup_id', 'Backup must have a status of successful');
  else if (typeof body.region === 'string' && found.linode.region !== body.region)
    errors.add('backup_id', 'Backup must be in the same region as the new Linode');
  const type = store.types.find((t) => t.id === body.type);
  const size = (found?.backup.disks ?? []).reduce((sum, d) => sum + d.size, 0);
  if (found && type && size > type.disk) errors.add('type', 'Linode type is too small for the backup');
  return found;
}

/** Checks the fields of a deployment: StackScript, SSH keys and users, metadata. */
function checkDeployment(errors: FieldErrors, body: JsonObject, image: ImageRecord | undefined): void {
  if (isInteger(errors, body, 'stackscript_id')) {
    if (body.backup_id !== undefined) errors.add('stackscript_id', 'A StackScript cannot be used when deploying from a backup');
    else if (!image) errors.add('stackscript_id', 'A StackScript requires a compatible image');
    else if (!image.is_public) errors.add('stackscript_id', 'A StackScript cannot be used with a private image');
  }
  isObject(errors, body, 'stackscript_data');
  isStringArray(errors, body, 'authorized_keys');
  isStringArray(errors, body, 'authorized_users');
  if (isObject(errors, body, 'metadata') && body.metadata.user_data !== undefined && typeof body.metadata.user_data !== 'string') {
    errors.add('metadata.user_data', 'metadata.user_data must be a string');
  }
}

/** Creates an instance as POST /linode/instances does (400 with every problem of `body`). */
export function createInstance(state: EmulatorState, body: JsonObject): InstanceRecord {
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
      const length = body.root_pass.length;
      if (length < 7 || length > 128) errors.add('root_pass', 'Password must be 7 to 128 characters');
    }
  }
  const source = checkBackup(errors, body, store);
  checkDeployment(errors, body, image);
  if (isString(errors, body, 'label')) checkLinodeLabel(errors, body.label, labelTaken(state, body.label));
  checkTags(errors, body);
  isString(errors, body, 'group');
  for (const field of ['booted', 'backups_enabled', 'private_ip']) isBoolean(errors, body, field);
  if (isInteger(errors, body, 'swap_size') && body.swap_size < 0) errors.add('swap_size', 'swap_size must not be negative');
  checkInterfaces(errors, body);
  const firewall = isInteger(errors, body, 'firewall_id') ? findFirewall(store, body.firewall_id) : undefined;
  if (body.firewall_id !== undefined && !firewall && !errors.has('firewall_id')) errors.add('firewall_id', 'Firewall not found');
  errors.throwIfAny();

  const id = state.ids.next('linode');
  const created = nowTime(state);
  // The checks above found the type and the region, and typed the optional fields.
  const type = store.types.find((t) => t.id === body.type);
  if (!type) throw badRequest('Linode type not found', 'type');
  const instance = makeInstance(state.rng, state.ids, {
    id,
    label: asString(body.label) ?? `linode${id}`,
    region: String(body.region),
    type,
    image: image ?? null,
    status: 'provisioning',
    created,
    updated: created,
    tags: stringsIn(body.tags),
    group: asString(body.group) ?? '',
    backupsEnabled: body.backups_enabled === true,
    watchdog: true,
    privateIp: body.private_ip === true,
    hasUserData: Boolean(asObject(body.metadata)?.user_data),
  });
  // A backup brings the disks and config of the Linode it was taken from.
  const bootImage = image ?? (source ? (store.images.find((i) => i.id === source.linode.image) ?? null) : null);
  const disks = source
    ? makeDisksFromBackup(state.rng, state.ids, instance, source.backup)
    : image
      ? makeDisks(state.rng, state.ids, instance, image, asNumber(body.swap_size) ?? 512)
      : [];
  const configs = disks.length ? makeConfigs(state.rng, state.ids, disks, [], store.kernels, bootImage).slice(0, 1) : [];
  if (configs.length && Array.isArray(body.interfaces)) {
    configs[0].interfaces = objectsIn(body.interfaces).map((iface) => requestedInterface(state, iface));
  }
  store.instances.push(instance);
  store.disksByInstance[id] = disks;
  store.configsByInstance[id] = configs;
  store.ipsByInstance[id] = makeIps(state.rng, instance);
  store.backupsByInstance[id] = { automatic: [], snapshot: { in_progress: null, current: null } };
  if (firewall) attachToFirewall(store, firewall, instance, created);
  const settled = settledStatus(store, instance, body.booted !== false);
  const provisioning = startTransition(state, instance, 'provisioning', settled);
  // The image deployed is the secondary entity (linodego recorded linode_create so).
  if (image) provisioning.secondary_entity = imageEntity(image);
  // Linode queues the first boot behind provisioning: a `scheduled` event, without duration yet.
  if (settled === 'running')
    recordEvent(state, 'linode_boot', instance, 'linode', 'scheduled').secondary_entity = configEntity(instance, configs[0]);
  return instance;
}

/** A config interface as requested (with a Linode or a config), shaped as real answers are. */
export function requestedInterface(state: EmulatorState, iface: JsonObject): JsonObject {
  const isPublic = iface.purpose === 'public';
  return makeInterface(state.rng, state.ids, {
    purpose: iface.purpose,
    label: isPublic ? null : (iface.label ?? null),
    ipam_address: iface.ipam_address ?? null,
    primary: iface.primary === true,
    active: false,
    subnet_id: iface.subnet_id ?? null,
    ipv4: { vpc: asObject(iface.ipv4)?.vpc ?? null, nat_1_1: asObject(iface.ipv4)?.nat_1_1 ?? null },
  });
}

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
    for (const [key, value] of Object.entries(body.alerts)) {
      if (!ALERTS.includes(key)) errors.add(`alerts.${key}`, `Unknown alert ${key}`);
      else if (typeof value !== 'number' || !Number.isInteger(value) || value < 0)
        errors.add(`alerts.${key}`, `alerts.${key} must be a non-negative integer`);
    }
  }
  const schedule = asObject(asObject(body.backups)?.schedule);
  for (const key of ['day', 'window'] as const) {
    const value = schedule?.[key];
    if (value !== undefined && !SCHEDULE[key].enum?.some((v) => v === value)) errors.add(`backups.schedule.${key}`, `Invalid ${key}`);
  }
  errors.throwIfAny();

  // The checks above typed every field given.
  const label = asString(body.label);
  if (label !== undefined) {
    instance.label = label;
    instanceRenamed(state.store, instance);
    for (const v of state.store.volumes) if (v.linode_id === instance.id) v.linode_label = label;
  }
  if (body.tags !== undefined) instance.tags = stringsIn(body.tags).sort();
  const group = asString(body.group);
  if (group !== undefined) instance.group = group;
  const watchdog = asBoolean(body.watchdog_enabled);
  if (watchdog !== undefined) instance.watchdog_enabled = watchdog;
  const alerts = asObject(body.alerts);
  if (alerts) Object.assign(instance.alerts, alerts);
  if (schedule)
    Object.assign(
      instance.backups.schedule,
      schedule.day !== undefined ? { day: schedule.day } : {},
      schedule.window !== undefined ? { window: schedule.window } : {},
    );
  instance.updated = nowTime(state);
  recordEvent(state, 'linode_update', instance, 'linode');
  return ok(instance);
};

const deleteInstance: Handler = (ctx) => {
  removeInstance(ctx.state, findInstance(ctx));
  return ok({});
};

/** Deletes an instance and what belongs to it; volumes and firewalls let go of it. */
export function removeInstance(state: EmulatorState, instance: InstanceRecord): void {
  const { store } = state;
  store.instances = store.instances.filter((i) => i !== instance);
  for (const map of [store.disksByInstance, store.configsByInstance, store.ipsByInstance, store.backupsByInstance]) delete map[instance.id];
  instanceDeleted(store, instance.id);
  for (const v of store.volumes) {
    if (v.linode_id === instance.id) Object.assign(v, { linode_id: null, linode_label: null, io_ready: false });
  }
  recordEvent(state, 'linode_delete', instance, 'linode');
}

function powerAction(status: 'booting' | 'rebooting' | 'shutting_down'): Handler {
  return (ctx) => {
    const instance = findInstance(ctx);
    if (BUSY.has(instance.status)) throw badRequest('Linode busy.');
    if (status !== 'shutting_down') {
      const configs = ctx.state.store.configsByInstance[instance.id] ?? [];
      if (ctx.body.config_id !== undefined && !configs.some((c) => c.id === ctx.body.config_id))
        throw badRequest('Config not found', 'config_id');
      if (!configs.length) throw badRequest('Linode has no configuration profile to boot');
    }
    instance.updated = nowTime(ctx.state);
    startTransition(ctx.state, instance, status, status === 'shutting_down' ? 'offline' : 'running');
    return ok({});
  };
}

export const instanceWriteHandlers: Record<string, Handler> = {
  createLinodeInstance: ({ state, body }) => ok(createInstance(state, body)),
  updateLinodeInstance: updateInstance,
  deleteLinodeInstance: deleteInstance,
  bootLinodeInstance: powerAction('booting'),
  rebootLinodeInstance: powerAction('rebooting'),
  shutdownLinodeInstance: powerAction('shutting_down'),
};
