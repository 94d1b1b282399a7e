// Account events: one per change to an instance or a volume.
import { schemaFact } from '../../facts/index.js';
import type { Rng } from '../rng.js';
import type { JsonObject } from '../types.js';
import { build } from './fill.js';

export const USERNAME = 'demo-user';

export interface EventSpec {
  id: number;
  action: string;
  created: string;
  /** `url` defaults to the instance's or volume's path. */
  entity: { id: number; label: string; type: string; url?: string };
  status?: string;
}

const URLS: Record<string, string> = { linode: '/v4/linode/instances/', volume: '/v4/volumes/' };

export function makeEvent(rng: Rng, spec: EventSpec): JsonObject {
  const finished = (spec.status ?? 'finished') === 'finished';
  return build(schemaFact('Event'), rng, {
    id: spec.id,
    action: spec.action,
    created: spec.created,
    duration: finished ? Math.round(rng.next() * 600 * 10) / 10 : 0,
    entity: { ...spec.entity, url: spec.entity.url ?? `${URLS[spec.entity.type]}${spec.entity.id}` },
    secondary_entity: null,
    percent_complete: finished ? 100 : 0,
    rate: null,
    read: finished && rng.chance(0.6),
    seen: finished && rng.chance(0.8),
    status: spec.status ?? 'finished',
    time_remaining: null,
    username: USERNAME,
    message: null,
  });
}
