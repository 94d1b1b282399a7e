// X-Filter: every operator, nesting, array and dotted fields, ordering, and each error case.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from '../src/index.js';
import { linodeTime } from '../src/time.js';
import { applyFilter, compileFilter } from '../src/xfilter.js';
import type { FieldFact } from 'linode-facts/spec';
import { call, filterError, manualClock, type LooseJson, seeded } from './helpers.js';

const clock = manualClock(Date.UTC(2025, 5, 1));
let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator({ port: 0, rateLimits: false, now: clock.now });
});
afterAll(() => emulator.close());

async function listIds(path: string, filter: unknown): Promise<Array<number | string>> {
  const { status, body } = await call(emulator, path, { filter, query: { page_size: 500 } });
  expect(status, JSON.stringify(body)).toBe(200);
  return body.data.map((i: LooseJson) => i.id);
}
const idsOf = (items: LooseJson[]) => items.map((i) => i.id);
const store = () => emulator.store;
/** The events GET /account/events lists: the last 90 days. */
const recentEvents = () => store().events.filter((e) => e.created >= linodeTime(clock.now() - 90 * 86_400_000));

describe('operators', () => {
  it('a plain value is equality, for strings, numbers, booleans and null', async () => {
    expect(await listIds('/linode/instances', { region: 'us-east' })).toEqual(
      idsOf(store().instances.filter((i) => i.region === 'us-east')),
    );
    expect(await listIds('/linode/types', { vcpus: 2 })).toEqual(idsOf(store().types.filter((t) => t.vcpus === 2)));
    expect(await listIds('/images', { is_public: false })).toEqual(idsOf(store().images.filter((i) => !i.is_public)));
    const imageless = store().instances.filter((i) => i.image === null);
    expect(imageless.length).toBeGreaterThan(0);
    expect(await listIds('/linode/instances', { image: null })).toEqual(idsOf(imageless));
  });

  it('several keys in one object are ANDed', async () => {
    const expected = store().types.filter((t) => t.class === 'standard' && t.vcpus === 1);
    expect(expected.length).toBeGreaterThan(0);
    expect(await listIds('/linode/types', { class: 'standard', vcpus: 1 })).toEqual(idsOf(expected));
  });

  it.each([
    ['+gt', (m: number) => m > 16384],
    ['+gte', (m: number) => m >= 16384],
    ['+lt', (m: number) => m < 16384],
    ['+lte', (m: number) => m <= 16384],
    ['+neq', (m: number) => m !== 16384],
  ] as const)('%s on a number', async (op, test) => {
    expect(await listIds('/linode/types', { memory: { [op]: 16384 } })).toEqual(idsOf(store().types.filter((t) => test(t.memory))));
  });

  it('several operators on one field are ANDed', async () => {
    const expected = store().types.filter((t) => t.memory >= 4096 && t.memory <= 16384);
    expect(await listIds('/linode/types', { memory: { '+gte': 4096, '+lte': 16384 } })).toEqual(idsOf(expected));
  });

  it('comparisons on dates compare instants, zone-less or not', async () => {
    const expected = idsOf(recentEvents().filter((e) => e.created >= '2025-04-01T00:00:00'));
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(recentEvents().length);
    expect(await listIds('/account/events', { created: { '+gte': '2025-04-01T00:00:00' } })).toEqual(expected);
    expect(await listIds('/account/events', { created: { '+gte': '2025-04-01T02:00:00+02:00' } })).toEqual(expected);
    expect(await listIds('/account/events', { created: { '+gte': '2025-04-01T00:00:00Z' } })).toEqual(expected);
    expect(await listIds('/account/events', { created: { '+gte': '2025-04-01' } })).toEqual(expected);
    const before = idsOf(recentEvents().filter((e) => e.created < '2025-05-01T00:00:00'));
    expect(before.length).toBeGreaterThan(0);
    expect(await listIds('/account/events', { created: { '+lt': '2025-05-01T00:00:00' } })).toEqual(before);
  });

  it('+contains is a case-insensitive substring match', async () => {
    const expected = idsOf(store().instances.filter((i) => i.label.toLowerCase().includes('web')));
    expect(expected.length).toBeGreaterThan(0);
    expect(await listIds('/linode/instances', { label: { '+contains': 'web' } })).toEqual(expected);
    expect(await listIds('/linode/instances', { label: { '+contains': 'WeB' } })).toEqual(expected);
  });

  it('+neq on strings', async () => {
    expect(await listIds('/linode/instances', { region: { '+neq': 'us-east' } })).toEqual(
      idsOf(store().instances.filter((i) => i.region !== 'us-east')),
    );
  });
});

