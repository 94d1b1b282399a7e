// X-Filter: the header is checked against the item schema's filterable fields (Linode's 400s),
// then matched and ordered by linode-facts' evaluator, told what each field holds.
import { filterableFields, type FieldFact } from 'linode-facts/spec';
import { compileXFilter, XFilterError, type CompiledXFilter, type FieldKind, type FieldShape } from 'linode-facts/xfilter';
import { ApiError } from './errors.js';
import { mayBeNull } from './quirks/index.js';
import { todayFilterable } from './today/operations.js';
import { parseTime } from './time.js';
import type { JsonObject } from './types.js';

interface Field extends FieldShape {
  path: string;
  /** Linode sends null here (facts or quirks table), so `null` is a value to filter on. */
  nullable: boolean;
}

export type CompiledFilter = CompiledXFilter;

const COMPARISONS = new Set(['+gt', '+gte', '+lt', '+lte']);
const FIELD_OPERATORS = new Set([...COMPARISONS, '+contains', '+neq']);

const fail = (reason: string): ApiError => new ApiError(400, [{ reason, field: 'X-Filter' }]);
const isObject = (v: unknown): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Compiles the raw header for a list of `schema` items (described by `item`). No header = match all. */
export function compileFilter(header: string | undefined, schema: string | null | undefined, item: FieldFact | undefined): CompiledFilter {
  if (header === undefined || header.trim() === '') return compileXFilter({});
  let parsed: unknown;
  try {
    parsed = JSON.parse(header);
  } catch {
    throw fail('X-Filter is not valid JSON');
  }
  if (!isObject(parsed)) throw fail('X-Filter must be a JSON object');
  const fields = filterable(schema, item);
  checkTop(parsed, fields);
  try {
    return compileXFilter(parsed, (path) => fields.get(path));
  } catch (error) {
    if (error instanceof XFilterError) throw fail(error.message);
    throw error;
  }
}

/** Filtered and ordered copy of `items` (ties keep the incoming order). */
export function applyFilter(items: JsonObject[], filter: CompiledFilter): JsonObject[] {
  return filter.apply(items);
}

function filterable(schema: string | null | undefined, item: FieldFact | undefined): Map<string, Field> {
  const paths = schema ? (todayFilterable[schema] ?? filterableFields(schema)) : derivePaths(item);
  const out = new Map<string, Field>();
  for (const path of paths) {
    const fact = factAt(item, path);
    if (!fact) continue;
    const list = fact.type === 'array';
    const nullable = Boolean(fact.nullable) || (schema ? mayBeNull(schema, path) : false);
    out.set(path, { path, list, kind: kindOf(list ? (fact.items ?? {}) : fact), nullable });
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

function kindOf(fact: FieldFact): FieldKind {
  if (fact.type === 'integer' || fact.type === 'number') return 'number';
  if (fact.type === 'boolean') return 'boolean';
  if (fact.type === 'string') return fact.format === 'date-time' ? 'date' : 'string';
  return 'other';
}

function checkTop(filter: JsonObject, fields: Map<string, Field>): void {
  const { '+order_by': orderBy, '+order': order, ...conditions } = filter;
  if (order !== undefined && orderBy === undefined) throw fail('+order requires +order_by');
  if (order !== undefined && order !== 'asc' && order !== 'desc') throw fail('+order must be "asc" or "desc"');
  if (orderBy !== undefined) {
    if (typeof orderBy !== 'string') throw fail('+order_by must be a field name');
    if (!fields.has(orderBy)) throw fail(`Cannot order by ${orderBy}`);
  }
  checkObject(conditions, fields);
}

function checkObject(filter: JsonObject, fields: Map<string, Field>): void {
  for (const [key, value] of Object.entries(filter)) {
    if (key === '+and' || key === '+or') {
      if (!Array.isArray(value) || !value.every(isObject)) throw fail(`${key} must be an array of filter objects`);
      for (const part of value) checkObject(part, fields);
      continue;
    }
    if (key === '+order_by' || key === '+order') throw fail(`${key} is only allowed at the top level of X-Filter`);
    if (key.startsWith('+')) throw fail(`Unknown operator ${key}`);
    const field = fields.get(key);
    if (!field) throw fail(`Cannot filter on ${key}`);
    checkCondition(field, value);
  }
}

function checkCondition(field: Field, value: unknown): void {
  if (Array.isArray(value)) throw fail(`Invalid value for ${field.path}`);
  if (!isObject(value)) return checkEquality(field, '+eq', value);
  const operators = Object.entries(value);
  if (!operators.length) throw fail(`No operator given for ${field.path}`);
  for (const [op, operand] of operators) {
    if (!FIELD_OPERATORS.has(op)) throw fail(`Unknown operator ${op}`);
    if (op === '+neq') checkEquality(field, op, operand);
    else if (op === '+contains') checkContains(field, operand);
    else checkComparison(field, op, operand);
  }
}

function checkContains(field: Field, operand: unknown): void {
  if (field.kind !== 'string' && field.kind !== 'date') throw fail(`+contains is not supported for ${field.path}`);
  if (typeof operand !== 'string') throw fail(`+contains requires a string for ${field.path}`);
}

/** Linode documents comparisons on numbers; dates compare too. */
function checkComparison(field: Field, op: string, operand: unknown): void {
  if (field.kind === 'number') {
    if (typeof operand !== 'number') throw fail(`${op} requires a number for ${field.path}`);
  } else if (field.kind === 'date') {
    if (typeof operand !== 'string' || Number.isNaN(parseTime(operand))) throw fail(`${op} requires a date for ${field.path}`);
  } else {
    throw fail(`${op} is not supported for ${field.path}`);
  }
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
