import assert from 'node:assert/strict';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileXFilter, FilterError, MAX_FILTER_DEPTH, type FilterField, type FilterJsonType } from '../../src/rest/xfilter.js';

const TYPES: FilterJsonType[] = ['string', 'integer', 'number', 'boolean', 'datetime'];
const OPERATORS_BY_TYPE: Record<FilterJsonType, string[]> = {
  string: ['eq', 'neq', 'contains', 'in'],
  integer: ['eq', 'neq', 'gt', 'gte', 'lt', 'lte', 'in'],
  number: ['eq', 'neq', 'gt', 'gte', 'lt', 'lte', 'in'],
  boolean: ['eq'],
  datetime: ['eq', 'neq', 'gt', 'gte', 'lt', 'lte'],
};
const LINODE_OPERATORS = ['+neq', '+contains', '+gt', '+gte', '+lt', '+lte'];
const BASE_TIME = Date.UTC(2024, 0, 31, 12, 0, 0);

const fieldListArb: fc.Arbitrary<FilterField[]> = fc.uniqueArray(
  fc.record({
    name: fc.stringMatching(/^[a-z][a-zA-Z0-9]{0,8}$/).filter((n) => n !== 'and' && n !== 'or'),
    linode: fc.stringMatching(/^[a-z][a-z0-9_]{0,8}(\.[a-z][a-z0-9_]{0,5})?$/),
    type: fc.constantFrom(...TYPES),
    list: fc.boolean(),
  }),
  { minLength: 1, maxLength: 6, selector: (f) => f.name },
);