describe('array and dotted fields', () => {
  it('an array field matches when any element matches', async () => {
    const prod = store().instances.filter((i) => i.tags.includes('prod'));
    expect(prod.length).toBeGreaterThan(0);
    expect(await listIds('/linode/instances', { tags: 'prod' })).toEqual(idsOf(prod));
    expect(await listIds('/linode/instances', { tags: { '+contains': 'team' } })).toEqual(
      idsOf(store().instances.filter((i) => i.tags.some((t: string) => t.includes('team')))),
    );
    const one = store().instances[10];
    expect(await listIds('/linode/instances', { ipv4: one.ipv4[0] })).toEqual([one.id]);
    expect(await listIds('/volumes', { tags: 'database' })).toEqual(idsOf(store().volumes.filter((v) => v.tags.includes('database'))));
  });

  it('+neq on an array field keeps items where no element equals', async () => {
    expect(await listIds('/linode/instances', { tags: { '+neq': 'prod' } })).toEqual(
      idsOf(store().instances.filter((i) => !i.tags.includes('prod'))),
    );
  });

  it('dotted paths reach nested fields', async () => {
    const volumeEvents = recentEvents().filter((e) => e.entity.type === 'volume');
    expect(volumeEvents.length).toBeGreaterThan(0);
    expect(await listIds('/account/events', { 'entity.type': 'volume' })).toEqual(idsOf(volumeEvents));
    const { entity, action } = recentEvents().find((e) => e.entity.type === 'linode') as LooseJson;
    const expected = idsOf(recentEvents().filter((e) => e.entity.id === entity.id && e.action === action));
    expect(expected.length).toBeGreaterThan(0);
    expect(await listIds('/account/events', { 'entity.id': entity.id, action })).toEqual(expected);
  });
});

describe('+and / +or', () => {
  it('+or of objects, +and of objects, nested', async () => {
    const orIds = await listIds('/linode/types', { '+or': [{ vcpus: 1 }, { class: 'standard' }] });
    expect(orIds).toEqual(idsOf(store().types.filter((t) => t.vcpus === 1 || t.class === 'standard')));
    const nested = {
      '+or': [{ '+or': [{ class: 'standard' }, { class: 'highmem' }] }, { '+and': [{ vcpus: { '+gte': 12 } }, { vcpus: { '+lte': 20 } }] }],
    };
    expect(await listIds('/linode/types', nested)).toEqual(
      idsOf(store().types.filter((t) => t.class === 'standard' || t.class === 'highmem' || (t.vcpus >= 12 && t.vcpus <= 20))),
    );
  });

  it('the contract filter: a region and (label contains web or tagged prod)', async () => {
    const filter = { '+and': [{ region: 'us-east' }, { '+or': [{ label: { '+contains': 'web' } }, { tags: 'prod' }] }] };
    const expected = store().instances.filter((i) => i.region === 'us-east' && (i.label.includes('web') || i.tags.includes('prod')));
    expect(expected.length).toBeGreaterThan(0);
    expect(await listIds('/linode/instances', filter)).toEqual(idsOf(expected));
  });

  it('agrees with a reference evaluation on random filter trees (property)', async () => {
    const types = store().types;
    const numeric = ['memory', 'vcpus', 'disk', 'transfer', 'network_out', 'gpus'] as const;
    const ops = ['=', '+gt', '+gte', '+lt', '+lte', '+neq'] as const;
    type Leaf = { field: (typeof numeric)[number]; op: (typeof ops)[number]; value: number } | { cls: string };
    type Tree = Leaf | { and: Tree[] } | { or: Tree[] };
    const leaf: fc.Arbitrary<Leaf> = fc.oneof(
      fc.record({
        field: fc.constantFrom(...numeric),
        op: fc.constantFrom(...ops),
        value: fc.constantFrom(0, 1, 2, 4, 8, 16, 4096, 16384, 81920, 5000),
      }),
      fc.record({ cls: fc.constantFrom('nanode', 'standard', 'dedicated', 'gpu', 'premium', 'highmem') }),
    );
    const { tree } = fc.letrec<{ tree: Tree }>((tie) => ({
      tree: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        leaf,
        fc.record({ and: fc.array(tie('tree'), { maxLength: 3 }) }),
        fc.record({ or: fc.array(tie('tree'), { minLength: 1, maxLength: 3 }) }),
      ),
    }));
    const toFilter = (t: Tree): LooseJson =>
      'and' in t
        ? { '+and': t.and.map(toFilter) }
        : 'or' in t
          ? { '+or': t.or.map(toFilter) }
          : 'cls' in t
            ? { class: t.cls }
            : { [t.field]: t.op === '=' ? t.value : { [t.op]: t.value } };
    const evaluate = (t: Tree, x: LooseJson): boolean => {
      if ('and' in t) return t.and.every((c) => evaluate(c, x));
      if ('or' in t) return t.or.some((c) => evaluate(c, x));
      if ('cls' in t) return x.class === t.cls;
      const v = x[t.field] as number;
      return {
        '=': v === t.value,
        '+gt': v > t.value,
        '+gte': v >= t.value,
        '+lt': v < t.value,
        '+lte': v <= t.value,
        '+neq': v !== t.value,
      }[t.op];
    };
    await fc.assert(
      fc.asyncProperty(tree, async (t) => {
        expect(await listIds('/linode/types', toFilter(t))).toEqual(idsOf(types.filter((x) => evaluate(t, x))));
      }),
      { numRuns: 60, seed: 4242 },
    );
  });
});

