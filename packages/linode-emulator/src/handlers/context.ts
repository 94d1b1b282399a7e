// What every handler receives and may answer.
import type { OperationFact } from 'linode-facts/spec';
import type { EventEntityType } from '../data/entity-types.js';
import { makeEvent, type EventStatus } from '../data/events.js';
import { notFound } from '../errors.js';
import type { EmulatorState } from '../state.js';
import { linodeTime } from '../time.js';
import type { EventRecord, InstanceRecord } from '../records.js';
import type { JsonObject } from '../types.js';

export interface HandlerContext {
  op: OperationFact;
  params: Record<string, string>;
  query: URLSearchParams;
  /** Parsed JSON body of a POST/PUT (`{}` when empty or not JSON). */
  body: JsonObject;
  /** A body that is not JSON (an image, a multipart form), as sent. */
  upload?: { contentType: string; bytes: Buffer };
  state: EmulatorState;
  /** No token was sent (public endpoints only). */
  anonymous: boolean;
  /** The tokens the emulator accepts, with their scopes: a new personal access token joins them. */
  tokens?: Record<string, string>;
}

/** A plain answer, or a collection the server filters and paginates. */
export type HandlerResult = { status?: number; body: unknown; contentType?: string } | { list: JsonObject[] };
export type Handler = (ctx: HandlerContext) => HandlerResult;

export const ok = (body: unknown): HandlerResult => ({ body });
export const list = (items: JsonObject[]): HandlerResult => ({ list: items });

export function nowTime(state: EmulatorState): string {
  return linodeTime(state.now());
}

export function findInstance(ctx: HandlerContext): InstanceRecord {
  const id = Number(ctx.params.linodeId);
  const instance = ctx.state.store.instances.find((i) => i.id === id);
  if (!instance) throw notFound();
  return instance;
}

/** What an event is about: an object with a numeric id and a label. */
export interface EventSubject {
  id: number;
  label: string;
}

/** The subject of an object whose fields are not typed (its id and label as the event shows them). */
export const subjectOf = (item: JsonObject, labelField = 'label'): EventSubject => ({
  id: Number(item.id),
  label: String(item[labelField]),
});

/** Records an event about `entity`, now; `started` ones finish later (see transitions.ts). */
export function recordEvent(
  state: EmulatorState,
  action: string,
  entity: EventSubject,
  type: EventEntityType,
  status: EventStatus = 'finished',
  url?: string,
): EventRecord {
  const event = makeEvent(state.rng, {
    id: state.ids.next('event'),
    action,
    created: nowTime(state),
    entity: { id: entity.id, label: entity.label, type, url },
    status,
  });
  state.store.events.push(event);
  return event;
}
