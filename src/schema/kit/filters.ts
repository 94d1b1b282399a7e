// Typed filter and order inputs built from the fields Linode marks filterable. They compile to
// X-Filter in src/rest/xfilter.ts.
import { filterableFields, schemaFact, type FieldFact } from 'linode-facts';
import type { FilterField, FilterJsonType } from '../../rest/xfilter.js';
import type { InputObjectRef } from '@pothos/core';
import { builder } from '../builder.js';
import { fitsInt32 } from './fact-scalars.js';
import { camelCase, upperSnake } from './names.js';
import type { KitTypes } from './types.js';

export const OrderDirection = builder.enumType('OrderDirection', {
  description: 'Sort direction.',
  values: { ASC: { value: 'ASC' }, DESC: { value: 'DESC' } } as const,
});

const StringFilter = builder.inputType('StringFilter', {
  description: 'Conditions on a text field. On a list field (such as tags) a condition holds when any element meets it.',
  fields: (t) => ({
    eq: t.string({ required: false, description: 'Equal to.' }),
    neq: t.string({ required: false, description: 'Not equal to.' }),
    contains: t.string({ required: false, description: 'Contains this text.' }),
    in: t.stringList({ required: false, description: 'Equal to one of these.' }),
  }),
});

/** Numeric ids compare as numbers too: `id: { gt: 1000 }` pages by id. */
const IDFilter = builder.inputType('IDFilter', {
  description: 'Conditions on a numeric id.',
  fields: (t) => ({
    eq: t.id({ required: false, description: 'Equal to.' }),
    neq: t.id({ required: false, description: 'Not equal to.' }),
    gt: t.id({ required: false, description: 'Greater than.' }),
    gte: t.id({ required: false, description: 'Greater than or equal to.' }),
    lt: t.id({ required: false, description: 'Less than.' }),
    lte: t.id({ required: false, description: 'Less than or equal to.' }),
    in: t.idList({ required: false, description: 'Equal to one of these.' }),
  }),
});

function numberFilter(name: 'IntFilter' | 'SafeIntFilter' | 'FloatFilter', scalar: 'Int' | 'SafeInt' | 'Float') {
  return builder.inputType(name, {
    description: `Conditions on a number (${scalar}).`,
    fields: (t) => ({
      eq: t.field({ type: scalar, required: false, description: 'Equal to.' }),
      neq: t.field({ type: scalar, required: false, description: 'Not equal to.' }),
      gt: t.field({ type: scalar, required: false, description: 'Greater than.' }),
      gte: t.field({ type: scalar, required: false, description: 'Greater than or equal to.' }),
      lt: t.field({ type: scalar, required: false, description: 'Less than.' }),
      lte: t.field({ type: scalar, required: false, description: 'Less than or equal to.' }),
      in: t.field({ type: [scalar], required: false, description: 'Equal to one of these.' }),
    }),
  });
}
const IntFilter = numberFilter('IntFilter', 'Int');
const SafeIntFilter = numberFilter('SafeIntFilter', 'SafeInt');
const FloatFilter = numberFilter('FloatFilter', 'Float');

const BooleanFilter = builder.inputType('BooleanFilter', {
  description: 'Condition on a boolean.',
  fields: (t) => ({ eq: t.boolean({ required: false, description: 'Equal to.' }) }),
});

const DateTimeFilter = builder.inputType('DateTimeFilter', {
  description: 'Conditions on a timestamp.',
  fields: (t) => ({
    eq: t.field({ type: 'DateTime', required: false, description: 'Equal to.' }),
    neq: t.field({ type: 'DateTime', required: false, description: 'Not equal to.' }),
    gt: t.field({ type: 'DateTime', required: false, description: 'After.' }),
    gte: t.field({ type: 'DateTime', required: false, description: 'At or after.' }),
    lt: t.field({ type: 'DateTime', required: false, description: 'Before.' }),
    lte: t.field({ type: 'DateTime', required: false, description: 'At or before.' }),
  }),
});

