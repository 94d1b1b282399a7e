// GraphQL input types from the facts of a Linode request body (writable fields only), and the
// conversion of a GraphQL input back into Linode's snake_case JSON.
import type { EnumRef, InputObjectRef } from '@pothos/core';
import type { FieldFact, ObjectFact } from 'linode-facts';
import { builder } from '../builder.js';
import { isEnumFact, scalarOf, type FactScalar } from './fact-scalars.js';
import { valueAt } from './linode-values.js';
import { camelCase, pascalCase, singular, upperSnake } from './names.js';
import type { KitTypes } from './types.js';

/** A request body's object, as GraphQL gives it (camelCase keys). */
export type InputObject = Record<string, unknown>;

type InputRef = InputObjectRef<KitTypes, InputObject> | EnumRef<KitTypes, string | number>;
/** A writable fact's GraphQL input type: a scalar, an enum or an input object, maybe a list of them. */
type InputType = FactScalar | 'JSON' | InputRef | [FactScalar | 'JSON' | InputRef];

const inputRefs = new Map<string, InputRef>();

function writable(fields: Record<string, FieldFact>): Array<[string, FieldFact]> {
  return Object.entries(fields).filter(([, f]) => !f.readOnly);
}

function inputTypeOf(fact: FieldFact, key: string, pathName: string): InputType {
  const scalar = scalarOf(key, fact);
  if (scalar) return scalar;
  if (isEnumFact(fact)) return inputRefs.get(pathName) ?? remember(pathName, inputEnum(pathName, fact.enum));
  switch (fact.type) {
    case 'array': {
      const item = inputTypeOf(fact.items ?? {}, singular(key), singular(pathName));
      if (Array.isArray(item)) throw new Error(`${pathName}: a list of lists has no GraphQL input type here`);
      return [item];
    }
    case 'object':
      return isObjectFact(fact) && writable(fact.fields).length > 0 ? factInputRef(pathName, fact) : 'JSON';
    default:
      return 'JSON';
  }
}

/** A closed enum: inputs take the documented values only. */
function inputEnum(name: string, values: ReadonlyArray<string | number | null>): EnumRef<KitTypes, string | number> {
  const members: Record<string, { value: string | number }> = {};
  for (const value of values) if (value !== null) members[upperSnake(String(value))] = { value };
  return builder.enumType(name, { values: members });
}

function isObjectFact(fact: FieldFact): fact is ObjectFact {
  return fact.type === 'object' && fact.fields !== undefined;
}

function remember<Ref extends InputRef>(name: string, ref: Ref): Ref {
  inputRefs.set(name, ref);
  return ref;
}

/** An input type with every writable field of a Linode request body; Linode validates values. */
export function factInputRef(name: string, fact: ObjectFact, description?: string): InputRef {
  const existing = inputRefs.get(name);
  if (existing) return existing;
  // Registered before its fields are read: a nested input can name it.
  return remember(
    name,
    builder.inputType(name, {
      description,
      fields: (t) =>
        Object.fromEntries(
          writable(fact.fields).map(([key, field]) => [
            camelCase(key),
            // Required as Linode documents it: a missing field is caught before anything is sent.
            t.field({ type: inputTypeOf(field, key, `${name}${pascalCase(key)}`), required: (fact.required ?? []).includes(key) }),
          ]),
        ),
    }),
  );
}

/** GraphQL input (camelCase) -> Linode request JSON (snake_case), guided by the facts. */
export function toLinodeBody(input: object, fact: ObjectFact): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const [key, field] of writable(fact.fields)) {
    const value = valueAt(input, camelCase(key));
    if (value === undefined) continue;
    body[key] = convert(value, field);
  }
  return body;
}

function convert(value: unknown, fact: FieldFact): unknown {
  if (value === null) return null;
  if (fact.type === 'array' && Array.isArray(value)) return value.map((v) => convert(v, fact.items ?? {}));
  if (isObjectFact(fact) && typeof value === 'object') return toLinodeBody(value, fact);
  if (fact.type === 'integer' && typeof value === 'string' && /^[0-9]+$/.test(value)) return Number(value);
  return value;
}
