// Events of the products seeded last (databases, placement groups), merged into the account's.
import type { Rng } from '../../rng.js';
import type { EventRecord } from '../../records.js';
import type { EmulatorStore } from '../../types.js';
import { makeEvent, type EventSpec } from '../events.js';

/** An event to merge: its id is given when merged. */
export function draftEvent(rng: Rng, spec: Omit<EventSpec, 'id'>): EventRecord {
  return makeEvent(rng, { ...spec, id: 0 });
}

/**
 * Adds `added` to the store's events in time order. Ids keep following time: the events already
 * there keep theirs unless a new one needs the room (then they move up by the least).
 */
export function mergeEvents(store: EmulatorStore, added: EventRecord[], rng: Rng): void {
  const entries = [...store.events.map((event) => ({ event, fresh: false })), ...added.map((event) => ({ event, fresh: true }))];
  entries.sort((a, b) =>
    a.event.created < b.event.created ? -1 : a.event.created > b.event.created ? 1 : Number(a.fresh) - Number(b.fresh),
  );
  // New events older than every other one still get ids of the same range.
  let previous = Math.min(...store.events.map((e) => e.id), 700_000_000) - 100;
  for (const { event, fresh } of entries) {
    event.id = fresh ? previous + rng.int(1, 3) : Math.max(previous + 1, event.id);
    previous = event.id;
  }
  store.events = entries.map((e) => e.event);
}
