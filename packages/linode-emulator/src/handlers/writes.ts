// Generic create (POST to a collection), update (PUT to an item) and delete (DELETE of an item),
// driven by the facts: the request fact validates the body, the response fact shapes the new
// object. Each resource adds its small rules (write-rules.ts): where its items live, extra checks,
// the read-only fields it starts with, cascades, and the events Linode records.
import type { FieldFact, OperationFact } from 'linode-facts/spec';
import type { EventEntityType } from '../data/entity-types.js';
import type { IdKind } from '../data/ids.js';
import { FieldErrors, notFound } from '../errors.js';
import { asList } from '../json.js';
import type { JsonObject } from '../types.js';
import { nowTime, ok, recordEvent, subjectOf, type Handler, type HandlerContext } from './context.js';
import { checkFields } from './validate.js';

/** The items of one collection under the request's parents, and the nearest parent object. */
export interface Place<Parent extends JsonObject | undefined = JsonObject | undefined> {
  items: JsonObject[];
  /** Undefined for a top-level collection. */
  parent: Parent;
  /** Every item of the collection under any parent (new ids go above them all). Default `items`. */
  all?: () => JsonObject[];
}

export interface EventEntity {
  id: number;
  label: string;
  type: EventEntityType;
  url: string;
}

// Method signatures, so that the rules of a collection with a typed parent serve as rules of any.
/** The event entity of an item of the collection at `base` (its label in `labelField`). */
export const itemEntity =
  (type: EventEntityType, base: string, labelField = 'label') =>
  (item: JsonObject): EventEntity => ({ ...subjectOf(item, labelField), type, url: `/v4${base}/${String(item.id)}` });

export interface WriteRules<Parent extends JsonObject | undefined = JsonObject | undefined> {
  /** The collection the request's path parameters name; throws 404 when a parent is missing. */
  place(ctx: HandlerContext): Place<Parent>;
  /** Field the item path parameter names. Default `id`. */
  key?: string;
  /** Id source of new items (ids continue above the largest one in the collection). */
  idKind?: IdKind;
  /** Events: `${prefix}_create|_update|_delete` (or the given actions) about the entity. */
  event?: {
    create?: string;
    update?: string;
    delete?: string;
    entity(item: JsonObject, place: Place<Parent>, ctx: HandlerContext): EventEntity;
    /** The event's `secondary_entity` (a disk of the Linode the event is about), if it has one. */
    secondary?(item: JsonObject, place: Place<Parent>, ctx: HandlerContext): JsonObject;
  };
  /** Checks beyond the facts; `item` is the object being updated (undefined on create). */
  check?(ctx: HandlerContext, errors: FieldErrors, place: Place<Parent>, item?: JsonObject): void;
  /** Read-only fields of a new item (status, addresses...), beyond id and timestamps. */
  initial?(ctx: HandlerContext, item: JsonObject, place: Place<Parent>): JsonObject;
  /** After a create (child collections, devices...). */
  created?(ctx: HandlerContext, item: JsonObject, place: Place<Parent>): void;
  /** After an update's merge. */
  updated?(ctx: HandlerContext, item: JsonObject, place: Place<Parent>): void;
  /** Before a delete: throws to refuse it; removes what goes with the item. */
  deleting?(ctx: HandlerContext, item: JsonObject, place: Place<Parent>): void;
  /** After a delete (the item is out of `place.items`). */
  deleted?(ctx: HandlerContext, item: JsonObject, place: Place<Parent>): void;
}

const isPlainObject = (v: unknown): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The value an unset field starts with: its documented default, null, or an empty value of its type. */
export function blank(fact: FieldFact): unknown {
  if (fact.default !== undefined) return structuredClone(fact.default);
  if (fact.nullable) return null;
  switch (fact.type) {
    case 'string':
      return fact.enum?.find((v) => v !== null) ?? '';
    case 'integer':
    case 'number':
      return 0;
    case 'boolean':
      return false;
    case 'array':
      return [];
    default:
      return fact.fields ? Object.fromEntries(Object.entries(fact.fields).map(([k, f]) => [k, blank(f)])) : {};
  }
}

