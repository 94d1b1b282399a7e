// GraphQL input types from the facts of a Linode request body (writable fields only), and the
// conversion of a GraphQL input back into Linode's snake_case JSON.
import type { FieldFact, ObjectFact } from 'linode-facts';
import { builder } from '../builder.js';
import { isEnumFact, scalarOf } from './fact-fields.js';
import { camelCase, pascalCase, singular, upperSnake } from './names.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyRef = any;

const inputRefs = new Map<string, AnyRef>();

function writable(fields: Record<string, FieldFact>): Array<[string, FieldFact]> {
  return Object.entries(fields).filter(([, f]) => !f.readOnly);
}

function inputTypeOf(fact: FieldFact, key: string, pathName: string): AnyRef {
  const scalar = scalarOf(key, fact);
  if (scalar) return scalar;
  if (isEnumFact(fact)) {
    return (
      inputRefs.get(pathName) ??
      remember(
        pathName,
        builder.enumType(pathName, {
          values: Object.fromEntries(fact.enum.filter((v) => v !== null).map((v) => [upperSnake(String(v)), { value: v }])),
        }),
      )
    );
  }
  switch (fact.type) {
    case 'array':
      return [inputTypeOf(fact.items ?? {}, singular(key), singular(pathName))];
    case 'object':
      return fact.fields && writable(fact.fields).length > 0 ? factInputRef(pathName, fact as ObjectFact) : 'JSON';
    default:
      return 'JSON';
  }
}

function remember(name: string, ref: AnyRef): AnyRef {
  inputRefs.set(name, ref);
  return ref;
}

/** An input type with every writable field of a Linode request body; Linode validates values. */
export function factInputRef(name: string, fact: ObjectFact, description?: string): AnyRef {
  const existing = inputRefs.get(name);
  if (existing) return existing;
  const ref = builder.inputRef<Record<string, unknown>>(name);
  remember(name, ref);
  ref.implement({
    description,
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    fields: (t: any) =>
      Object.fromEntries(
        writable(fact.fields).map(([key, field]) => [
          camelCase(key),
          // Required as Linode documents it: a missing field is caught before anything is sent.
          t.field({ type: inputTypeOf(field, key, `${name}${pascalCase(key)}`), required: (fact.required ?? []).includes(key) }),
        ]),
      ),
  });
  return ref;
}

/** GraphQL input (camelCase) -> Linode request JSON (snake_case), guided by the facts. */
export function toLinodeBody(input: Record<string, unknown>, fact: ObjectFact): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const [key, field] of writable(fact.fields)) {
    const value = input[camelCase(key)];
    if (value === undefined) continue;
    body[key] = convert(value, field);
  }
  return body;
}

function convert(value: unknown, fact: FieldFact): unknown {
  if (value === null) return null;
  if (fact.type === 'array' && Array.isArray(value)) return value.map((v) => convert(v, fact.items ?? {}));
  if (fact.type === 'object' && fact.fields && typeof value === 'object')
    return toLinodeBody(value as Record<string, unknown>, fact as ObjectFact);
  if (fact.type === 'integer' && typeof value === 'string' && /^[0-9]+$/.test(value)) return Number(value);
  return value;
}
