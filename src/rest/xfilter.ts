// Typed GraphQL filter inputs compiled to Linode's X-Filter JSON. Only operators Linode documents
// are produced, every value is sent with its field's JSON type, and `+order_by` sits at the top
// level (Linode ignores or rejects it inside `+and`).

export type FilterJsonType = 'string' | 'integer' | 'number' | 'boolean' | 'datetime';

export interface FilterField {
  /** GraphQL name, camelCase. */
  name: string;
  /** Linode key; may be dotted like `entity.id`. */
  linode: string;
  type: FilterJsonType;
  /** An array field such as tags: conditions hold when any element meets them. */
  list?: boolean;
}

export interface OrderInput {
  /** Linode key. */
  field: string;
  direction: 'ASC' | 'DESC';
}

export class FilterError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FilterError';
  }
}

export const MAX_FILTER_DEPTH = 10;

/** Bounds on one filter, checked before it is compiled (conditions) and once it is (bytes). */
export interface FilterLimits {
  /** Conditions: each comparison, each value of an `in` list, each nested filter object. */
  maxConditions: number;
  /** The compiled X-Filter JSON, as sent in the header. */
  maxBytes: number;
}

export type FilterLimitCode = 'TOO_MANY_FILTER_CONDITIONS' | 'FILTER_TOO_LARGE';

/** A filter over one of the limits: refused with its own code, before anything is sent. */
export class FilterLimitError extends Error {
  constructor(
    readonly code: FilterLimitCode,
    message: string,
    readonly details: Record<string, number>,
  ) {
    super(message);
    this.name = 'FilterLimitError';
  }
}

type Operator = 'eq' | 'neq' | 'contains' | 'gt' | 'gte' | 'lt' | 'lte' | 'in';

const OPERATORS: Record<FilterJsonType, readonly Operator[]> = {
  string: ['eq', 'neq', 'contains', 'in'],
  integer: ['eq', 'neq', 'gt', 'gte', 'lt', 'lte', 'in'],
  number: ['eq', 'neq', 'gt', 'gte', 'lt', 'lte', 'in'],
  boolean: ['eq'],
  datetime: ['eq', 'neq', 'gt', 'gte', 'lt', 'lte'],
};

const LINODE_OPERATOR: Partial<Record<Operator, string>> = {
  neq: '+neq',
  contains: '+contains',
  gt: '+gt',
  gte: '+gte',
  lt: '+lt',
  lte: '+lte',
};

type Condition = Record<string, unknown>;

function isRecord(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  // graphql-js builds input objects with a null prototype.
  return proto === Object.prototype || proto === null;
}

const INTEGER_TEXT = /^-?[0-9]{1,16}$/;
const NUMBER_TEXT = /^-?(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][-+]?[0-9]+)?$/;
const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|[+-]\d{2}:\d{2})?$/;

function describe(value: unknown): string {
  const text = JSON.stringify(value);
  return text === undefined ? String(value) : text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

/** Epoch milliseconds of an RFC 3339 timestamp (zone-less means UTC, as Linode's), or undefined. */
export function parseTimestamp(value: unknown): number | undefined {
  const text = value instanceof Date ? value.toISOString() : value;
  const match = typeof text === 'string' ? RFC3339.exec(text) : null;
  if (!match) return undefined;
  const [, year, month, day, hour, minute, second, fraction = '', zone = 'Z'] = match;
  const fields = [year, month, day, hour, minute, second].map(Number);
  const utc = new Date(0);
  utc.setUTCFullYear(fields[0], fields[1] - 1, fields[2]); // unlike Date.UTC, keeps years below 100 as given
  utc.setUTCHours(fields[3], fields[4], fields[5]);
  // Dates roll over (Feb 30 -> Mar 1); a rolled-over date was not a real one.
  const rolledOver =
    utc.getUTCMonth() !== fields[1] - 1 || utc.getUTCDate() !== fields[2] || fields[3] > 23 || fields[4] > 59 || fields[5] > 59;
  if (rolledOver) return undefined;
  const sign = zone[0] === '-' ? -1 : 1;
  const zoneMinutes = /^[Zz]$/.test(zone) ? 0 : sign * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4, 6)));
  return utc.getTime() + Number(`0${fraction}`) * 1000 - zoneMinutes * 60_000;
}

