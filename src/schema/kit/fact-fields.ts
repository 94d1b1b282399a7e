// Turns the facts of a Linode schema into GraphQL fields, so every field Linode documents is
// exposed without being written out by hand. The typing policy (README, "Types"): real answers
// differ from the spec, so every field read from Linode is nullable except a node's `id`; integers
// are `Int` only where the facts bound them to 32 bits, `SafeInt` otherwise; enums are open
// (src/schema/kit/open-enum.ts); keys no fact names are reported as drift.
import type { GatewayContext } from '../../context.js';
import type { FieldFact, ObjectFact } from 'linode-facts';
import { builder } from '../builder.js';
import { camelCase, pascalCase, singular } from './names.js';
import { openEnum, rawText } from './open-enum.js';

export type LinodeRecord = Record<string, unknown>;
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type FieldBuilder = any;
// Pothos cannot type fields generated at run time; these aliases keep the looseness in one place.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyRef = any;
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyFieldMap = Record<string, any>;

export interface FactFieldOptions {
  /** The type's description (top-level types only). */
  description?: string;
  /** Linode keys not exposed as plain fields (a relation replaces them). */
  omit?: string[];
  /** A Relay node: its `id` is Linode's identity, the one field that is never null. */
  node?: boolean;
}

const objectRefs = new Map<string, RecordRef>();
/** Names of declared resources; a nested object that would take one is named `<name>Summary`. */
export const resourceTypeNames = new Set<string>();

/** Strings named `*_id` that identify nothing a caller can look up: plain strings. */
const NOT_IDS = new Set(['tax_id', 'gravatar_id', 'user_gravatar_id']);

export function isIdField(key: string, fact: FieldFact): boolean {
  return (key === 'id' || key.endsWith('_id')) && !NOT_IDS.has(key) && (fact.type === 'integer' || fact.type === 'string');
}

/** A GraphQL enum only for named values; a list of allowed numbers (a cluster size) stays Int. */
export function isEnumFact(fact: FieldFact): fact is FieldFact & { enum: Array<string | number | null> } {
  return Boolean(fact.enum?.some((v) => typeof v === 'string'));
}

const INT32_MAX = 2 ** 31 - 1;
const INT32_MIN = -(2 ** 31);

/**
 * `Int` only when the facts bound the value to 32 bits (a documented maximum, or a list of allowed
 * numbers); sizes, bytes, transfer and counters have no such bound and real values pass 2^31.
 */
export function fitsInt32(fact: FieldFact): boolean {
  if (fact.enum?.length) return fact.enum.every((v) => typeof v === 'number' && v <= INT32_MAX && v >= INT32_MIN);
  return fact.maximum !== undefined && fact.maximum <= INT32_MAX && (fact.minimum ?? 0) >= INT32_MIN;
}

/** The scalar a fact maps to (ids, timestamps, numbers...), or undefined for enums, lists and objects. */
export function scalarOf(key: string, fact: FieldFact): 'ID' | 'DateTime' | 'String' | 'Int' | 'SafeInt' | 'Float' | 'Boolean' | undefined {
  if (isIdField(key, fact)) return 'ID';
  if (isEnumFact(fact)) return undefined;
  switch (fact.type) {
    case 'string':
      return fact.format === 'date-time' ? 'DateTime' : 'String';
    case 'integer':
      return fitsInt32(fact) ? 'Int' : 'SafeInt';
    case 'number':
      return 'Float';
    case 'boolean':
      return 'Boolean';
    default:
      return undefined;
  }
}

/**
 * Nested objects whose `id` is their own, unique for their type across the API (an LKE node, a
 * config interface, a subnet listed in its VPC): they keep `id`, so client caches normalise them.
 */
export const OWN_ID_PATHS = new Set([
  'LKENodePool.nodes',
  'LinodeConfig.interfaces',
  'VPC.subnets',
  'VPCSubnet.linodes.interfaces',
  'VPC.subnets.linodes.interfaces',
]);

/** Non-node types with an `id` of their own: OWN_ID_PATHS, whole objects such as a backup (the schema test checks there are no others). */
export const ownIdTypeNames = new Set<string>();