describe('ordering', () => {
  it('+order_by defaults to ascending; ties keep id order', async () => {
    const expected = [...store().types].sort((a, b) => a.memory - b.memory);
    expect(await listIds('/linode/types', { '+order_by': 'memory' })).toEqual(idsOf(expected));
  });

  it('+order desc, with a filter alongside', async () => {
    const expected = store()
      .instances.filter((i) => i.tags.includes('prod'))
      .sort((a, b) => (a.label < b.label ? 1 : -1));
    expect(await listIds('/linode/instances', { tags: 'prod', '+order_by': 'label', '+order': 'desc' })).toEqual(idsOf(expected));
    const events = [...recentEvents()].sort((a, b) => (a.created < b.created ? 1 : a.created > b.created ? -1 : a.id - b.id));
    expect(await listIds('/account/events', { '+order_by': 'created', '+order': 'desc' })).toEqual(idsOf(events));
  });

  it('ordering applies before paging', async () => {
    const { body } = await call(emulator, '/linode/instances', {
      filter: { '+order_by': 'label', '+order': 'asc' },
      query: { page: 2, page_size: 25 },
    });
    const sorted = [...store().instances].sort((a, b) => (a.label < b.label ? -1 : 1));
    expect(idsOf(body.data)).toEqual(idsOf(sorted.slice(25, 50)));
  });
});

describe('values real answers carry (src/quirks)', () => {
  const c = (path: string) => seeded(emulator, path) ?? [];

  it("values outside the spec's enums filter like any other", async () => {
    const created = recentEvents().filter((e) => e.action === 'database_create');
    expect(created.length).toBeGreaterThan(0);
    expect(await listIds('/account/events', { action: 'database_create' })).toEqual(idsOf(created));
    const databases = recentEvents().filter((e) => e.entity.type === 'database');
    expect(await listIds('/account/events', { 'entity.type': 'database', '+order_by': 'action' })).toEqual(
      idsOf([...databases].sort((a, b) => (a.action < b.action ? -1 : a.action > b.action ? 1 : a.id - b.id))),
    );
  });

  it('an absent key counts as null: equal to null, unequal to any value, first in order', async () => {
    const betas = c('/betas');
    const without = betas.filter((b) => !('greenlight_only' in b));
    expect(without.length).toBeGreaterThan(0);
    expect(await listIds('/betas', { greenlight_only: false })).toEqual(idsOf(betas.filter((b) => b.greenlight_only === false)));
    expect(await listIds('/betas', { greenlight_only: { '+neq': true } })).toEqual(idsOf(betas.filter((b) => b.greenlight_only !== true)));
    const ordered = await listIds('/betas', { '+order_by': 'greenlight_only' });
    expect(ordered.slice(0, without.length)).toEqual(idsOf(without));
    // No type is deprecated in real answers, which send no `deprecated`.
    expect(await listIds('/databases/types', { deprecated: true })).toEqual([]);
  });

  it('mixed case and mixed JSON types: exact equality; a total order, nulls and absent keys first', () => {
    const fact: FieldFact = { type: 'object', fields: { status: { type: 'string', filterable: true } } };
    const items: LooseJson[] = [
      { id: 1, status: 'unknown' },
      { id: 2, status: 'UP' },
      { id: 3 },
      { id: 4, status: 'Unknown' },
      { id: 5, status: null },
      { id: 6, status: 5 },
    ];
    const run = (filter: unknown) => idsOf(applyFilter(items, compileFilter(JSON.stringify(filter), undefined, fact)));
    expect(run({ status: 'Unknown' })).toEqual([4]);
    expect(run({ status: { '+contains': 'unknown' } })).toEqual([1, 4]);
    expect(run({ '+order_by': 'status' })).toEqual([3, 5, 6, 2, 4, 1]);
    expect(run({ '+order_by': 'status', '+order': 'desc' })).toEqual([1, 4, 2, 6, 3, 5]);
  });
});