/** Linode's zone-less UTC format, rounded so that whole-second comparisons keep their meaning. */
function linodeDateTime(value: unknown, where: string, operator: Operator): string {
  const millis = parseTimestamp(value);
  if (millis === undefined) {
    throw new FilterError(`${where}: expected an RFC 3339 timestamp such as 2024-01-31T12:00:00Z, got ${describe(value)}`);
  }
  let seconds = millis / 1000;
  if (!Number.isInteger(seconds)) {
    // x > 10.5 is x > 10, x >= 10.5 is x >= 11, x < 10.5 is x < 11, x <= 10.5 is x <= 10; x = 10.5 never holds.
    if (operator === 'gte' || operator === 'lt') seconds = Math.ceil(seconds);
    else if (operator === 'gt' || operator === 'lte') seconds = Math.floor(seconds);
    else throw new FilterError(`${where}: Linode timestamps have whole seconds; ${describe(value)} cannot be matched exactly`);
  }
  return new Date(seconds * 1000).toISOString().slice(0, 19);
}

function typedValue(field: FilterField, operator: Operator, value: unknown, where: string): string | number | boolean {
  if (value === null || value === undefined) throw new FilterError(`${where}: a value is required`);
  switch (field.type) {
    case 'string':
      if (typeof value === 'string') return value;
      break;
    case 'integer': {
      const number = typeof value === 'string' && INTEGER_TEXT.test(value) ? Number(value) : value;
      if (typeof number === 'number' && Number.isSafeInteger(number)) return number;
      break;
    }
    case 'number': {
      const number = typeof value === 'string' && NUMBER_TEXT.test(value) ? Number(value) : value;
      if (typeof number === 'number' && Number.isFinite(number)) return number;
      break;
    }
    case 'boolean':
      if (typeof value === 'boolean') return value;
      break;
    case 'datetime':
      return linodeDateTime(value, where, operator);
  }
  throw new FilterError(`${where}: expected ${field.type === 'integer' ? 'an integer' : `a ${field.type}`}, got ${describe(value)}`);
}

function fieldConditions(field: FilterField, input: unknown, path: string): Condition[] {
  if (!isRecord(input)) throw new FilterError(`${path}: expected an object of operators, got ${describe(input)}`);
  const allowed = OPERATORS[field.type];
  const conditions: Condition[] = [];
  for (const [operator, value] of Object.entries(input)) {
    const where = `${path}.${operator}`;
    if (!(allowed as readonly string[]).includes(operator)) {
      throw new FilterError(`${where}: unknown operator for a ${field.type} field (allowed: ${allowed.join(', ')})`);
    }
    if (value === null || value === undefined) continue;
    const op = operator as Operator;
    if (op === 'eq') {
      conditions.push({ [field.linode]: typedValue(field, op, value, where) });
    } else if (op === 'in') {
      if (!Array.isArray(value)) throw new FilterError(`${where}: expected a list, got ${describe(value)}`);
      if (value.length === 0) throw new FilterError(`${where}: the list is empty, so nothing could match`);
      const options = value.map((v, i) => ({ [field.linode]: typedValue(field, op, v, `${where}[${i}]`) }));
      conditions.push(options.length === 1 ? options[0] : { '+or': options });
    } else {
      conditions.push({ [field.linode]: { [LINODE_OPERATOR[op] as string]: typedValue(field, op, value, where) } });
    }
  }
  return conditions;
}

function combine(conditions: Condition[]): Condition | undefined {
  if (conditions.length === 0) return undefined;
  return conditions.length === 1 ? conditions[0] : { '+and': conditions };
}

/** Compiles one filter object; undefined means it holds for everything. */
function compileNode(filter: unknown, fields: Map<string, FilterField>, path: string, depth: number): Condition | undefined {
  if (depth > MAX_FILTER_DEPTH) throw new FilterError(`${path}: filters nest deeper than ${MAX_FILTER_DEPTH} levels`);
  if (!isRecord(filter)) throw new FilterError(`${path}: expected a filter object, got ${describe(filter)}`);
  const conditions: Condition[] = [];
  for (const [key, value] of Object.entries(filter)) {
    if (value === null || value === undefined) continue;
    const where = `${path}.${key}`;
    if (key === 'and' || key === 'or') {
      if (!Array.isArray(value)) throw new FilterError(`${where}: expected a list of filters, got ${describe(value)}`);
      const members = value.map((member, i) => compileNode(member, fields, `${where}[${i}]`, depth + 1));
      if (key === 'and') {
        // AND is associative: the members join this level's conditions.
        conditions.push(...members.filter((m): m is Condition => m !== undefined));
      } else {
        if (members.length === 0) throw new FilterError(`${where}: the list is empty, so nothing could match`);
        // A member that holds for everything makes the whole `or` hold for everything.
        if (members.some((m) => m === undefined)) continue;
        conditions.push(members.length === 1 ? (members[0] as Condition) : { '+or': members });
      }
      continue;
    }
    const field = fields.get(key);
    if (!field) throw new FilterError(`${where}: unknown filter field`);
    conditions.push(...fieldConditions(field, value, where));
  }
  return combine(conditions);
}