/** Nested `id`s that name something else than their key says: a price or transfer per region. */
const NESTED_ID_KEYS: Record<string, string> = {
  region_prices: 'region_id',
  region_transfers: 'region_id',
  assigned_entity: 'entity_id',
  parent_entity: 'entity_id',
};

/**
 * The key a nested object's `id` is exposed under. Only nodes (and OWN_ID_PATHS) have an `id`
 * field: an embedded object that borrows another's id (`region_prices[].id` is the region's)
 * would merge different objects in Apollo's and urql's normalised caches. `entity.id` -> `entityId`.
 */
export function nestedIdKey(schema: string, path: string): string {
  if (OWN_ID_PATHS.has(`${schema}.${path}`)) return 'id';
  const last = path.split('.').pop() ?? path;
  return NESTED_ID_KEYS[last] ?? `${singular(last)}_id`;
}

/** The GraphQL type of one fact, creating nested object and enum types named after the path. */
function typeOf(fact: FieldFact, key: string, pathName: string, schema: string, path: string): AnyRef {
  const scalar = scalarOf(key, fact);
  if (scalar) return scalar;
  if (isEnumFact(fact)) return openEnum(pathName, fact.enum).ref;
  switch (fact.type) {
    case 'array': {
      const item = fact.items ?? {};
      return [typeOf(item, singular(key), singular(pathName), schema, path)];
    }
    case 'object':
      if (fact.fields && Object.keys(fact.fields).length > 0) {
        const name = resourceTypeNames.has(pathName) ? `${pathName}Summary` : pathName;
        return factObjectRef(name, schema, fact as ObjectFact, {}, path);
      }
      return 'JSON';
    default:
      return 'JSON';
  }
}

/** Object type for a nested Linode object (`Instance.specs` -> `InstanceSpecs`). */
export type RecordRef = ReturnType<typeof builder.objectRef<LinodeRecord>>;

const nestedRelations = new Map<string, (t: FieldBuilder) => AnyFieldMap>();

/**
 * Relation fields for a nested object type, e.g. `LKENodePoolNode.instance` from its `instance_id`.
 * Declared by the resource file that owns the reference; read when the schema is built.
 */
export function relateNested(typeNames: string | string[], relations: (t: FieldBuilder) => AnyFieldMap): void {
  for (const name of [typeNames].flat()) {
    const earlier = nestedRelations.get(name);
    nestedRelations.set(name, earlier ? (t) => ({ ...earlier(t), ...relations(t) }) : relations);
  }
}

/** Names given to relateNested that no nested type took: a typo, caught by the schema tests. */
export function unusedNestedRelations(): string[] {
  return [...nestedRelations.keys()].filter((name) => !objectRefs.has(name));
}

/**
 * The object type of a Linode object that is not a resource: a plain list's items, a singleton
 * (Account), or an object nested at `path` of facts schema `schema` (`Instance.specs`).
 */
export function factObjectRef(name: string, schema: string, fact: ObjectFact, options: FactFieldOptions = {}, path = ''): RecordRef {
  const existing = objectRefs.get(name);
  if (existing) return existing;
  const ref = builder.objectRef<LinodeRecord>(name);
  objectRefs.set(name, ref);
  ref.implement({
    description: path ? undefined : options.description,
    extensions: path ? undefined : linodeObjectExtensions(fact),
    fields: (t: FieldBuilder) => ({ ...factFields(t, name, schema, fact, options, path), ...(nestedRelations.get(name)?.(t) ?? {}) }),
  });
  return ref;
}

/**
 * A copy of a Linode object with a key the gateway knows (a child's parent id), unless Linode sent
 * that key itself (its value, even null, is what the field shows). Not enumerable, so it is never
 * mistaken for a key Linode sent.
 */
export function withGatewayKey(record: LinodeRecord, key: string, value: unknown): LinodeRecord {
  const copy = { ...record };
  return key in copy ? copy : Object.defineProperty(copy, key, { value, enumerable: false });
}

/**
 * Extensions on an object type that holds whole Linode objects (not a nested part of one): the
 * facts it is built from and the key identifying it. Tests generate answers from them.
 */
