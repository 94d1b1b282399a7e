// The one X-Filter evaluator (src/xfilter.ts): Linode's meaning over JSON items, with or without
// the caller's knowledge of the fields. Pure.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyXFilter,
  compileXFilter,
  matchesXFilter,
  parseInstant,
  XFilterError,
  type FieldShapes,
  type XFilter,
} from '../src/xfilter.js';

interface Item {
  id: number;
  [key: string]: unknown;
}

const items: Item[] = [
  { id: 1, label: 'web-1', memory: 4096, tags: ['prod', 'web'], created: '2025-04-01T00:00:00', entity: { type: 'linode', id: 7 } },
  { id: 2, label: 'Web-2', memory: 8192, tags: [], created: '2025-04-02T12:00:00', entity: { type: 'volume', id: 8 }, note: null },
  { id: 3, label: 'db', memory: 16384, tags: ['prod'], created: '2025-03-31T23:00:00', entity: { type: 'linode', id: 9 }, note: 'x' },
  { id: 4, label: 'cache', memory: 2048, tags: ['team-a'], created: '2025-04-01T00:00:00', entity: null },
];
const ids = (filter: XFilter, shapes?: FieldShapes, from: Item[] = items) => applyXFilter(from, filter, shapes).map((i) => i.id);

describe('conditions', () => {
  it.each<[string, XFilter, number[]]>([
    ['a value is equality', { label: 'db' }, [3]],
    ['top-level keys all hold', { 'entity.type': 'linode', memory: { '+gt': 4096 } }, [3]],
    ['operators on one key all hold', { memory: { '+gte': 4096, '+lte': 8192 } }, [1, 2]],
    ['+and: all hold', { '+and': [{ tags: 'prod' }, { memory: { '+lt': 8192 } }] }, [1]],
    ['+or: one holds', { '+or': [{ label: 'db' }, { 'entity.type': 'volume' }] }, [2, 3]],
    ['nested +or inside +and', { '+and': [{ tags: 'prod' }, { '+or': [{ label: 'db' }, { memory: 4096 }] }] }, [1, 3]],
    ['an empty +and holds', { '+and': [] }, [1, 2, 3, 4]],
    ['an empty +or does not', { '+or': [] }, []],
    ['dotted keys reach nested fields (a null parent: no value)', { 'entity.id': { '+gte': 8 } }, [2, 3]],
    ['+contains: a case-blind substring', { label: { '+contains': 'WEB' } }, [1, 2]],
    ['+neq', { label: { '+neq': 'db' } }, [1, 2, 4]],
    ['+gt, +gte, +lt, +lte on numbers', { '+or': [{ memory: { '+gt': 8192 } }, { memory: { '+lte': 2048 } }] }, [3, 4]],
  ])('%s', (_name, filter, expected) => expect(ids(filter)).toEqual(expected));
});

describe('list fields', () => {
  it('a value matches one of the items; +contains one of them', () => {
    expect(ids({ tags: 'prod' })).toEqual([1, 3]);
    expect(ids({ tags: { '+contains': 'TEAM' } })).toEqual([4]);
  });

  it('+neq: none of the items equals (an empty list included)', () => {
    expect(ids({ tags: { '+neq': 'prod' } })).toEqual([2, 4]);
  });

  it('each operator reads the items on its own', () => {
    // Some item contains "e" and no item equals "prod".
    expect(ids({ tags: { '+contains': 'e', '+neq': 'prod' } })).toEqual([4]);
  });

  it('a known list field without a list has no items', () => {
    const shapes: FieldShapes = (path) => (path === 'note' ? { kind: 'string', list: true } : undefined);
    expect(ids({ note: 'x' }, shapes)).toEqual([]);
    expect(ids({ note: { '+neq': 'x' } }, shapes)).toEqual([1, 2, 3, 4]);
  });
});

describe('null and absent keys', () => {
  it('an absent key counts as null: equal to null, unequal to any value', () => {
    expect(ids({ note: null })).toEqual([1, 2, 4]);
    expect(ids({ note: { '+neq': 'x' } })).toEqual([1, 2, 4]);
    expect(ids({ note: { '+neq': null } })).toEqual([3]);
  });

  it('nulls, absent keys and other JSON types fail comparisons', () => {
    const mixed: Item[] = [{ id: 1, size: null }, { id: 2 }, { id: 3, size: '5' }, { id: 4, size: true }, { id: 5, size: 5 }];
    expect(ids({ size: { '+gt': -1 } }, undefined, mixed)).toEqual([5]);
    expect(ids({ size: { '+lte': 5 } }, undefined, mixed)).toEqual([5]);
  });
});

