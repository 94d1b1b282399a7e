// Account events: one per change to an instance, a volume, a database... Linode's events change in
// place: a database being created is a `notification` (no duration, no percentage) that becomes
// `finished` with its duration; a `scheduled` one has 0 % and no duration yet.
import { schemaFact } from 'linode-facts/spec';
import type { Rng } from '../rng.js';
import type { EventEntityType } from './entity-types.js';
import type { EventRecord } from '../records.js';
import type { JsonObject } from '../types.js';
import { build } from './fill.js';

export const USERNAME = 'demo-user';

export type EventStatus = 'finished' | 'started' | 'scheduled' | 'notification' | 'failed';

export interface EventSpec {
  id: number;
  action: string;
  created: string;
  /** `url` defaults to the instance's or volume's path. */
  entity: { id: number; label: string; type: EventEntityType; url?: string };
  /** `finished` by default. */
  status?: EventStatus;
  secondary?: JsonObject | null;
  /** Seconds a finished event took (drawn when not given). */
  duration?: number;
}

const URLS: Partial<Record<EventEntityType, string>> = { linode: '/v4/linode/instances/', volume: '/v4/volumes/' };

function urlOf(entity: EventSpec['entity']): string {
  const base = URLS[entity.type];
  if (!base) throw new Error(`an event about a ${entity.type} needs its url`);
  return `${base}${entity.id}`;
}

/** `percent_complete` and `duration` of an event in `status`, as real answers show them. */
function progress(rng: Rng, spec: EventSpec): { percent_complete: number | null; duration: number | null } {
  switch (spec.status ?? 'finished') {
    case 'notification':
      return { percent_complete: null, duration: null };
    case 'scheduled':
      return { percent_complete: 0, duration: null };
    case 'started':
      return { percent_complete: 0, duration: 0 };
    default:
      return { percent_complete: 100, duration: spec.duration ?? Math.round(rng.next() * 600 * 10) / 10 };
  }
}

export function makeEvent(rng: Rng, spec: EventSpec): EventRecord {
  const status = spec.status ?? 'finished';
  const { percent_complete, duration } = progress(rng, spec);
  const finished = status === 'finished';
  return build(schemaFact('Event'), rng, {
    id: spec.id,
    action: spec.action,
    created: spec.created,
    duration,
    entity: { ...spec.entity, url: spec.entity.url ?? urlOf(spec.entity) },
    secondary_entity: spec.secondary ?? null,
    percent_complete,
    rate: null,
    read: finished && rng.chance(0.6),
    seen: finished && rng.chance(0.8),
    status,
    time_remaining: null,
    username: USERNAME,
    message: null,
    // Known to no spec and no SDK; recorded as {} on Linode events and null on database ones.
    details: spec.entity.type === 'database' ? null : {},
  });
}
