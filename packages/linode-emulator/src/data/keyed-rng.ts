// Generators keyed by a name (`linode/41000123`): the values they draw depend on the object only,
// so adding a field to an object changes no other object's data.
import { Rng } from '../rng.js';

/** Deterministic 32-bit FNV-1a hash. */
export function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

export function keyedRng(key: string): Rng {
  return new Rng(hash(key));
}