describe('dates', () => {
  it('compare as instants, whatever the zone of the operand', () => {
    for (const since of ['2025-04-01T00:00:00', '2025-04-01T00:00:00Z', '2025-04-01T02:00:00+02:00', '2025-04-01'])
      expect(ids({ created: { '+gte': since } })).toEqual([1, 2, 4]);
    expect(ids({ created: '2025-04-01T01:00:00+01:00' })).toEqual([1, 4]);
  });

  it('a field known as a plain string compares exactly, by code unit', () => {
    const shapes: FieldShapes = () => ({ kind: 'string', list: false });
    expect(ids({ created: '2025-04-01T01:00:00+01:00' }, shapes)).toEqual([]);
    expect(ids({ label: { '+gt': 'cache' } }, shapes)).toEqual([1, 3]);
  });

  it('parseInstant: Linode timestamps are UTC; anything else is NaN', () => {
    expect(parseInstant('2025-04-01T00:00:00')).toBe(Date.UTC(2025, 3, 1));
    expect(parseInstant('2025-04-01')).toBe(Date.UTC(2025, 3, 1));
    expect(parseInstant('yesterday')).toBeNaN();
  });
});

describe('ordering', () => {
  it('+order_by ascending by default, +order desc; ties keep the incoming order', () => {
    expect(ids({ '+order_by': 'memory' })).toEqual([4, 1, 2, 3]);
    expect(ids({ '+order_by': 'created', '+order': 'desc' })).toEqual([2, 1, 4, 3]);
    expect(ids({ '+order_by': 'created' })).toEqual([3, 1, 4, 2]);
  });

  it('nulls and absent keys first, then by JSON type; strings by code unit', () => {
    expect(ids({ '+order_by': 'note' })).toEqual([1, 2, 4, 3]);
    expect(ids({ '+order_by': 'label' })).toEqual([2, 4, 3, 1]);
    const mixed: Item[] = [{ id: 1, v: 'b' }, { id: 2, v: 3 }, { id: 3 }, { id: 4, v: 'a' }, { id: 5, v: null }];
    expect(ids({ '+order_by': 'v' }, undefined, mixed)).toEqual([3, 5, 2, 4, 1]);
    expect(ids({ '+order_by': 'v', '+order': 'desc' }, undefined, mixed)).toEqual([1, 4, 2, 3, 5]);
  });

  it('dates order as instants, whatever their zone', () => {
    const zoned: Item[] = [
      { id: 1, at: '2025-04-01T01:30:00+02:00' },
      { id: 2, at: '2025-04-01T00:00:00' },
      { id: 3, at: '2025-03-31T23:45:00Z' },
    ];
    expect(ids({ '+order_by': 'at' }, undefined, zoned)).toEqual([1, 3, 2]);
  });

  it('ordering is no condition, at any level', () => {
    expect(ids({ '+or': [{ label: 'db', '+order_by': 'id' }] })).toEqual([3]);
    expect(items.filter((i) => matchesXFilter(i, { '+order_by': 'label', '+order': 'desc' }))).toHaveLength(4);
  });
});

describe('filters without a meaning', () => {
  it.each<[XFilter, RegExp]>([
    [{ memory: { '+between': [1, 2] } }, /Unknown operator \+between/],
    [{ '+not': { memory: 1 } }, /Unknown operator \+not/],
    [{ '+and': { memory: 1 } }, /\+and must be an array/],
    [{ '+or': [1] }, /\+or must be an array/],
    [{ tags: ['prod'] }, /Invalid value for tags/],
    [{ label: {} }, /No operator given for label/],
    [{ label: { '+contains': 5 } }, /\+contains requires a string/],
    [{ '+order_by': 3 }, /\+order_by must be a field name/],
    [{ '+order_by': 'id', '+order': 'down' }, /\+order must be/],
  ])('%j', (filter, message) => {
    expect(() => compileXFilter(filter)).toThrow(XFilterError);
    expect(() => compileXFilter(filter)).toThrow(message);
  });
});

describe('laws', () => {
  const leaf = fc.oneof(
    fc.record({ memory: fc.oneof(fc.constantFrom(2048, 4096, 8192), fc.record({ '+gt': fc.constantFrom(0, 4096, 9000) })) }),
    fc.record({ tags: fc.constantFrom('prod', 'web', 'team-a') }),
    fc.record({ label: fc.record({ '+contains': fc.constantFrom('web', 'b', 'E') }) }),
  );
  const pair = fc.tuple(leaf, leaf);

  it('+and keeps the items both keep, +or those either keeps, in the given order', () => {
    fc.assert(
      fc.property(pair, ([a, b]) => {
        const inA = (i: Item) => matchesXFilter(i, a);
        const inB = (i: Item) => matchesXFilter(i, b);
        expect(ids({ '+and': [a, b] })).toEqual(items.filter((i) => inA(i) && inB(i)).map((i) => i.id));
        expect(ids({ '+or': [a, b] })).toEqual(items.filter((i) => inA(i) || inB(i)).map((i) => i.id));
      }),
      { seed: 9, numRuns: 100 },
    );
  });

  it('with distinct keys, descending is ascending reversed', () => {
    expect(ids({ '+order_by': 'memory', '+order': 'desc' })).toEqual([...ids({ '+order_by': 'memory' })].reverse());
  });
});
