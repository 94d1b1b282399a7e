// X-Filter: parse, validate against the item schema's filterable fields, then match and order.
import { filterableFields, type FieldFact } from 'linode-facts/spec';
import { ApiError } from './errors.js';
import { mayBeNull } from './quirks/index.js';
import { parseTime } from './time.js';
import type { JsonObject } from './types.js';

type Predicate = (item: JsonObject) => boolean;
type Kind = 'number' | 'string' | 'date' | 'boolean' | 'other';

interface Field {
  path: string;
  fact: FieldFact;
  kind: Kind;
  isArray: boolean;
  /** Linode sends null here (facts or quirks table), so `null` is a value to filter on. */
  nullable: boolean;
}

export interface CompiledFilter {
  match: Predicate;
  orderBy?: Field;
  order: 'asc' | 'desc';
}

const COMPARISONS = ['+gt', '+gte', '+lt', '+lte'] as const;
const FIELD_OPERATORS = new Set<string>([...COMPARISONS, '+contains', '+neq']);

const fail = (reason: string): ApiError => new ApiError(400, [{ reason, field: 'X-Filter' }]);
const isObject = (v: unknown): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Compiles the raw header for a list of `schema` items (described by `item`). No header = match all. */
export function compileFilter(header: string | undefined, schema: string | null | undefined, item: FieldFact | undefined): CompiledFilter {
  if (header === undefined || header.trim() === '') return { match: () => true, order: 'asc' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(header);
  } catch {
    throw fail('X-Filter is not valid JSON');
  }
  if (!isObject(parsed)) throw fail('X-Filter must be a JSON object');

  const fields = filterable(schema, item);
  const { '+order_by': orderBy, '+order': order, ...rest } = parsed;
  if (order !== undefined && orderBy === undefined) throw fail('+order requires +order_by');
  if (order !== undefined && order !== 'asc' && order !== 'desc') throw fail('+order must be "asc" or "desc"');
  let orderField: Field | undefined;
  if (orderBy !== undefined) {
    if (typeof orderBy !== 'string') throw fail('+order_by must be a field name');
    orderField = fields.get(orderBy);
    if (!orderField) throw fail(`Cannot order by ${orderBy}`);
  }
  return { match: compileObject(rest, fields), orderBy: orderField, order: order ?? 'asc' };
}

/** Filtered and ordered copy of `items` (ties keep the incoming order). */
export function applyFilter(items: JsonObject[], filter: CompiledFilter): JsonObject[] {
  const kept = items.filter(filter.match);
  const field = filter.orderBy;
  if (!field) return kept;
  const sign = filter.order === 'desc' ? -1 : 1;
  return kept
    .map((value, index) => ({ value, index, key: sortKey(field, value) }))
    .sort((a, b) => sign * compareKeys(a.key, b.key) || a.index - b.index)
    .map((e) => e.value);
}

function filterable(schema: string | null | undefined, item: FieldFact | undefined): Map<string, Field> {
  const paths = schema ? filterableFields(schema) : derivePaths(item);
  const out = new Map<string, Field>();
  for (const path of paths) {
    const fact = factAt(item, path);
    if (!fact) continue;
    const isArray = fact.type === 'array';
    const base = isArray ? (fact.items ?? {}) : fact;
    out.set(path, {
      path,
      fact,
      isArray,
      kind: kindOf(base),
      nullable: Boolean(fact.nullable) || (schema ? mayBeNull(schema, path) : false),
    });
  }
  return out;
}

function derivePaths(fact: FieldFact | undefined, prefix = ''): string[] {
  return Object.entries(fact?.fields ?? {}).flatMap(([key, f]) => [
    ...(f.filterable ? [`${prefix}${key}`] : []),
    ...(f.type === 'object' ? derivePaths(f, `${prefix}${key}.`) : []),
  ]);
}

function factAt(fact: FieldFact | undefined, path: string): FieldFact | undefined {
  return path.split('.').reduce<FieldFact | undefined>((f, key) => f?.fields?.[key], fact);
}

function kindOf(fact: FieldFact): Kind {
  if (fact.type === 'integer' || fact.type === 'number') return 'number';
  if (fact.type === 'boolean') return 'boolean';
  if (fact.type === 'string') return fact.format === 'date-time' ? 'date' : 'string';
  return 'other';
}

function compileObject(obj: JsonObject, fields: Map<string, Field>): Predicate {
  const predicates = Object.entries(obj).map(([key, value]): Predicate => {
    if (key === '+and' || key === '+or') {
      if (!Array.isArray(value) || !value.every(isObject)) throw fail(`${key} must be an array of filter objects`);
      const parts = value.map((v) => compileObject(v, fields));
      return key === '+and' ? (item) => parts.every((p) => p(item)) : (item) => parts.some((p) => p(item));
    }
    if (key === '+order_by' || key === '+order') throw fail(`${key} is only allowed at the top level of X-Filter`);
    if (key.startsWith('+')) throw fail(`Unknown operator ${key}`);
    const field = fields.get(key);
    if (!field) throw fail(`Cannot filter on ${key}`);
    return compileField(field, value);
  });
  return (item) => predicates.every((p) => p(item));
}

