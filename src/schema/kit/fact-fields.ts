// Turns the facts of a Linode schema into GraphQL fields, so every field Linode documents is
// exposed without being written out by hand. The typing policy (README, "Types"): real answers
// differ from the spec, so every field read from Linode is nullable except a node's `id`; integers
// are `Int` only where the facts bound them to 32 bits, `SafeInt` otherwise; enums are open
// (src/schema/kit/open-enum.ts); keys no fact names are reported as drift.
import { GraphQLError, type GraphQLResolveInfo } from 'graphql';
import type { FieldFact, ObjectFact } from 'linode-facts';
import type { GatewayContext } from '../../context.js';
import { builder } from '../builder.js';
import { isEnumFact, scalarOf, type FactScalar } from './fact-scalars.js';
import { audit, valueAt } from './linode-values.js';
import { camelCase, pascalCase, singular } from './names.js';
import { nestedIdKey, ownIdTypeNames } from './nested-ids.js';
import { openEnum, rawText, type OpenEnum } from './open-enum.js';
import type { Field, FieldMap, Fields, MoreFields, ObjectOf } from './types.js';

export interface FactFieldOptions {
  /** Linode keys not exposed as plain fields (a relation replaces them). */
  omit?: readonly string[];
  /** A Relay node: its `id` is Linode's identity, the one field that is never null. */
  node?: boolean;
}

/** The object types made from facts, by name: each is made once. */
const objectRefs = new Map<string, ObjectOf<unknown>>();
/** Names of declared resources; a nested object that would take one is named `<name>Summary`. */
const resourceTypeNames = new Set<string>();
/** Places nested types were named after: a resource declared later with one of these names came too late. */
const placesNamed = new Set<string>();

/** Reserves a resource's type name, so no nested object takes it. */
export function claimResourceName(name: string): void {
  if (objectRefs.has(name) || placesNamed.has(name))
    throw new Error(`A nested type was named after ${name} before the resource ${name} was declared: declare it first`);
  resourceTypeNames.add(name);
}

/** The name of a nested object type: its place (`InstanceSpecs`), or `<place>Summary` where a resource has that name. */
function objectTypeName(placeName: string): string {
  return resourceTypeNames.has(placeName) ? `${placeName}Summary` : placeName;
}

function hasFields(fact: FieldFact | undefined): fact is ObjectFact {
  return fact?.type === 'object' && fact.fields !== undefined && Object.keys(fact.fields).length > 0;
}

/** A fact's GraphQL type: a scalar, an open enum or a nested object type, maybe a list of them. */
interface FactType {
  of: FactScalar | 'JSON' | OpenEnum['ref'] | ObjectOf<unknown>;
  list: boolean;
}

/** The GraphQL type of one fact, creating nested object and enum types named after the path. */
function typeOf(fact: FieldFact, key: string, placeName: string, schema: string, path: string): FactType {
  const scalar = scalarOf(key, fact);
  if (scalar) return { of: scalar, list: false };
  if (isEnumFact(fact)) return { of: openEnum(placeName, fact.enum).ref, list: false };
  if (fact.type === 'array') {
    const item = typeOf(fact.items ?? {}, singular(key), singular(placeName), schema, path);
    // A list of lists (a graph's [time, value] pairs) has no GraphQL list type here: served as JSON.
    if (item.list) return { of: 'JSON', list: false };
    return { of: item.of, list: true };
  }
  if (hasFields(fact)) {
    const name = objectTypeName(placeName);
    return { of: objectRefs.get(name) ?? factObjectType({ name, schema, fact, path }), list: false };
  }
  return { of: 'JSON', list: false };
}

/** How to make the object type of a Linode object, or of an object nested at `path` of one. */
export interface FactObjectSpec<Shape> {
  name: string;
  /** The facts schema it comes from (for the nested `id` rules). */
  schema: string;
  fact: ObjectFact;
  /** Its place in `schema`'s objects, `''` for a whole Linode object. */
  path?: string;
  /** The type's description (whole objects only). */
  description?: string;
  omit?: readonly string[];
  /** Fields beside the generated ones. */
  relations?: MoreFields<Shape>;
}

/** Makes the object type of a Linode object: every field of its facts, then `relations`. Once per name. */
export function factObjectType<Shape>(spec: FactObjectSpec<Shape>): ObjectOf<Shape> {
  if (objectRefs.has(spec.name)) throw new Error(`The object type ${spec.name} is made twice: keep the first one`);
  const ref = builder.objectRef<Shape>(spec.name);
  objectRefs.set(spec.name, ref);
  const path = spec.path ?? '';
  ref.implement({
    description: path ? undefined : spec.description,
    extensions: path ? undefined : linodeObjectExtensions(spec.fact),
    fields: (t) => ({ ...factFields(t, spec.name, spec.schema, spec.fact, { omit: spec.omit }, path), ...spec.relations?.(t) }),
  });
  return ref;
}