describe('errors: 400 with field X-Filter', () => {
  const cases: Array<[string, string, unknown, RegExp]> = [
    ['invalid JSON', '/linode/instances', '{"label": ', /not valid JSON/],
    ['an array', '/linode/instances', [], /JSON object/],
    ['null', '/linode/instances', 'null', /JSON object/],
    ['a string', '/linode/instances', '"web"', /JSON object/],
    ['a non-filterable field', '/linode/instances', { status: 'running' }, /^Cannot filter on status$/],
    ['an unknown field', '/linode/instances', { nope: 1 }, /^Cannot filter on nope$/],
    ['a region field (regions have none filterable)', '/regions', { id: 'us-east' }, /^Cannot filter on id$/],
    ['an unknown operator on a field', '/linode/types', { memory: { '+between': [1, 2] } }, /Unknown operator \+between/],
    ['an unknown operator at object level', '/linode/types', { '+not': { memory: 1 } }, /Unknown operator \+not/],
    ['a field operator at object level', '/linode/types', { '+gt': 5 }, /Unknown operator \+gt/],
    ['+gt with a string on a number', '/linode/types', { memory: { '+gt': '4096' } }, /\+gt requires a number/],
    ['+lte with a bad date', '/account/events', { created: { '+lte': 'yesterday' } }, /\+lte requires a date/],
    ['+gt on a plain string field', '/linode/instances', { label: { '+gt': 'a' } }, /not supported/],
    ['+contains with a number', '/linode/instances', { label: { '+contains': 5 } }, /\+contains requires a string/],
    ['+contains on a number field', '/linode/types', { memory: { '+contains': '40' } }, /not supported/],
    ['equality with the wrong type', '/linode/types', { vcpus: '2' }, /must be a number/],
    ['equality with a string on a boolean', '/images', { is_public: 'true' }, /must be a boolean/],
    ['+neq with the wrong type', '/linode/types', { vcpus: { '+neq': 'two' } }, /must be a number/],
    ['null on a non-nullable field', '/linode/instances', { label: null }, /cannot be null/],
    ['an array as a value', '/linode/instances', { region: ['us-east'] }, /Invalid value/],
    ['an empty operator object', '/linode/instances', { region: {} }, /No operator/],
    ['+and not an array', '/linode/types', { '+and': { vcpus: 1 } }, /\+and must be an array/],
    ['+or with a non-object', '/linode/types', { '+or': [1, 2] }, /\+or must be an array/],
    ['a bad field inside +or', '/linode/types', { '+or': [{ vcpus: 1 }, { price: 5 }] }, /^Cannot filter on price$/],
    ['+order without +order_by', '/linode/types', { '+order': 'desc' }, /\+order requires \+order_by/],
    ['a bad +order', '/linode/types', { '+order_by': 'memory', '+order': 'down' }, /\+order must be/],
    ['+order_by on a non-filterable field', '/linode/types', { '+order_by': 'price' }, /Cannot order by price/],
    ['+order_by not a string', '/linode/types', { '+order_by': 3 }, /\+order_by must be/],
    ['+order_by nested', '/linode/types', { '+and': [{ '+order_by': 'memory' }] }, /top level/],
  ];
  it.each(cases)('%s', async (_name, path, filter, reason) => {
    expect(filterError(await call(emulator, path, { filter }))).toMatch(reason);
  });
});
