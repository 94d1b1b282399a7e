// X-Filter with Linode's meaning, over JSON items: the one evaluator of the emulator (which first
// checks a header against the schema's filterable fields and answers Linode's 400s) and of the
// gateway (catalogs Linode cannot filter, event streams). Top-level keys and `+and` all hold,
// `+or` one holds; a value on a list field matches one of its items, `+neq` none of them; dotted
// keys reach nested fields; dates compare as instants; `+order_by`/`+order` order stably.
import { compare, compareKeys, equals, isRecord, orderKeys, valuesAt, type FieldShape, type FieldShapes } from './xfilter-values.js';

export { parseInstant, type FieldKind, type FieldShape, type FieldShapes } from './xfilter-values.js';

/** A parsed X-Filter header. */
export type XFilter = Readonly<Record<string, unknown>>;

/** A filter this evaluator cannot give a meaning to (Linode answers those with a 400). */
export class XFilterError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'XFilterError';
  }
}

export interface CompiledXFilter {
  matches(item: object): boolean;
  /** The items kept, in `+order_by`/`+order` (ties, and everything without it, as given). */
  apply<T extends object>(items: readonly T[]): T[];
}

type Predicate = (item: object) => boolean;
const ORDERING = new Set(['+order_by', '+order']);

/** Compiles a filter once; `shapes` tells what the fields hold where the caller knows (else the values tell). */
export function compileXFilter(filter: XFilter, shapes: FieldShapes = () => undefined): CompiledXFilter {
  const matches = compileObject(filter, shapes);
  const order = orderOf(filter);
  return {
    matches,
    apply(items) {
      const kept = items.filter(matches);
      if (!order) return kept;
      const shape = shapes(order.by);
      const keys = orderKeys(kept, order.by, shape);
      return kept
        .map((item, index) => ({ item, index, key: keys[index] }))
        .sort((a, b) => order.sign * compareKeys(a.key, b.key) || a.index - b.index)
        .map((entry) => entry.item);
    },
  };
}

// Callers holding one filter for many items (an event stream) compile it once.
const compiled = new WeakMap<XFilter, CompiledXFilter>();

function cachedCompile(filter: XFilter): CompiledXFilter {
  let found = compiled.get(filter);
  if (!found) compiled.set(filter, (found = compileXFilter(filter)));
  return found;
}

export function matchesXFilter(item: object, filter: XFilter): boolean {
  return cachedCompile(filter).matches(item);
}

export function applyXFilter<T extends object>(items: readonly T[], filter: XFilter, shapes?: FieldShapes): T[] {
  return (shapes ? compileXFilter(filter, shapes) : cachedCompile(filter)).apply(items);
}

function orderOf(filter: XFilter): { by: string; sign: 1 | -1 } | undefined {
  const { '+order_by': by, '+order': order } = filter;
  if (by === undefined) return undefined;
  if (typeof by !== 'string') throw new XFilterError('+order_by must be a field name');
  if (order !== undefined && order !== 'asc' && order !== 'desc') throw new XFilterError('+order must be "asc" or "desc"');
  return { by, sign: order === 'desc' ? -1 : 1 };
}

function compileObject(filter: XFilter, shapes: FieldShapes): Predicate {
  const predicates = Object.entries(filter).flatMap(([key, condition]): Predicate[] => {
    if (key === '+and' || key === '+or') {
      if (!Array.isArray(condition) || !condition.every(isRecord)) throw new XFilterError(`${key} must be an array of filter objects`);
      const parts = condition.map((part) => compileObject(part, shapes));
      return [key === '+and' ? (item) => parts.every((p) => p(item)) : (item) => parts.some((p) => p(item))];
    }
    if (ORDERING.has(key)) return []; // ordering, not a condition (the emulator refuses it below the top)
    if (key.startsWith('+')) throw new XFilterError(`Unknown operator ${key}`);
    return [compileField(key, shapes(key), condition)];
  });
  return (item) => predicates.every((p) => p(item));
}

function compileField(path: string, shape: FieldShape | undefined, condition: unknown): Predicate {
  const kind = shape?.kind;
  const values = (item: object) => valuesAt(item, path, shape);
  if (Array.isArray(condition)) throw new XFilterError(`Invalid value for ${path}`);
  if (!isRecord(condition)) return (item) => values(item).some((v) => equals(v, condition, kind));
  const operators = Object.entries(condition);
  if (!operators.length) throw new XFilterError(`No operator given for ${path}`);
  const predicates = operators.map(([operator, operand]): Predicate => {
    switch (operator) {
      case '+neq':
        return (item) => !values(item).some((v) => equals(v, operand, kind));
      case '+contains': {
        if (typeof operand !== 'string') throw new XFilterError(`+contains requires a string for ${path}`);
        const needle = operand.toLowerCase();
        return (item) => values(item).some((v) => typeof v === 'string' && v.toLowerCase().includes(needle));
      }
      case '+gt':
      case '+gte':
      case '+lt':
      case '+lte': {
        const holds = SIGN_TESTS[operator];
        return (item) =>
          values(item).some((v) => {
            const sign = compare(v, operand, kind);
            return sign !== undefined && holds(sign);
          });
      }
      default:
        throw new XFilterError(`Unknown operator ${operator}`);
    }
  });
  return (item) => predicates.every((p) => p(item));
}

const SIGN_TESTS = {
  '+gt': (sign: number) => sign > 0,
  '+gte': (sign: number) => sign >= 0,
  '+lt': (sign: number) => sign < 0,
  '+lte': (sign: number) => sign <= 0,
};