/** Where an object type's facts come from: what its nested types are found under. */
export interface FactPlace {
  name: string;
  schema: string;
  fact: ObjectFact;
  path?: string;
}

/**
 * The object type nested at dotted `path` of `owner` (`ipv4.private`), made now so relations can
 * be added to it (builder.objectFields). It is the type the owner's field at that path shows.
 */
export function nestedObjectType<Shape>(owner: FactPlace, path: string): ObjectOf<Shape> {
  let { name, fact } = owner;
  let at = owner.path ?? '';
  for (const key of path.split('.')) {
    let field: FieldFact | undefined = fact.fields[key];
    let placeName = `${name}${pascalCase(key)}`;
    for (; field?.type === 'array'; field = field.items) placeName = singular(placeName);
    if (!hasFields(field)) throw new Error(`${owner.name} has no nested object at ${path}`);
    placesNamed.add(placeName);
    [name, fact, at] = [objectTypeName(placeName), field, at ? `${at}.${key}` : key];
  }
  return factObjectType<Shape>({ name, schema: owner.schema, fact, path: at });
}

/** The dotted paths of the nested objects directly under `path` of `owner` (`devices.sda`, ...). */
export function nestedPathsUnder(owner: FactPlace, path: string): string[] {
  let fact: FieldFact | undefined = owner.fact;
  for (const key of path.split('.')) for (fact = fact?.fields?.[key]; fact?.type === 'array'; fact = fact.items);
  return Object.entries(fact?.fields ?? {})
    .filter(([, field]) => hasFields(field))
    .map(([key]) => `${path}.${key}`);
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

function isList(value: unknown): value is readonly unknown[] {
  return Array.isArray(value);
}

/** A list as GraphQL serves it, or graphql-js's own error for a value that is none. */
function listOf(value: unknown, info: GraphQLResolveInfo): readonly unknown[] | null {
  if (value === null || value === undefined) return null;
  if (isList(value)) return value;
  throw new GraphQLError(`Expected Iterable, but did not find one for field "${info.parentType.name}.${info.fieldName}".`);
}

interface ValueFieldOptions {
  description?: string;
  deprecationReason?: string;
  extensions: Record<string, unknown>;
}

/** A field serving a value read from a Linode object: nullable (a list and its items too), unless `nonNull`. */
function valueField<Parent>(
  t: Fields<Parent>,
  type: FactType,
  nonNull: boolean,
  options: ValueFieldOptions,
  value: (parent: Parent, ctx: GatewayContext) => unknown,
): Field {
  if (type.list) {
    return t.field({
      ...options,
      type: [type.of],
      nullable: { list: true, items: true },
      resolve: (parent, _args, ctx, info) => listOf(value(parent, ctx), info),
    });
  }
  return t.field({ ...options, type: type.of, nullable: !nonNull, resolve: (parent, _args, ctx) => value(parent, ctx) });
}

/**
 * Every readable field of a Linode object, camelCased, typed from the facts (`schema` is the facts
 * schema the object comes from, `path` its place inside it). An enum field gets a `...Raw` twin.
 */
export function factFields<Parent>(
  t: Fields<Parent>,
  typeName: string,
  schema: string,
  fact: ObjectFact,
  options: FactFieldOptions = {},
  path = '',
): FieldMap {
  const fields: FieldMap = {};
  const known = new Set(Object.keys(fact.fields));
  const read = (parent: Parent, key: string, ctx: GatewayContext): unknown => {
    audit(parent, typeName, known, ctx);
    return valueAt(parent, key) ?? null;
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
    // An id is an ID even where the spec lists its values (Longview plan ids): never an enum.
    const enumFact = scalarOf(key, field) ? undefined : isEnumFact(field) ? field : isEnumFact(field.items ?? {}) ? field.items : undefined;
    if (!enumFact) {
      fields[name] = valueField(t, type, identity, { deprecationReason, extensions: { linodeKey: key } }, (parent, ctx) =>
        read(parent, key, ctx),
      );
      continue;
    }
    const open = openEnum(type.list ? singular(`${typeName}${pascalCase(key)}`) : `${typeName}${pascalCase(key)}`, enumFact.enum ?? []);
    fields[name] = valueField(t, type, identity, { deprecationReason, extensions: { linodeKey: key } }, (parent, ctx) => {
      const value = read(parent, key, ctx);
      const onUnknown = (raw: string) => ctx.drift?.unknownEnumValue(typeName, name, raw);
      return Array.isArray(value) ? value.map((v) => open.read(v, onUnknown)) : open.read(value, onUnknown);
    });
    fields[`${name}Raw`] = valueField(
      t,
      { of: 'String', list: type.list },
      identity,
      {
        deprecationReason,
        extensions: { linodeKey: key, linodeRaw: true },
        description: `\`${name}\` exactly as Linode sent it, including values this schema does not list (served there as OTHER).`,
      },
      (parent, ctx) => {
        const value = read(parent, key, ctx);
        return Array.isArray(value) ? value.map(rawText) : rawText(value);
      },
    );
  }
  return fields;
}
