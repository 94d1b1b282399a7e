// Small helpers shared by the collection seeders: instances by region, addresses, times.
import { schemaFact } from 'linode-facts/spec';
import type { Rng } from '../rng.js';
import { linodeTime, parseTime } from '../time.js';
import type { EntityRef, InstanceRecord } from '../records.js';
import type { EmulatorStore, JsonObject } from '../types.js';
import { build, type Built } from './fill.js';

export const DAY_MS = 86_400_000;

/** What stands in for a secret Linode never sends back (OAuth client secrets, keys, tokens). */
export const REDACTED = '<REDACTED>';

/** Instances of `region`, in id order. */
export function instancesIn(store: EmulatorStore, region: string): InstanceRecord[] {
  return store.instances.filter((i) => i.region === region);
}

/** The instance's private IPv4 address, if it has one. */
export function privateIpOf(instance: InstanceRecord): string | undefined {
  return instance.ipv4.find((a) => a.startsWith('192.168.'));
}

/**
 * Regions offering `capability`, those with the most instances (satisfying `keep`) first; ties
 * in catalog order. Regions without such instances come last, so there is always an answer.
 */
export function busiestRegions(store: EmulatorStore, capability: string, keep: (i: InstanceRecord) => boolean = () => true): string[] {
  const count = (region: string) => store.instances.filter((i) => i.region === region && keep(i)).length;
  const offering = store.regions.filter((r) => r.capabilities.includes(capability) && r.status === 'ok').map((r) => r.id);
  return offering
    .map((id, index) => ({ id, index, n: count(id) }))
    .sort((a, b) => b.n - a.n || a.index - b.index)
    .map((r) => r.id);
}

/** A Linode timestamp uniformly between two instants (ms or Linode timestamps). */
export function timeBetween(rng: Rng, from: number | string, to: number | string): string {
  const a = typeof from === 'string' ? parseTime(from) : from;
  const b = typeof to === 'string' ? parseTime(to) : to;
  return linodeTime(a + Math.floor(rng.next() * Math.max(0, b - a)));
}

/** A timestamp up to `days` after `from`. */
export function after(rng: Rng, from: string, days: number): string {
  return timeBetween(rng, from, parseTime(from) + days * DAY_MS);
}

/** The later of two Linode timestamps. */
export const latest = (...times: string[]): string => times.reduce((a, b) => (a > b ? a : b));

/** `{type, id, label, url}` of an instance, as firewall devices and tickets name it. */
export function instanceEntity(instance: InstanceRecord): EntityRef {
  return { id: instance.id, type: 'linode', label: instance.label, url: `/v4/linode/instances/${instance.id}` };
}

/** Hex digits grouped like a certificate fingerprint (`AB:CD:...`). */
export function fingerprint(rng: Rng, bytes = 32): string {
  return Array.from({ length: bytes }, () => rng.hex(2).toUpperCase()).join(':');
}

/** Upper-case letters and digits, like Linode's access keys. */
export function accessKey(rng: Rng, length = 20): string {
  const chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
  return Array.from({ length }, () => chars[rng.int(0, chars.length - 1)]).join('');
}

/** An object of facts schema `schema` with every field: `fields` as given, the rest filled. */
export function make<O extends JsonObject>(schema: string, rng: Rng, fields: O): Built<O> {
  return build(schemaFact(schema), rng, fields, 0);
}
