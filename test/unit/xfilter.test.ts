import { describe, expect, it } from 'vitest';
import { compileXFilter, FilterError, serializeXFilter, type FilterField } from '../../src/rest/xfilter.js';

const fields: FilterField[] = [
  { name: 'id', linode: 'id', type: 'integer' },
  { name: 'label', linode: 'label', type: 'string' },
  { name: 'tags', linode: 'tags', type: 'string', list: true },
  { name: 'vcpus', linode: 'vcpus', type: 'integer' },
  { name: 'price', linode: 'price', type: 'number' },
  { name: 'watchdogEnabled', linode: 'watchdog_enabled', type: 'boolean' },
  { name: 'created', linode: 'created', type: 'datetime' },
  { name: 'entityId', linode: 'entity.id', type: 'integer' },
];

const compile = (filter: Record<string, unknown> | null | undefined, orderBy?: Parameters<typeof compileXFilter>[2]) =>
  compileXFilter(filter, fields, orderBy);

describe('compileXFilter operators', () => {
  it.each([
    [{ label: { eq: 'web' } }, { label: 'web' }],
    [{ label: { neq: 'web' } }, { label: { '+neq': 'web' } }],
    [{ label: { contains: 'we' } }, { label: { '+contains': 'we' } }],
    [{ vcpus: { gt: 2 } }, { vcpus: { '+gt': 2 } }],
    [{ vcpus: { gte: 2 } }, { vcpus: { '+gte': 2 } }],
    [{ vcpus: { lt: 2 } }, { vcpus: { '+lt': 2 } }],
    [{ vcpus: { lte: 2 } }, { vcpus: { '+lte': 2 } }],
    [{ price: { gte: 0.5 } }, { price: { '+gte': 0.5 } }],
    [{ watchdogEnabled: { eq: false } }, { watchdog_enabled: false }],
    [{ tags: { eq: 'prod' } }, { tags: 'prod' }],
    [{ entityId: { eq: 7 } }, { 'entity.id': 7 }],
  ])('%j => %j', (filter, expected) => {
    expect(compile(filter)).toEqual(expected);
  });

  it('in becomes +or of equalities; one element is a plain equality', () => {
    expect(compile({ label: { in: ['a', 'b'] } })).toEqual({ '+or': [{ label: 'a' }, { label: 'b' }] });
    expect(compile({ id: { in: [5] } })).toEqual({ id: 5 });
  });

  it('several conditions are ANDed, never merged into one object per key', () => {
    expect(compile({ vcpus: { gte: 2, lte: 8 }, label: { eq: 'x' } })).toEqual({
      '+and': [{ vcpus: { '+gte': 2 } }, { vcpus: { '+lte': 8 } }, { label: 'x' }],
    });
  });

  it('null operators and fields are absent', () => {
    expect(compile({ label: { eq: null, neq: 'x' }, vcpus: null })).toEqual({ label: { '+neq': 'x' } });
    expect(compile({ label: { eq: null } })).toBeUndefined();
  });

  it('accepts graphql-js input objects (null prototype)', () => {
    const operators = Object.assign(Object.create(null) as Record<string, unknown>, { eq: 'web' });
    const filter = Object.assign(Object.create(null) as Record<string, unknown>, { label: operators });
    expect(compile(filter)).toEqual({ label: 'web' });
  });

  it('no filter and no order is undefined', () => {
    expect(compile(undefined)).toBeUndefined();
    expect(compile(null, null)).toBeUndefined();
    expect(compile({})).toBeUndefined();
  });
});