function compileField(field: Field, value: unknown): Predicate {
  if (Array.isArray(value)) throw fail(`Invalid value for ${field.path}`);
  if (!isObject(value)) {
    checkEquality(field, '+eq', value);
    return (item) => valuesOf(field, item).some((v) => equals(field, v, value));
  }
  const ops = Object.entries(value);
  if (!ops.length) throw fail(`No operator given for ${field.path}`);
  const predicates = ops.map(([op, operand]): Predicate => {
    if (!FIELD_OPERATORS.has(op)) throw fail(`Unknown operator ${op}`);
    if (op === '+neq') {
      checkEquality(field, op, operand);
      // For arrays (tags, ipv4): true when no element equals the operand.
      return (item) => !valuesOf(field, item).some((v) => equals(field, v, operand));
    }
    if (op === '+contains') {
      if (field.kind !== 'string' && field.kind !== 'date') throw fail(`+contains is not supported for ${field.path}`);
      if (typeof operand !== 'string') throw fail(`+contains requires a string for ${field.path}`);
      const needle = operand.toLowerCase();
      return (item) => valuesOf(field, item).some((v) => typeof v === 'string' && v.toLowerCase().includes(needle));
    }
    return compileComparison(field, op as (typeof COMPARISONS)[number], operand);
  });
  return (item) => predicates.every((p) => p(item));
}

function compileComparison(field: Field, op: (typeof COMPARISONS)[number], operand: unknown): Predicate {
  let target: number;
  if (field.kind === 'number') {
    if (typeof operand !== 'number') throw fail(`${op} requires a number for ${field.path}`);
    target = operand;
  } else if (field.kind === 'date') {
    target = typeof operand === 'string' ? parseTime(operand) : NaN;
    if (Number.isNaN(target)) throw fail(`${op} requires a date for ${field.path}`);
  } else {
    throw fail(`${op} is not supported for ${field.path}`);
  }
  const test = { '+gt': (d: number) => d > 0, '+gte': (d: number) => d >= 0, '+lt': (d: number) => d < 0, '+lte': (d: number) => d <= 0 }[
    op
  ];
  return (item) =>
    valuesOf(field, item).some((v) => {
      const n = field.kind === 'date' ? (typeof v === 'string' ? parseTime(v) : NaN) : typeof v === 'number' ? v : NaN;
      return !Number.isNaN(n) && test(n - target);
    });
}

function checkEquality(field: Field, op: string, operand: unknown): void {
  if (operand === null) {
    if (field.nullable) return;
    throw fail(`${field.path} cannot be null`);
  }
  const ok =
    field.kind === 'number'
      ? typeof operand === 'number'
      : field.kind === 'boolean'
        ? typeof operand === 'boolean'
        : field.kind === 'date'
          ? typeof operand === 'string' && !Number.isNaN(parseTime(operand))
          : field.kind === 'string'
            ? typeof operand === 'string'
            : false;
  const wanted = { number: 'a number', boolean: 'a boolean', date: 'a date', string: 'a string', other: 'a filterable value' }[field.kind];
  if (!ok) throw fail(`${op === '+eq' ? 'Value' : op} for ${field.path} must be ${wanted}`);
}

function equals(field: Field, value: unknown, operand: unknown): boolean {
  if (field.kind === 'date' && typeof value === 'string' && typeof operand === 'string') return parseTime(value) === parseTime(operand);
  return value === operand;
}

/**
 * The values of the field in an item. A key the answer leaves out (real answers do) counts as
 * null: it equals null, differs from any value, fails comparisons and sorts with the nulls.
 */
function valuesOf(field: Field, item: JsonObject): unknown[] {
  const value = field.path.split('.').reduce<unknown>((v, key) => (isObject(v) ? v[key] : undefined), item);
  if (field.isArray) return Array.isArray(value) ? value : [];
  return [value ?? null];
}

function sortKey(field: Field, item: JsonObject): unknown {
  const value = valuesOf(field, item)[0];
  return field.kind === 'date' && typeof value === 'string' ? parseTime(value) : value;
}

/** Nulls (and absent keys) first, then numbers/booleans numerically and strings by code unit. */
function compareKeys(a: unknown, b: unknown): number {
  if (a === b) return 0;
  if (a === null || a === undefined) return -1;
  if (b === null || b === undefined) return 1;
  // Mixed JSON types (real answers mix them) sort by type, so the order stays total.
  if (typeof a !== typeof b) return typeof a < typeof b ? -1 : 1;
  if (typeof a === 'string' && typeof b === 'string') return a < b ? -1 : 1;
  return Number(a) - Number(b);
}