export function linodeObjectExtensions(
  fact: ObjectFact,
  idKey?: string,
  parentKey?: string,
): { linodeFact: ObjectFact; linodeIdKey?: string; linodeParentKey?: string } {
  return { linodeFact: fact, ...(idKey ? { linodeIdKey: idKey } : {}), ...(parentKey ? { linodeParentKey: parentKey } : {}) };
}

/** Objects already checked for unknown keys (each is checked once, by the first field resolved). */
const audited = new WeakSet<object>();

/** Reports the keys of `record` that no fact of its type names: the API moved on. */
function audit(record: LinodeRecord, typeName: string, known: ReadonlySet<string>, ctx: GatewayContext | undefined): void {
  if (!ctx?.drift || audited.has(record)) return;
  audited.add(record);
  for (const key of Object.keys(record)) if (!known.has(key)) ctx.drift.unknownField(typeName, key);
}

/**
 * Every readable field of a Linode object, camelCased, typed from the facts (`schema` is the facts
 * schema the object comes from, `path` its place inside it). An enum field gets a `...Raw` twin.
 */
export function factFields(
  t: FieldBuilder,
  typeName: string,
  schema: string,
  fact: ObjectFact,
  options: FactFieldOptions = {},
  path = '',
): AnyFieldMap {
  const fields: AnyFieldMap = {};
  const known = new Set(Object.keys(fact.fields));
  const read = (parent: LinodeRecord, key: string, ctx: GatewayContext | undefined) => {
    audit(parent, typeName, known, ctx);
    return parent[key] ?? null;
  };
  for (const [key, field] of Object.entries(fact.fields)) {
    const keyPath = path ? `${path}.${key}` : key;
    if (field.writeOnly || options.omit?.includes(keyPath)) continue;
    const identity = key === 'id' && Boolean(options.node);
    // A whole Linode object that is not a node (a backup) has its own id, as OWN_ID_PATHS do.
    if (key === 'id' && !options.node && (!path || nestedIdKey(schema, path) === 'id')) ownIdTypeNames.add(typeName);
    const name = camelCase(key === 'id' && !options.node && path ? nestedIdKey(schema, path) : key);
    const type = typeOf(field, key, `${typeName}${pascalCase(key)}`, schema, keyPath);
    const deprecationReason = field.deprecated ? 'Deprecated by Linode.' : undefined;
    const list = Array.isArray(type);
    const nullable = identity ? false : list ? { list: true, items: true } : true;
    // An id is an ID even where the spec lists its values (Longview plan ids): never an enum.
    const enumFact = scalarOf(key, field) ? undefined : isEnumFact(field) ? field : isEnumFact(field.items ?? {}) ? field.items : undefined;
    if (enumFact) {
      const open = openEnum(list ? singular(`${typeName}${pascalCase(key)}`) : `${typeName}${pascalCase(key)}`, enumFact.enum ?? []);
      const onUnknown = (ctx: GatewayContext | undefined) => (raw: string) => ctx?.drift?.unknownEnumValue(typeName, name, raw);
      fields[name] = t.field({
        type,
        nullable,
        deprecationReason,
        extensions: { linodeKey: key },
        resolve: (parent: LinodeRecord, _args: unknown, ctx: GatewayContext) => {
          const value = read(parent, key, ctx);
          return Array.isArray(value) ? value.map((v) => open.read(v, onUnknown(ctx))) : open.read(value, onUnknown(ctx));
        },
      } as never);
      fields[`${name}Raw`] = t.field({
        type: list ? ['String'] : 'String',
        nullable,
        deprecationReason,
        extensions: { linodeKey: key, linodeRaw: true },
        description: `\`${name}\` exactly as Linode sent it, including values this schema does not list (served there as OTHER).`,
        resolve: (parent: LinodeRecord, _args: unknown, ctx: GatewayContext) => {
          const value = read(parent, key, ctx);
          return Array.isArray(value) ? value.map(rawText) : rawText(value);
        },
      } as never);
      continue;
    }
    fields[name] = t.field({
      type,
      nullable,
      deprecationReason,
      extensions: { linodeKey: key },
      resolve: (parent: LinodeRecord, _args: unknown, ctx: GatewayContext) => read(parent, key, ctx),
    } as never);
  }
  return fields;
}
