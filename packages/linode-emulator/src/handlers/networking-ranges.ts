// IPv6 ranges changed at run time: those added, and seeded ones deleted. The seeded ones are
// derived from the instances (handlers/derived.ts), so the changes are kept beside them.
import type { EmulatorStore, JsonObject } from '../types.js';

export interface RangeChanges {
  added: JsonObject[];
  removed: Set<string>;
}

const changes = new WeakMap<EmulatorStore, RangeChanges>();

export function ipv6RangeChanges(store: EmulatorStore): RangeChanges {
  let found = changes.get(store);
  if (!found) changes.set(store, (found = { added: [], removed: new Set() }));
  return found;
}
