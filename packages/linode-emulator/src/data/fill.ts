// Fills any schema fact with plausible values, so every field exists with the right JSON type.
// Generators hand-write the fields that matter and let this fill the rest.
import type { FieldFact } from 'linode-facts/spec';
import type { Rng } from '../rng.js';
import { linodeTime } from '../time.js';
import type { JsonObject } from '../types.js';

/** Seeded data lives between these two instants. */
export const EPOCH_START = Date.UTC(2019, 0, 1);
export const EPOCH_END = Date.UTC(2025, 5, 1);

const WORDS = ['alpha', 'bravo', 'delta', 'echo', 'kilo', 'lima', 'nova', 'orbit', 'pixel', 'quartz', 'sierra', 'tango'];

export function randomTime(rng: Rng, from = EPOCH_START, to = EPOCH_END): string {
  return linodeTime(from + Math.floor(rng.next() * (to - from)));
}

export function ipv4(rng: Rng, prefix = '172.105'): string {
  return `${prefix}.${rng.int(0, 255)}.${rng.int(1, 254)}`;
}

export function ipv6(rng: Rng): string {
  return `2600:3c03::f03c:${rng.hex(2)}ff:fe${rng.hex(2)}:${rng.hex(4)}`;
}

export function uuid(rng: Rng): string {
  return `${rng.hex(8)}-${rng.hex(4)}-4${rng.hex(3)}-a${rng.hex(3)}-${rng.hex(12)}`;
}

function fillString(fact: FieldFact, rng: Rng): string {
  switch (fact.format) {
    case 'date-time':
      return randomTime(rng);
    case 'uuid':
      return uuid(rng);
    case 'ip':
    case 'ipv4':
      return ipv4(rng);
    case 'ipv6':
    case 'ipv6/128':
      return `${ipv6(rng)}/128`;
    case 'email':
      return `${rng.pick(WORDS)}@example.com`;
    case 'url':
      return `https://${rng.pick(WORDS)}.example.com/${rng.int(1, 99)}`;
    case 'ssh-key':
      return `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${rng.hex(43)} ${rng.pick(WORDS)}@example.com`;
  }
  const { example } = fact;
  if (typeof example === 'string' || typeof example === 'number' || typeof example === 'boolean') return String(example);
  return `${rng.pick(WORDS)}-${rng.int(1, 99)}`;
}

/** A value for one field fact. `nullRate` is the chance a nullable field is null. */
export function fill(fact: FieldFact, rng: Rng, nullRate = 0.2): unknown {
  if (fact.nullable && rng.chance(nullRate)) return null;
  if (fact.oneOf?.length) return fill(fact.oneOf[0], rng, nullRate);
  if (fact.enum?.length) {
    const values = fact.enum.filter((v) => v !== null);
    return values.length ? rng.pick(values) : null;
  }
  switch (fact.type) {
    case 'string':
      return fillString(fact, rng);
    case 'integer': {
      if (Number.isInteger(fact.example)) return fact.example;
      return rng.int(fact.minimum ?? 1, Math.min(fact.maximum ?? 1000, 1_000_000));
    }
    case 'number':
      return typeof fact.example === 'number' ? fact.example : Math.round(rng.next() * 10000) / 100;
    case 'boolean':
      return rng.chance(0.5);
    case 'array': {
      if (!fact.items) return [];
      const count = rng.int(0, 2);
      return Array.from({ length: count }, () => fill(fact.items as FieldFact, rng, 0));
    }
    case 'object':
    default:
      return fact.fields ? build(fact, rng, {}, nullRate) : {};
  }
}

/** An override that leaves the key out of the object, as real answers leave some out (quirks/absent.ts). */
export const ABSENT: unique symbol = Symbol('absent');

/**
 * An object with every field of `fact`, in the fact's order: values from `overrides` when given
 * (a plain object for an object field is itself filled in; ABSENT leaves the key out), the rest
 * generated.
 */
/** What `build` makes of `overrides`: at least their fields (ABSENT ones left out), typed as given. */
export type Built<O> = JsonObject & { [K in keyof O as O[K] extends typeof ABSENT ? never : K]: O[K] };

export function build<O extends JsonObject>(fact: FieldFact, rng: Rng, overrides: O, nullRate = 0.2): Built<O> {
  const out: JsonObject = {};
  for (const [key, field] of Object.entries(fact.fields ?? {})) {
    const given = overrides[key];
    if (given === ABSENT) continue;
    if (!(key in overrides)) out[key] = fill(field, rng, nullRate);
    else if (isPlainObject(given) && field.type === 'object' && field.fields) out[key] = build(field, rng, given, nullRate);
    else out[key] = given;
  }
  // Fields Linode sends that the facts do not list.
  for (const key of Object.keys(overrides)) if (!(key in out) && overrides[key] !== ABSENT) out[key] = overrides[key];
  return out as Built<O>;
}

function isPlainObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