/** Whole-second timestamps near BASE_TIME, written with a Z, an offset or no zone at all. */
const timestampArb = (fraction: boolean) =>
  fc
    .record({
      seconds: fc.integer({ min: 0, max: 4 }),
      half: fraction ? fc.boolean() : fc.constant(false),
      zoneMinutes: fc.constantFrom(0, 60, -150, undefined),
    })
    .map(({ seconds, half, zoneMinutes }) => {
      const millis = BASE_TIME + seconds * 1000 + (half ? 500 : 0);
      if (zoneMinutes === undefined) return new Date(millis).toISOString().replace('Z', '').replace('.000', '');
      if (zoneMinutes === 0) return new Date(millis).toISOString();
      const local = new Date(millis + zoneMinutes * 60_000).toISOString().replace('Z', '');
      const sign = zoneMinutes < 0 ? '-' : '+';
      const abs = Math.abs(zoneMinutes);
      return `${local}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
    });

function valueArb(type: FilterJsonType, operator: string): fc.Arbitrary<unknown> {
  switch (type) {
    case 'string':
      return fc.constantFrom('', 'a', 'b', 'ab', 'web');
    case 'integer':
      return fc.integer({ min: -3, max: 3 }).chain((n) => fc.constantFrom<unknown>(n, String(n)));
    case 'number':
      return fc.constantFrom(-1.5, 0, 0.5, 2);
    case 'boolean':
      return fc.boolean();
    case 'datetime':
      return timestampArb(operator !== 'eq' && operator !== 'neq');
  }
}

function operatorsArb(field: FilterField): fc.Arbitrary<Record<string, unknown>> {
  const ops = OPERATORS_BY_TYPE[field.type];
  const entries = ops.map((op) => {
    const value = op === 'in' ? fc.array(valueArb(field.type, op), { minLength: 1, maxLength: 3 }) : valueArb(field.type, op);
    return [op, fc.option(value, { nil: null, freq: 2 })] as const;
  });
  return fc.record(Object.fromEntries(entries), { requiredKeys: [] });
}

function filterArb(fields: FilterField[], depth: number): fc.Arbitrary<Record<string, unknown>> {
  const fieldEntries = Object.fromEntries(fields.map((f) => [f.name, operatorsArb(f)]));
  if (depth <= 1) return fc.record(fieldEntries, { requiredKeys: [] });
  const member = filterArb(fields, depth - 1);
  return fc.record(
    { ...fieldEntries, and: fc.array(member, { maxLength: 2 }), or: fc.array(member, { minLength: 1, maxLength: 2 }) },
    { requiredKeys: [] },
  );
}

const orderArb = (fields: FilterField[]) =>
  fc.option(
    fc.record({ field: fc.constantFrom(...fields.map((f) => f.linode)), direction: fc.constantFrom<'ASC' | 'DESC'>('ASC', 'DESC') }),
    {
      nil: undefined,
    },
  );

const caseArb = fieldListArb.chain((fields) =>
  fc.record({ fields: fc.constant(fields), filter: filterArb(fields, 3), orderBy: orderArb(fields) }),
);

function isJsonType(type: FilterJsonType, value: unknown): boolean {
  switch (type) {
    case 'string':
      return typeof value === 'string';
    case 'integer':
      return Number.isSafeInteger(value);
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'boolean':
      return typeof value === 'boolean';
    case 'datetime':
      return typeof value === 'string' && /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d$/.test(value);
  }
}

/** Throws unless `node` uses only Linode's operators, the fields' keys and their JSON types. */
function checkShape(node: unknown, fields: FilterField[], top: boolean): void {
  assert.ok(typeof node === 'object' && node !== null && !Array.isArray(node), 'condition is an object');
  for (const [key, value] of Object.entries(node as Record<string, unknown>)) {
    if (key === '+order_by' || key === '+order') {
      assert.ok(top, `${key} only at the top level`);
      if (key === '+order') assert.ok(value === 'asc' || value === 'desc');
      else
        assert.ok(
          fields.some((f) => f.linode === value),
          '+order_by names a field',
        );
    } else if (key === '+and' || key === '+or') {
      assert.ok(Array.isArray(value) && value.length >= 2, `${key} has at least two members`);
      for (const member of value as unknown[]) checkShape(member, fields, false);
    } else {
      const candidates = fields.filter((f) => f.linode === key);
      assert.ok(candidates.length > 0, `${key} is a field's Linode key`);
      const typeOk = (v: unknown) => candidates.some((f) => isJsonType(f.type, v));
      if (typeof value === 'object' && value !== null) {
        const entries = Object.entries(value);
        assert.equal(entries.length, 1, 'one operator per condition');
        assert.ok(LINODE_OPERATORS.includes(entries[0][0]), `${entries[0][0]} is a Linode operator`);
        assert.ok(typeOk(entries[0][1]), `${key} value has the field's JSON type`);
      } else {
        assert.ok(typeOk(value), `${key} value has the field's JSON type`);
      }
    }
  }
  if (top && '+order' in node) assert.ok('+order_by' in node, '+order comes with +order_by');
}

describe('compileXFilter properties (valid input)', () => {
  it('uses only allowed operators and keys, typed values, +order_by only at the top level', () => {
    fc.assert(
      fc.property(caseArb, ({ fields, filter, orderBy }) => {
        const compiled = compileXFilter(filter, fields, orderBy);
        if (compiled === undefined) {
          expect(orderBy).toBeUndefined();
          return;
        }
        expect(JSON.parse(JSON.stringify(compiled))).toEqual(compiled);
        checkShape(compiled, fields, true);
        if (orderBy) expect(compiled['+order_by']).toBe(orderBy.field);
      }),
      { numRuns: 300 },
    );
  });
});

// Semantics: the compiled X-Filter must select exactly the records the GraphQL filter describes.
type Row = Record<string, unknown>;

const toMillis = (value: unknown, type: FilterJsonType): number | string | boolean => {
  if (type === 'datetime') {
    const text = String(value);
    return Date.parse(/(Z|[+-]\d\d:\d\d)$/.test(text) ? text : `${text}Z`);
  }
  if (type === 'integer' || type === 'number') return Number(value);
  return value as string | boolean;
};

