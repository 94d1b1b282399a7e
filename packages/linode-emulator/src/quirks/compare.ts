// Compares one answer with the facts and names each deviation, so tests can check every one is
// in the quirks table (and count them by class).
import type { FieldFact } from 'linode-facts/spec';
import { quirkAt, type QuirkClass } from './index.js';

export interface Deviation {
  class: QuirkClass;
  schema: string;
  /** Dotted, arrays transparent. */
  path: string;
  value?: unknown;
}

const INT32_MAX = 2 ** 31 - 1;
const DATE = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d$/;
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function jsonType(value: unknown): string {
  if (Array.isArray(value)) return 'array';
  if (Number.isInteger(value)) return 'integer';
  return typeof value;
}

const JSON_TYPES = new Set(['string', 'integer', 'number', 'boolean', 'object', 'array']);

function typeFits(fact: FieldFact, value: unknown): boolean {
  const actual = jsonType(value);
  // No type, or one JSON has no name for (the facts' `union`): anything fits.
  if (!fact.type || !JSON_TYPES.has(fact.type)) return true;
  if (fact.type === 'number') return actual === 'number' || actual === 'integer';
  return actual === fact.type;
}

/** Every deviation of `value` from `fact` (of answer `schema`), depth first. */
export function deviations(value: unknown, fact: FieldFact, schema: string, path = ''): Deviation[] {
  const at = (cls: Deviation['class'], extra: Partial<Deviation> = {}): Deviation[] => [{ class: cls, schema, path, ...extra }];
  if (value === null) return fact.nullable ? [] : at('null');
  if (fact.oneOf?.length && !fact.type) return [];
  if (!typeFits(fact, value)) return at('type', { value: jsonType(value) });
  if (fact.enum && !fact.enum.some((v) => v === value)) return at('enum', { value });
  if (typeof value === 'number' && Number.isInteger(value) && Math.abs(value) > INT32_MAX) return at('int53', { value });
  if (fact.format === 'date-time' && typeof value === 'string' && !DATE.test(value)) return at('format', { value });
  if (Array.isArray(value)) return fact.items ? value.flatMap((v) => deviations(v, fact.items as FieldFact, schema, path)) : [];
  if (!isObject(value) || !fact.fields) return [];
  const fields = fact.fields;
  const child = (key: string) => (path ? `${path}.${key}` : key);
  const known = Object.entries(fields).flatMap(([key, f]) =>
    key in value ? deviations(value[key], f, schema, child(key)) : [{ class: 'absent' as const, schema, path: child(key) }],
  );
  const unknown = Object.keys(value)
    .filter((key) => !(key in fields))
    .map((key) => ({ class: 'new-key' as const, schema, path: child(key), value: value[key] }));
  return [...known, ...unknown];
}

/** Whether the quirks table declares this deviation (enum values and JSON types included). */
export function isDeclared(d: Deviation): boolean {
  const quirk = quirkAt(d.class, d.schema, d.path);
  if (!quirk) return false;
  if (d.class === 'enum') return quirk.values?.includes(String(d.value)) ?? false;
  if (d.class === 'type') return quirk.type === d.value;
  if (d.class === 'new-key') return d.value === null ? quirk.nullable === true : typeFits({ type: quirk.type }, d.value);
  return true;
}

/** The deviations of `value` the table does not declare, as readable lines. */
export function undeclared(value: unknown, fact: FieldFact, schema: string): string[] {
  return deviations(value, fact, schema)
    .filter((d) => !isDeclared(d))
    .map((d) => `${d.schema}.${d.path}: ${d.class}${d.value === undefined ? '' : ` ${JSON.stringify(d.value)}`}`);
}
