// What changes to instances do to the collections that reference them: a new instance created
// with a firewall_id becomes a device of that firewall; a renamed one keeps its device labels (and
// its addresses' assigned_entity) in step; a deleted one leaves its firewalls and VPC subnets. A
// firewall's `entities` (today's key) always lists its devices' entities.
import { collectionPath } from '../data/collections.js';
import { instanceEntity } from '../data/seed-helpers.js';
import type { EmulatorStore, JsonObject } from '../types.js';

const FIREWALLS = '/networking/firewalls';
const DEVICES = '/networking/firewalls/{firewallId}/devices';
const VPCS = '/vpcs';
const SUBNETS = '/vpcs/{vpcId}/subnets';

const devicesOf = (store: EmulatorStore, firewall: JsonObject) => store.collections[collectionPath(DEVICES, firewall.id)] ?? [];

/** Sets the firewall's `entities` from its devices (the same objects, so renames show in both). */
export function syncEntities(store: EmulatorStore, firewall: JsonObject): void {
  firewall.entities = devicesOf(store, firewall).map((d) => d.entity);
}

export function findFirewall(store: EmulatorStore, id: unknown): JsonObject | undefined {
  return (store.collections[FIREWALLS] ?? []).find((f) => f.id === id);
}

/** Makes `instance` a device of `firewall`, created `at`. */
export function attachToFirewall(store: EmulatorStore, firewall: JsonObject, instance: JsonObject, at: string): void {
  const all = (store.collections[FIREWALLS] ?? []).flatMap((f) => devicesOf(store, f));
  const id = Math.max(1_020_000, ...all.map((d) => d.id as number)) + 1;
  const devices = (store.collections[collectionPath(DEVICES, firewall.id)] ??= []);
  devices.push({ id, created: at, updated: at, entity: { ...instanceEntity(instance), parent_entity: null } });
  syncEntities(store, firewall);
}

export function instanceRenamed(store: EmulatorStore, instance: JsonObject): void {
  for (const firewall of store.collections[FIREWALLS] ?? []) {
    for (const d of devicesOf(store, firewall))
      if (d.entity.type === 'linode' && d.entity.id === instance.id) d.entity.label = instance.label;
  }
  const ips = store.ipsByInstance[instance.id];
  for (const ip of ips ? [...ips.ipv4.public, ...ips.ipv4.private] : []) if (ip.assigned_entity) ip.assigned_entity.label = instance.label;
}

export function instanceDeleted(store: EmulatorStore, id: number): void {
  for (const firewall of store.collections[FIREWALLS] ?? []) {
    const key = collectionPath(DEVICES, firewall.id);
    store.collections[key] = devicesOf(store, firewall).filter((d) => !(d.entity.type === 'linode' && d.entity.id === id));
    syncEntities(store, firewall);
  }
  for (const vpc of store.collections[VPCS] ?? []) {
    for (const subnet of store.collections[collectionPath(SUBNETS, vpc.id)] ?? [])
      subnet.linodes = (subnet.linodes as JsonObject[]).filter((l) => l.id !== id);
  }
}