describe('compileXFilter and/or', () => {
  it('or compiles to +or of the members', () => {
    expect(compile({ or: [{ label: { eq: 'a' } }, { vcpus: { gt: 4 } }] })).toEqual({
      '+or': [{ label: 'a' }, { vcpus: { '+gt': 4 } }],
    });
  });

  it('and joins the conditions of its level', () => {
    expect(compile({ label: { eq: 'a' }, and: [{ vcpus: { gt: 1 } }, { vcpus: { lt: 9 } }] })).toEqual({
      '+and': [{ label: 'a' }, { vcpus: { '+gt': 1 } }, { vcpus: { '+lt': 9 } }],
    });
    expect(compile({ and: [{ label: { eq: 'a' } }] })).toEqual({ label: 'a' });
  });

  it('nests recursively', () => {
    const filter = {
      or: [{ label: { in: ['standard', 'highmem'] } }, { and: [{ vcpus: { gte: 12 } }, { vcpus: { lte: 20 } }] }],
    };
    expect(compile(filter)).toEqual({
      '+or': [{ '+or': [{ label: 'standard' }, { label: 'highmem' }] }, { '+and': [{ vcpus: { '+gte': 12 } }, { vcpus: { '+lte': 20 } }] }],
    });
  });

  it('an empty member holds for everything: dropped from and, makes or hold for everything', () => {
    expect(compile({ and: [{}, { label: { eq: 'a' } }] })).toEqual({ label: 'a' });
    expect(compile({ or: [{}, { label: { eq: 'a' } }], vcpus: { eq: 1 } })).toEqual({ vcpus: 1 });
    expect(compile({ and: [] })).toBeUndefined();
  });

  it('allows 10 levels and rejects 11', () => {
    const nest = (levels: number): Record<string, unknown> => (levels === 1 ? { label: { eq: 'x' } } : { and: [nest(levels - 1)] });
    expect(compile(nest(10))).toEqual({ label: 'x' });
    expect(() => compile(nest(11))).toThrow(FilterError);
    expect(() => compile(nest(11))).toThrow(/deeper than 10/);
  });
});

describe('compileXFilter orderBy', () => {
  it('puts +order_by and +order at the top level', () => {
    expect(compile(undefined, { field: 'label', direction: 'ASC' })).toEqual({ '+order_by': 'label', '+order': 'asc' });
    expect(compile({ label: { eq: 'a' } }, { field: 'created', direction: 'DESC' })).toEqual({
      label: 'a',
      '+order_by': 'created',
      '+order': 'desc',
    });
  });

  it('stays beside +and, never inside it', () => {
    const compiled = compile({ vcpus: { gt: 1, lt: 9 } }, { field: 'vcpus', direction: 'ASC' });
    expect(compiled).toEqual({
      '+and': [{ vcpus: { '+gt': 1 } }, { vcpus: { '+lt': 9 } }],
      '+order_by': 'vcpus',
      '+order': 'asc',
    });
  });

  it('orders by dotted Linode keys', () => {
    expect(compile(null, { field: 'entity.id', direction: 'DESC' })).toEqual({ '+order_by': 'entity.id', '+order': 'desc' });
  });

  it.each([
    [{ field: 'nope', direction: 'ASC' }, /orderBy\.field/],
    [{ field: 'watchdogEnabled', direction: 'ASC' }, /orderBy\.field/], // GraphQL name, not the Linode key
    [{ field: 'label', direction: 'UP' }, /orderBy\.direction/],
  ])('rejects %j', (orderBy, message) => {
    expect(() => compile(null, orderBy as never)).toThrow(FilterError);
    expect(() => compile(null, orderBy as never)).toThrow(message);
  });
});

describe('compileXFilter value typing', () => {
  it('sends integers as numbers, converting numeric strings', () => {
    expect(compile({ id: { eq: '123' } })).toEqual({ id: 123 });
    expect(compile({ id: { in: ['1', 2] } })).toEqual({ '+or': [{ id: 1 }, { id: 2 }] });
    expect(compile({ entityId: { neq: '-4' } })).toEqual({ 'entity.id': { '+neq': -4 } });
    expect(compile({ price: { lt: '2.5' } })).toEqual({ price: { '+lt': 2.5 } });
  });

  it('sends datetimes in Linode zone-less UTC', () => {
    expect(compile({ created: { gt: '2024-01-31T12:00:00Z' } })).toEqual({ created: { '+gt': '2024-01-31T12:00:00' } });
    expect(compile({ created: { eq: '2024-01-31T14:30:00+02:30' } })).toEqual({ created: '2024-01-31T12:00:00' });
    expect(compile({ created: { lte: '2024-01-31T23:00:00-05:00' } })).toEqual({ created: { '+lte': '2024-02-01T04:00:00' } });
    expect(compile({ created: { eq: '2024-01-31T12:00:00.000Z' } })).toEqual({ created: '2024-01-31T12:00:00' });
    expect(compile({ created: { eq: '2018-01-01T00:01:01' } })).toEqual({ created: '2018-01-01T00:01:01' });
    expect(compile({ created: { eq: new Date('2020-05-05T05:05:05Z') } })).toEqual({ created: '2020-05-05T05:05:05' });
  });

  it('rounds fractional seconds so comparisons keep their meaning', () => {
    const t = '2024-01-01T00:00:10.5Z';
    expect(compile({ created: { gt: t } })).toEqual({ created: { '+gt': '2024-01-01T00:00:10' } });
    expect(compile({ created: { gte: t } })).toEqual({ created: { '+gte': '2024-01-01T00:00:11' } });
    expect(compile({ created: { lt: t } })).toEqual({ created: { '+lt': '2024-01-01T00:00:11' } });
    expect(compile({ created: { lte: t } })).toEqual({ created: { '+lte': '2024-01-01T00:00:10' } });
    expect(() => compile({ created: { eq: t } })).toThrow(/whole seconds/);
  });

  it('serializes to JSON', () => {
    const compiled = compile({ label: { eq: 'a"b' } }, { field: 'label', direction: 'ASC' });
    expect(JSON.parse(serializeXFilter(compiled!))).toEqual(compiled);
    expect(serializeXFilter({ vcpus: { '+gte': 2 } })).toBe('{"vcpus":{"+gte":2}}');
  });
});