/** Writable fields of `body` (per the request fact) merged into `target`; objects merge one level down. */
export function mergeWritable(target: JsonObject, body: JsonObject, request: FieldFact | undefined, known: FieldFact): void {
  for (const [name, value] of Object.entries(body)) {
    const field = request?.fields?.[name];
    if (!field || field.readOnly || value === undefined || !(name in (known.fields ?? {}))) continue;
    if (name === 'tags' && Array.isArray(value)) target.tags = [...asList(value)].sort();
    else target[name] = isPlainObject(value) && isPlainObject(target[name]) ? { ...target[name], ...value } : value;
  }
}

const itemParam = (op: OperationFact) => op.pathParams.at(-1)?.name as string;

function findIn(ctx: HandlerContext, rules: WriteRules, place: Place): JsonObject {
  const key = rules.key ?? 'id';
  const item = place.items.find((i) => String(i[key]) === ctx.params[itemParam(ctx.op)]);
  if (!item) throw notFound();
  return item;
}

function event(ctx: HandlerContext, rules: WriteRules, action: 'create' | 'update' | 'delete', item: JsonObject, place: Place): void {
  const name = rules.event?.[action];
  if (!name || !rules.event) return;
  const entity = rules.event.entity(item, place, ctx);
  const recorded = recordEvent(ctx.state, name, entity, entity.type, 'finished', entity.url);
  const secondary = rules.event.secondary?.(item, place, ctx);
  if (secondary) recorded.secondary_entity = secondary;
}

function nextId(ctx: HandlerContext, kind: IdKind, items: JsonObject[]): number {
  const numeric = items.map((i) => i.id).filter((id): id is number => Number.isInteger(id));
  return ctx.state.ids.nextAbove(kind, Math.max(0, ...numeric));
}

/**
 * A new object with every field of `shape`: writable ones (per the `request` fact) from the body,
 * the rest generated.
 */
export function createItem(ctx: HandlerContext, rules: WriteRules, place: Place, shape: FieldFact, request = ctx.op.request): JsonObject {
  const item = Object.fromEntries(Object.entries(shape.fields ?? {}).map(([k, f]) => [k, blank(f)]));
  mergeWritable(item, ctx.body, request, shape);
  if (rules.idKind && 'id' in item) item.id = nextId(ctx, rules.idKind, place.all?.() ?? place.items);
  const now = nowTime(ctx.state);
  for (const stamp of ['created', 'updated']) if (stamp in item) item[stamp] = now;
  return Object.assign(item, rules.initial?.(ctx, item, place));
}

export function createHandler(rules: WriteRules, shape: () => FieldFact): Handler {
  return (ctx) => {
    const place = rules.place(ctx);
    const errors = new FieldErrors();
    checkFields(errors, ctx.op.request, ctx.body);
    rules.check?.(ctx, errors, place);
    errors.throwIfAny();
    const item = createItem(ctx, rules, place, shape());
    place.items.push(item);
    rules.created?.(ctx, item, place);
    event(ctx, rules, 'create', item, place);
    return ok(item);
  };
}

export function updateHandler(rules: WriteRules, shape: () => FieldFact): Handler {
  return (ctx) => {
    const place = rules.place(ctx);
    const item = findIn(ctx, rules, place);
    const errors = new FieldErrors();
    checkFields(errors, ctx.op.request, ctx.body);
    rules.check?.(ctx, errors, place, item);
    errors.throwIfAny();
    mergeWritable(item, ctx.body, ctx.op.request, shape());
    if ('updated' in item) item.updated = nowTime(ctx.state);
    rules.updated?.(ctx, item, place);
    event(ctx, rules, 'update', item, place);
    return ok(item);
  };
}

export function deleteHandler(rules: WriteRules): Handler {
  return (ctx) => {
    const place = rules.place(ctx);
    const item = findIn(ctx, rules, place);
    rules.deleting?.(ctx, item, place);
    place.items.splice(place.items.indexOf(item), 1);
    rules.deleted?.(ctx, item, place);
    event(ctx, rules, 'delete', item, place);
    return ok({});
  };
}

/** The item a request names in a collection (404 when it or a parent is missing). */
export function findItemOf(ctx: HandlerContext, rules: WriteRules): JsonObject {
  return findIn(ctx, rules, rules.place(ctx));
}
