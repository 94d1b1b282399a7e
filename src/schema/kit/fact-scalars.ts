// The scalar a Linode fact maps to: ids, timestamps, 32-bit or 53-bit integers (README, "Types").
import type { FieldFact } from 'linode-facts';

/** Strings named `*_id` that identify nothing a caller can look up: plain strings. */
const NOT_IDS = new Set(['tax_id', 'gravatar_id', 'user_gravatar_id']);

export function isIdField(key: string, fact: FieldFact): boolean {
  return (key === 'id' || key.endsWith('_id')) && !NOT_IDS.has(key) && (fact.type === 'integer' || fact.type === 'string');
}

/** A GraphQL enum only for named values; a list of allowed numbers (a cluster size) stays Int. */
export function isEnumFact(fact: FieldFact): fact is FieldFact & { enum: Array<string | number | null> } {
  return Boolean(fact.enum?.some((v) => typeof v === 'string'));
}

const INT32_MAX = 2 ** 31 - 1;
const INT32_MIN = -(2 ** 31);

/**
 * `Int` only when the facts bound the value to 32 bits (a documented maximum, or a list of allowed
 * numbers); sizes, bytes, transfer and counters have no such bound and real values pass 2^31.
 */
export function fitsInt32(fact: FieldFact): boolean {
  if (fact.enum?.length) return fact.enum.every((v) => typeof v === 'number' && v <= INT32_MAX && v >= INT32_MIN);
  return fact.maximum !== undefined && fact.maximum <= INT32_MAX && (fact.minimum ?? 0) >= INT32_MIN;
}

export type FactScalar = 'ID' | 'DateTime' | 'String' | 'Int' | 'SafeInt' | 'Float' | 'Boolean';

/** The scalar a fact maps to (ids, timestamps, numbers...), or undefined for enums, lists and objects. */
export function scalarOf(key: string, fact: FieldFact): FactScalar | undefined {
  if (isIdField(key, fact)) return 'ID';
  if (isEnumFact(fact)) return undefined;
  switch (fact.type) {
    case 'string':
      return fact.format === 'date-time' ? 'DateTime' : 'String';
    case 'integer':
      return fitsInt32(fact) ? 'Int' : 'SafeInt';
    case 'number':
      return 'Float';
    case 'boolean':
      return 'Boolean';
    default:
      return undefined;
  }
}