/**
 * How many conditions a filter holds, counting every use of a shared object (a variable used
 * many times is compiled many times): each comparison, each value of an `in` list and each
 * nested filter object count one. Stops counting past `cap`, so the work is bounded by the cap
 * whatever the input; the answer is then `cap + 1`.
 */
export function countFilterConditions(filter: unknown, cap: number): number {
  let count = 0;
  const pending: unknown[] = [filter];
  while (pending.length > 0 && count <= cap) {
    const node = pending.pop();
    if (!isRecord(node)) continue;
    for (const [key, value] of Object.entries(node)) {
      if (value === null || value === undefined) continue;
      if (key === 'and' || key === 'or') {
        if (!Array.isArray(value)) continue;
        count += value.length;
        if (count > cap) break;
        for (const member of value) pending.push(member);
      } else if (isRecord(value)) {
        for (const operand of Object.values(value)) {
          if (operand === null || operand === undefined) continue;
          count += Array.isArray(operand) ? operand.length : 1;
        }
      }
    }
  }
  return Math.min(count, cap + 1);
}

export function compileXFilter(
  filter: Record<string, unknown> | null | undefined,
  fields: FilterField[],
  orderBy?: OrderInput | null,
  limits?: FilterLimits,
): Record<string, unknown> | undefined {
  if (limits && filter) {
    const conditions = countFilterConditions(filter, limits.maxConditions);
    if (conditions > limits.maxConditions) {
      throw new FilterLimitError(
        'TOO_MANY_FILTER_CONDITIONS',
        `The filter holds more than ${limits.maxConditions} conditions (each comparison, each value of an \`in\` list and each nested filter counts one, every time a variable is used); the limit is ${limits.maxConditions} (MAX_FILTER_CONDITIONS). Use shorter \`in\` lists and split the query.`,
        { maximum: limits.maxConditions },
      );
    }
  }
  const compiled = compileWithOrder(filter, fields, orderBy);
  if (limits && compiled) {
    const bytes = serializeXFilter(compiled).length;
    if (bytes > limits.maxBytes) {
      throw new FilterLimitError(
        'FILTER_TOO_LARGE',
        `The filter compiles to a ${bytes}-byte X-Filter header; the limit is ${limits.maxBytes} bytes (MAX_FILTER_BYTES). Use fewer or shorter values.`,
        { bytes, maximum: limits.maxBytes },
      );
    }
  }
  return compiled;
}

function compileWithOrder(
  filter: Record<string, unknown> | null | undefined,
  fields: FilterField[],
  orderBy: OrderInput | null | undefined,
): Record<string, unknown> | undefined {
  const byName = new Map(fields.map((f) => [f.name, f]));
  const compiled = filter === null || filter === undefined ? undefined : compileNode(filter, byName, 'filter', 1);
  if (orderBy === null || orderBy === undefined) return compiled;

  if (!isRecord(orderBy)) throw new FilterError(`orderBy: expected {field, direction}, got ${describe(orderBy)}`);
  if (!fields.some((f) => f.linode === orderBy.field))
    throw new FilterError(`orderBy.field: ${describe(orderBy.field)} cannot be sorted by`);
  if (orderBy.direction !== 'ASC' && orderBy.direction !== 'DESC') {
    throw new FilterError(`orderBy.direction: expected ASC or DESC, got ${describe(orderBy.direction)}`);
  }
  // Top-level keys are ANDed by Linode, so the order can join whatever single condition is there.
  return { ...compiled, '+order_by': orderBy.field, '+order': orderBy.direction === 'ASC' ? 'asc' : 'desc' };
}

/**
 * X-Filter JSON for an HTTP header: anything outside printable ASCII is written as a JSON \u escape,
 * so values such as `café` or an emoji survive (header values cannot carry them raw).
 */
export function serializeXFilter(filter: Record<string, unknown>): string {
  return JSON.stringify(filter).replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