describe('compileXFilter errors', () => {
  it.each([
    ['unknown field', { nope: { eq: 1 } }, /^filter\.nope: unknown filter field$/],
    ['unknown field in nested or', { or: [{ label: { eq: 'a' } }, { bogus: { eq: 1 } }] }, /or\[1\]\.bogus: unknown filter field/],
    ['Linode key used as field name', { watchdog_enabled: { eq: true } }, /watchdog_enabled: unknown/],
    ['unknown operator', { label: { like: 'a' } }, /label\.like: unknown operator/],
    ['operator not for the type (string gt)', { label: { gt: 'a' } }, /label\.gt: unknown operator/],
    ['operator not for the type (boolean neq)', { watchdogEnabled: { neq: true } }, /watchdogEnabled\.neq/],
    ['operator not for the type (datetime in)', { created: { in: ['2024-01-01T00:00:00Z'] } }, /created\.in/],
    ['operator not for the type (integer contains)', { vcpus: { contains: 1 } }, /vcpus\.contains/],
    ['empty in', { label: { in: [] } }, /label\.in: the list is empty/],
    ['in not a list', { label: { in: 'a' } }, /label\.in: expected a list/],
    ['null inside in', { label: { in: ['a', null] } }, /label\.in\[1\]: a value is required/],
    ['empty or', { or: [] }, /or: the list is empty/],
    ['or not a list', { or: { label: { eq: 'a' } } }, /or: expected a list/],
    ['and member not an object', { and: ['x'] }, /and\[0\]: expected a filter object/],
    ['operators not an object', { label: 'web' }, /label: expected an object of operators/],
    ['string for a string field expected', { label: { eq: 5 } }, /label\.eq: expected a string/],
    ['non-numeric integer', { id: { eq: 'abc' } }, /id\.eq: expected an integer/],
    ['fractional integer', { vcpus: { eq: 1.5 } }, /vcpus\.eq: expected an integer/],
    ['unsafe integer', { id: { eq: '99999999999999999' } }, /id\.eq: expected an integer/],
    ['non-finite number', { price: { gt: Number.POSITIVE_INFINITY } }, /price\.gt: expected a number/],
    ['boolean as string', { watchdogEnabled: { eq: 'true' } }, /watchdogEnabled\.eq: expected a boolean/],
    ['date only', { created: { gt: '2024-01-01' } }, /created\.gt: expected an RFC 3339/],
    ['impossible date', { created: { gt: '2024-02-30T00:00:00Z' } }, /created\.gt: expected an RFC 3339/],
    ['not a date', { created: { gt: 'yesterday' } }, /created\.gt/],
    ['filter not an object', [] as unknown as Record<string, unknown>, /^filter: expected a filter object/],
  ])('%s', (_name, filter, message) => {
    expect(() => compile(filter)).toThrow(FilterError);
    expect(() => compile(filter)).toThrow(message);
  });
});

describe('serializeXFilter for a header', () => {
  it('escapes everything outside printable ASCII and still parses back to the same filter', () => {
    const filter = { label: { '+contains': 'café 💥\n' } };
    const header = serializeXFilter(filter);
    expect(header).toMatch(/^[\x20-\x7e]*$/);
    expect(JSON.parse(header)).toEqual(filter);
  });
});
