// The values an X-Filter condition reads from a JSON item, and how two of them compare: Linode's
// timestamps as instants, numbers as numbers, other strings by code unit.

/** What a field holds, when the caller knows it (from the spec's facts). */
export type FieldKind = 'number' | 'string' | 'date' | 'boolean' | 'other';

export interface FieldShape {
  kind: FieldKind;
  /** An array field (tags, ipv4): a condition reads its items. */
  list: boolean;
}

/** The shape of a filtered field by its dotted key; undefined: read it from the values. */
export type FieldShapes = (path: string) => FieldShape | undefined;

export type JsonRecord = Readonly<Record<string, unknown>>;

export const isRecord = (value: unknown): value is JsonRecord => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Epoch ms of a Linode timestamp (zone-less means UTC) or of any ISO date; NaN when it is neither. */
export function parseInstant(text: string): number {
  if (!/^\d{4}-\d\d-\d\d/.test(text)) return NaN;
  const zoned = /(Z|[+-]\d\d:?\d\d)$/.test(text) || /^\d{4}-\d\d-\d\d$/.test(text) ? text : `${text}Z`;
  return Date.parse(zoned);
}

const instantOf = (value: unknown): number => (typeof value === 'string' ? parseInstant(value) : NaN);

/**
 * The values of a dotted key in an item. A key the item leaves out (real answers do) counts as
 * null: it equals null, differs from any value and fails comparisons. A list field gives its items.
 */
export function valuesAt(item: object, path: string, shape: FieldShape | undefined): unknown[] {
  const value = path.split('.').reduce<unknown>((at, key) => (isRecord(at) ? at[key] : undefined), item);
  if (shape?.list ?? Array.isArray(value)) return Array.isArray(value) ? (value as unknown[]) : [];
  return [value ?? null];
}

/** Without a known kind, two strings that are both timestamps are dates. */
function kindOf(a: unknown, b: unknown, known: FieldKind | undefined): FieldKind | undefined {
  if (known) return known;
  if (typeof a === 'number' && typeof b === 'number') return 'number';
  if (typeof a !== 'string' || typeof b !== 'string') return undefined;
  return Number.isNaN(parseInstant(a)) || Number.isNaN(parseInstant(b)) ? 'string' : 'date';
}

export function equals(value: unknown, operand: unknown, known: FieldKind | undefined): boolean {
  if (typeof value === 'string' && typeof operand === 'string' && kindOf(value, operand, known) === 'date')
    return parseInstant(value) === parseInstant(operand);
  return value === operand;
}

/** Sign of `value - operand`, or undefined when the two do not compare (a null, another type). */
export function compare(value: unknown, operand: unknown, known: FieldKind | undefined): number | undefined {
  const kind = kindOf(value, operand, known);
  if (kind === 'number') return typeof value === 'number' && typeof operand === 'number' ? Math.sign(value - operand) : undefined;
  if (kind === 'date') {
    const difference = instantOf(value) - instantOf(operand);
    return Number.isNaN(difference) ? undefined : Math.sign(difference);
  }
  if (kind === 'string' && typeof value === 'string' && typeof operand === 'string')
    return value === operand ? 0 : value < operand ? -1 : 1;
  return undefined;
}

/** Keys to order items by: dates as instants (without a known kind, when every string is one). */
export function orderKeys(items: readonly object[], path: string, shape: FieldShape | undefined): unknown[] {
  const keys = items.map((item) => valuesAt(item, path, shape)[0]);
  const strings = keys.filter((key): key is string => typeof key === 'string');
  const dates = shape ? shape.kind === 'date' : strings.length > 0 && strings.every((key) => !Number.isNaN(parseInstant(key)));
  return dates ? keys.map((key) => (typeof key === 'string' ? parseInstant(key) : key)) : keys;
}

/** Nulls (and absent keys: undefined defaults to null) first, then numbers and booleans numerically, strings by code unit. */
export function compareKeys(a: unknown = null, b: unknown = null): number {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  // Mixed JSON types (real answers mix them) sort by type, so the order stays total.
  if (typeof a !== typeof b) return typeof a < typeof b ? -1 : 1;
  if (typeof a === 'string' && typeof b === 'string') return a < b ? -1 : 1;
  return Number(a) - Number(b);
}