function compare(op: string, actual: number | string | boolean, expected: number | string | boolean): boolean {
  switch (op) {
    case 'eq':
      return actual === expected;
    case 'neq':
      return actual !== expected;
    case 'contains':
      return String(actual).includes(String(expected));
    case 'gt':
      return actual > expected;
    case 'gte':
      return actual >= expected;
    case 'lt':
      return actual < expected;
    case 'lte':
      return actual <= expected;
  }
  throw new Error(`unexpected operator ${op}`);
}

/** Element values of a row's field (list fields hold when any element does). */
const valuesOf = (row: Row, field: FilterField): unknown[] => (field.list ? (row[field.linode] as unknown[]) : [row[field.linode]]);

function matchesGraphql(filter: Row, row: Row, fields: FilterField[]): boolean {
  return Object.entries(filter).every(([key, input]) => {
    if (input === null || input === undefined) return true;
    if (key === 'and') return (input as Row[]).every((f) => matchesGraphql(f, row, fields));
    if (key === 'or') return (input as Row[]).some((f) => matchesGraphql(f, row, fields));
    const field = fields.find((f) => f.name === key)!;
    return Object.entries(input as Row).every(([op, expected]) => {
      if (expected === null || expected === undefined) return true;
      const actual = valuesOf(row, field).map((v) => toMillis(v, field.type));
      if (op === 'in') return (expected as unknown[]).some((e) => actual.some((a) => a === toMillis(e, field.type)));
      return actual.some((a) => compare(op, a, toMillis(expected, field.type)));
    });
  });
}

function matchesXFilter(filter: Row, row: Row, fields: FilterField[]): boolean {
  return Object.entries(filter).every(([key, condition]) => {
    if (key === '+order_by' || key === '+order') return true;
    if (key === '+and') return (condition as Row[]).every((f) => matchesXFilter(f, row, fields));
    if (key === '+or') return (condition as Row[]).some((f) => matchesXFilter(f, row, fields));
    const field = fields.find((f) => f.linode === key)!;
    const [op, expected] = typeof condition === 'object' && condition !== null ? Object.entries(condition)[0] : ['+eq', condition];
    const actual = valuesOf(row, field).map((v) => toMillis(v, field.type));
    return actual.some((a) => compare(op.slice(1), a, toMillis(expected, field.type)));
  });
}

function rowArb(fields: FilterField[]): fc.Arbitrary<Row> {
  const linodeValue = (type: FilterJsonType): fc.Arbitrary<unknown> => {
    switch (type) {
      case 'datetime':
        return fc.integer({ min: 0, max: 4 }).map((s) => new Date(BASE_TIME + s * 1000).toISOString().slice(0, 19));
      case 'integer':
        return fc.integer({ min: -3, max: 3 });
      default:
        return valueArb(type, 'eq');
    }
  };
  const byKey = new Map(fields.map((f) => [f.linode, f]));
  return fc.record(
    Object.fromEntries(
      [...byKey.values()].map((f) => [f.linode, f.list ? fc.array(linodeValue(f.type), { maxLength: 3 }) : linodeValue(f.type)]),
    ),
  );
}

describe('compileXFilter properties (meaning)', () => {
  // Two fields sharing a Linode key would need one row value of two types; keep keys unique here.
  const uniqueKeys = fieldListArb.map((fields) => fields.filter((f, i) => fields.findIndex((g) => g.linode === f.linode) === i));

  it('selects the same rows as the GraphQL filter', () => {
    const arb = uniqueKeys.chain((fields) =>
      fc.record({
        fields: fc.constant(fields),
        filter: filterArb(fields, 3),
        rows: fc.array(rowArb(fields), { minLength: 1, maxLength: 8 }),
      }),
    );
    fc.assert(
      fc.property(arb, ({ fields, filter, rows }) => {
        const compiled = compileXFilter(filter, fields) ?? {};
        for (const row of rows) expect(matchesXFilter(compiled, row, fields)).toBe(matchesGraphql(filter, row, fields));
      }),
      { numRuns: 300 },
    );
  });
});

