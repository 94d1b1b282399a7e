// What changes to instances do to the collections that reference them: a new instance created
// with a firewall_id becomes a device of that firewall; a renamed one keeps its device labels (and
// its addresses' assigned_entity) in step; a deleted one leaves its firewalls and VPC subnets. A
// firewall's `entities` (today's key) always lists its devices' entities.
import { collectionPath } from '../data/collections.js';
import { instanceEntity } from '../data/seed-helpers.js';
import { asObject, objectsIn } from '../json.js';
import type { InstanceRecord } from '../records.js';
import type { EmulatorStore, JsonObject } from '../types.js';

const FIREWALLS = '/networking/firewalls';
const DEVICES = '/networking/firewalls/{firewallId}/devices';
const VPCS = '/vpcs';
const SUBNETS = '/vpcs/{vpcId}/subnets';

const devicesOf = (store: EmulatorStore, firewall: JsonObject) => store.collections[collectionPath(DEVICES, firewall.id)] ?? [];

/** Whether a firewall device is the entity `type`/`id`. */
export function isDeviceOf(device: JsonObject, type: unknown, id: unknown): boolean {
  const entity = asObject(device.entity);
  return entity !== undefined && entity.type === type && entity.id === id;
}

/** Sets the firewall's `entities` from its devices (the same objects, so renames show in both). */
export function syncEntities(store: EmulatorStore, firewall: JsonObject): void {
  firewall.entities = devicesOf(store, firewall).map((d) => d.entity);
}

export function findFirewall(store: EmulatorStore, id: unknown): JsonObject | undefined {
  return (store.collections[FIREWALLS] ?? []).find((f) => f.id === id);
}

/** Makes `instance` a device of `firewall`, created `at`. */
export function attachToFirewall(store: EmulatorStore, firewall: JsonObject, instance: InstanceRecord, at: string): void {
  const all = (store.collections[FIREWALLS] ?? []).flatMap((f) => devicesOf(store, f));
  const id = Math.max(1_020_000, ...all.map((d) => Number(d.id))) + 1;
  const devices = (store.collections[collectionPath(DEVICES, firewall.id)] ??= []);
  devices.push({ id, created: at, updated: at, entity: { ...instanceEntity(instance), parent_entity: null } });
  syncEntities(store, firewall);
}

export function instanceRenamed(store: EmulatorStore, instance: InstanceRecord): void {
  for (const firewall of store.collections[FIREWALLS] ?? []) {
    for (const d of devicesOf(store, firewall)) {
      const entity = asObject(d.entity);
      if (entity && isDeviceOf(d, 'linode', instance.id)) entity.label = instance.label;
    }
  }
  const ips = store.ipsByInstance[instance.id];
  for (const ip of ips ? [...ips.ipv4.public, ...ips.ipv4.private] : []) if (ip.assigned_entity) ip.assigned_entity.label = instance.label;
}

export function instanceDeleted(store: EmulatorStore, id: number): void {
  for (const firewall of store.collections[FIREWALLS] ?? []) {
    const key = collectionPath(DEVICES, firewall.id);
    store.collections[key] = devicesOf(store, firewall).filter((d) => !isDeviceOf(d, 'linode', id));
    syncEntities(store, firewall);
  }
  for (const vpc of store.collections[VPCS] ?? []) {
    for (const subnet of store.collections[collectionPath(SUBNETS, vpc.id)] ?? [])
      subnet.linodes = objectsIn(subnet.linodes).filter((l) => l.id !== id);
  }
}
