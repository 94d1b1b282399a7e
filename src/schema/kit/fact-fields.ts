// Turns the facts of a Linode schema into GraphQL fields, so every field Linode documents is
// exposed with its documented type, enum and nullability without being written out by hand.
import type { FieldFact, ObjectFact } from '../../facts/index.js';
import { isKnownNull } from '../../facts/known-nulls.js';
import { builder } from '../builder.js';
import { camelCase, pascalCase, singular, upperSnake } from './names.js';

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
  /** Key in KNOWN_NULLS (src/facts/known-nulls.ts): fields real responses send as null although the spec does not say so. */
  knownNulls?: string;
}

const objectRefs = new Map<string, RecordRef>();
/** Names of declared resources; a nested object that would take one is named `<name>Summary`. */
export const resourceTypeNames = new Set<string>();
const enumRefs = new Map<string, AnyRef>();

/** Strings named `*_id` that identify nothing a caller can look up: plain strings. */
const NOT_IDS = new Set(['tax_id', 'gravatar_id', 'user_gravatar_id']);

export function isIdField(key: string, fact: FieldFact): boolean {
  return (key === 'id' || key.endsWith('_id')) && !NOT_IDS.has(key) && (fact.type === 'integer' || fact.type === 'string');
}

/** A GraphQL enum only for named values; a list of allowed numbers (a cluster size) stays Int. */
export function isEnumFact(fact: FieldFact): fact is FieldFact & { enum: Array<string | number | null> } {
  return Boolean(fact.enum?.some((v) => typeof v === 'string'));
}

function enumRef(name: string, values: Array<string | number | null>): AnyRef {
  const existing = enumRefs.get(name);
  if (existing) return existing;
  const entries: Record<string, { value: string | number }> = {};
  for (const value of values) {
    if (value === null) continue;
    entries[upperSnake(String(value))] = { value };
  }
  const ref = builder.enumType(name, { values: entries });
  enumRefs.set(name, ref);
  return ref;
}

/** The scalar a fact maps to (ids, timestamps, numbers...), or undefined for enums, lists and objects. */
export function scalarOf(key: string, fact: FieldFact): 'ID' | 'DateTime' | 'String' | 'Int' | 'Float' | 'Boolean' | undefined {
  if (isIdField(key, fact)) return 'ID';
  if (isEnumFact(fact)) return undefined;
  switch (fact.type) {
    case 'string':
      return fact.format === 'date-time' ? 'DateTime' : 'String';
    case 'integer':
      return 'Int';
    case 'number':
      return 'Float';
    case 'boolean':
      return 'Boolean';
    default:
      return undefined;
  }
}

/** The GraphQL type of one fact, creating nested object and enum types named after the path. */
function typeOf(fact: FieldFact, key: string, pathName: string, options: FactFieldOptions, path: string): AnyRef {
  const scalar = scalarOf(key, fact);
  if (scalar) return scalar;
  if (isEnumFact(fact)) return enumRef(pathName, fact.enum);
  switch (fact.type) {
    case 'array': {
      const item = fact.items ?? {};
      return [typeOf(item, singular(key), singular(pathName), options, path)];
    }
    case 'object':
      if (fact.fields && Object.keys(fact.fields).length > 0) {
        const name = resourceTypeNames.has(pathName) ? `${pathName}Summary` : pathName;
        return factObjectRef(name, fact as ObjectFact, options, path);
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

/** A relation from a reference field (`instance_id` -> Instance), loaded by id; null when unset. */
export function referenceField(t: FieldBuilder, type: AnyRef, key: string, description: string) {
  return t.field({ type, nullable: true, description, resolve: (record: LinodeRecord) => record[key] ?? null });
}

export function factObjectRef(name: string, fact: ObjectFact, options: FactFieldOptions = {}, path = ''): RecordRef {
  const existing = objectRefs.get(name);
  if (existing) return existing;
  const ref = builder.objectRef<LinodeRecord>(name);
  objectRefs.set(name, ref);
  ref.implement({
    description: path ? undefined : options.description,
    fields: (t: FieldBuilder) => ({ ...factFields(t, name, fact, options, path), ...(nestedRelations.get(name)?.(t) ?? {}) }),
  });
  return ref;
}

/** Every readable field of a Linode object, camelCased, typed from the facts. */
export function factFields(t: FieldBuilder, typeName: string, fact: ObjectFact, options: FactFieldOptions = {}, path = ''): AnyFieldMap {
  const fields: AnyFieldMap = {};
  for (const [key, field] of Object.entries(fact.fields)) {
    const keyPath = path ? `${path}.${key}` : key;
    if (field.writeOnly || options.omit?.includes(keyPath)) continue;
    const type = typeOf(field, key, `${typeName}${pascalCase(key)}`, options, keyPath);
    const nullable = Boolean(field.nullable) || (options.knownNulls !== undefined && isKnownNull(options.knownNulls, keyPath));
    fields[camelCase(key)] = t.field({
      type,
      nullable: Array.isArray(type) ? { list: nullable, items: Boolean(field.items?.nullable) } : nullable,
      deprecationReason: field.deprecated ? 'Deprecated by Linode.' : undefined,
      resolve: (parent: LinodeRecord) => parent[key] ?? null,
    } as never);
  }
  return fields;
}