describe('compileXFilter properties (invalid input)', () => {
  type Corruption = (fields: FilterField[]) => fc.Arbitrary<Record<string, unknown>>;
  const someField = (fields: FilterField[]) => fc.constantFrom(...fields);
  const wrongValue = (type: FilterJsonType): fc.Arbitrary<unknown> => {
    const candidates: fc.Arbitrary<unknown>[] = [fc.constant({}), fc.constant([1]), fc.constant(Number.NaN)];
    if (type !== 'string' && type !== 'datetime') candidates.push(fc.constant('not-a-value'));
    if (type !== 'boolean') candidates.push(fc.boolean());
    if (type === 'string' || type === 'datetime' || type === 'boolean') candidates.push(fc.integer());
    return fc.oneof(...candidates);
  };
  const corruptions: Corruption[] = [
    () => fc.constant({ zzUnknownField: { eq: 'x' } }),
    (fields) => someField(fields).map((f) => ({ [f.name]: { bogusOperator: 1 } })),
    (fields) =>
      someField(fields).chain((f) =>
        fc
          .constantFrom(
            ...['eq', 'neq', 'contains', 'gt', 'gte', 'lt', 'lte', 'in'].filter((op) => !OPERATORS_BY_TYPE[f.type].includes(op)),
          )
          .map((op) => ({ [f.name]: { [op]: 'x' } })),
      ),
    // Fields without `in` get it anyway: an unknown operator, also an error.
    (fields) => someField(fields).map((f) => ({ [f.name]: { in: [] } })),
    (fields) => someField(fields).chain((f) => wrongValue(f.type).map((v) => ({ [f.name]: { eq: v } }))),
    (fields) => someField(fields).map((f) => ({ [f.name]: 'bare value' })),
    () => fc.constant({ or: [] }),
    () => fc.constantFrom<unknown>('x', 1, {}).map((v) => ({ and: v })),
    (fields) =>
      fc.integer({ min: MAX_FILTER_DEPTH + 1, max: MAX_FILTER_DEPTH + 5 }).map((levels) => {
        let node: Record<string, unknown> = { [fields[0].name]: {} };
        for (let i = 1; i < levels; i += 1)
          node = fc.sample(fc.constantFrom('and', 'or'), 1)[0] === 'and' ? { and: [node] } : { or: [node] };
        return node;
      }),
  ];

  /** Puts `bad` somewhere inside `valid`: beside it, or as a member of an and/or. */
  const embed = (valid: Record<string, unknown>, bad: Record<string, unknown>, where: number): Record<string, unknown> => {
    if (where === 0) return { ...valid, ...bad };
    if (where === 1) return { ...valid, and: [valid, bad] };
    return { or: [valid, bad] };
  };

  it('throw FilterError, wherever the mistake sits', () => {
    const arb = fieldListArb.chain((fields) =>
      fc.record({
        fields: fc.constant(fields),
        valid: filterArb(fields, 2),
        bad: fc.constantFrom(...corruptions).chain((corrupt) => corrupt(fields)),
        where: fc.integer({ min: 0, max: 2 }),
      }),
    );
    fc.assert(
      fc.property(arb, ({ fields, valid, bad, where }) => {
        // An and/or member nested once more may push a deep corruption over the limit: still an error.
        expect(() => compileXFilter(embed(valid, bad, where), fields)).toThrow(FilterError);
      }),
      { numRuns: 300 },
    );
  });

  it('arbitrary input compiles or throws FilterError, nothing else', () => {
    fc.assert(
      fc.property(fieldListArb, fc.anything(), fc.anything(), (fields, filter, orderBy) => {
        try {
          compileXFilter(filter as Record<string, unknown>, fields, orderBy as never);
        } catch (error) {
          expect(error).toBeInstanceOf(FilterError);
        }
      }),
      { numRuns: 500 },
    );
  });
});