function factAt(fields: Record<string, FieldFact>, dotted: string): FieldFact | undefined {
  const [head, ...rest] = dotted.split('.');
  const fact = fields[head];
  if (!fact || rest.length === 0) return fact;
  return fact.fields ? factAt(fact.fields, rest.join('.')) : undefined;
}

/** A filterable field, and whether its integers fit `Int` (else `SafeInt`, as on the object type). */
type KitFilterField = FilterField & { int32: boolean };

function filterFieldOf(linode: string, fact: FieldFact | undefined): KitFilterField {
  const list = fact?.type === 'array';
  const base = list ? fact?.items : fact;
  let type: FilterJsonType = 'string';
  if (base?.type === 'integer') type = 'integer';
  else if (base?.type === 'number') type = 'number';
  else if (base?.type === 'boolean') type = 'boolean';
  else if (base?.format === 'date-time') type = 'datetime';
  return { name: camelCase(linode), linode, type, list, int32: base ? fitsInt32(base) : false };
}

function operatorInput(field: KitFilterField) {
  const leaf = field.linode.split('.').pop() ?? field.linode;
  if ((leaf === 'id' || leaf.endsWith('_id')) && field.type === 'integer') return IDFilter;
  switch (field.type) {
    case 'integer':
      return field.int32 ? IntFilter : SafeIntFilter;
    case 'number':
      return FloatFilter;
    case 'boolean':
      return BooleanFilter;
    case 'datetime':
      return DateTimeFilter;
    default:
      return StringFilter;
  }
}

/** Filter input type name (`InstanceFilter`) -> its fields: the pre-execution limits compile filters by type. */
const fieldsByFilterType = new Map<string, FilterField[]>();

/** The fields of a filter input type of this schema, or undefined for other types. */
export function filterFieldsOf(inputTypeName: string): FilterField[] | undefined {
  return fieldsByFilterType.get(inputTypeName);
}

/** A list's `orderBy` argument: a Linode field and a direction. */
export interface ListOrder {
  field: string;
  direction: 'ASC' | 'DESC';
}

/** A list's `filter` and `orderBy` arguments, as GraphQL gives them. */
export interface ListArgs {
  filter?: Record<string, unknown> | null;
  orderBy?: ListOrder | null;
}

export interface FilterSupport {
  fields: FilterField[];
  filter: InputObjectRef<KitTypes, Record<string, unknown>>;
  order: InputObjectRef<KitTypes, ListOrder>;
}

/**
 * `InstanceFilter`, `InstanceOrder` and `InstanceOrderField` for a resource, or null when nothing
 * can be filtered. `keys` replaces Linode's filterable fields for a catalog the gateway filters itself.
 */
export function filterSupport(typeName: string, schemaName: string, keys?: readonly string[]): FilterSupport | null {
  const linodeKeys = keys ?? filterableFields(schemaName);
  if (linodeKeys.length === 0) return null;
  const schemaFields = schemaFact(schemaName).fields;
  const fields = linodeKeys.map((key) => filterFieldOf(key, factAt(schemaFields, key)));
  fieldsByFilterType.set(`${typeName}Filter`, fields);

  const filter = builder.inputRef<Record<string, unknown>>(`${typeName}Filter`).implement({
    description: `Conditions on ${typeName} fields that Linode can filter by; all must hold.`,
    fields: (t) => ({
      ...Object.fromEntries(fields.map((f) => [f.name, t.field({ type: operatorInput(f), required: false })])),
      and: t.field({ type: [filter], required: false, description: 'All of these must hold.' }),
      or: t.field({ type: [filter], required: false, description: 'At least one of these must hold.' }),
    }),
  });

  const orderField = builder.enumType(`${typeName}OrderField`, {
    description: `Fields ${typeName} lists can be sorted by.`,
    values: Object.fromEntries(fields.map((f) => [upperSnake(f.name), { value: f.linode }])),
  });
  const order = builder.inputRef<ListOrder>(`${typeName}Order`).implement({
    description: `Sort order for ${typeName} lists.`,
    fields: (t) => ({
      field: t.field({ type: orderField, required: true }),
      direction: t.field({ type: OrderDirection, required: true, defaultValue: 'ASC' }),
    }),
  });
  return { fields, filter, order };
}
