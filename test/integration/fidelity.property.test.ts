// Real Linode answers deviate from the spec: any field null, any key absent, enum values outside
// the spec or in another case, integers past 2^31, keys nobody documented. For every object type
// built from Linode's facts, answers with such deviations (fast-check, from the facts) go through
// the gateway: every query answers without errors and every value comes out as it came in.
import fc from 'fast-check';
import {
  getNamedType,
  getNullableType,
  GraphQLEnumType,
  GraphQLList,
  GraphQLObjectType,
  GraphQLScalarType,
  type GraphQLField,
  type GraphQLOutputType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FieldFact, ObjectFact } from 'linode-facts';
import { schema } from '../../src/schema/index.js';
import type { IdKind } from '../../src/schema/kit/ids.js';
import { declaredResources } from '../../src/schema/kit/resource.js';
import { enumKey, OTHER_MEMBER, rawText } from '../../src/schema/kit/open-enum.js';
import { toRfc3339 } from '../../src/schema/kit/scalars.js';
import { createGateway, type Gateway } from '../../src/gateway.js';
import { startFakeLinode, type FakeLinode } from '../support/fake-linode.js';
import { gql } from '../support/gql.js';

const RUNS = Number(process.env.FIDELITY_RUNS ?? 12);

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type AnyField = GraphQLField<unknown, unknown>;

const linodeKey = (field: AnyField) => field.extensions?.linodeKey as string | undefined;
/** Types that come wrapped in another answer's shape (an instance's `{automatic: [...], snapshot: {...}}`, a bucket's `{data: [...], next_marker}`), which this fake does not build. */
const WRAPPED = new Set(['Backup', 'ObjectStorageObject', 'SecurityQuestion']);
/** Types only a mutation answers with (a promotion applied, a child account's token). */
const WRITTEN_ONLY = new Set(['Promotion', 'ProxyUserToken']);
// Not reachable here: Linode interfaces are listed without a page envelope (`{"interfaces": [...]}`,
// which this fake, answering one object to every GET, cannot send), and an upgrade's result is only
// a mutation's answer; an alert definition's entities are read under its service type, which an
// arbitrary answer may leave out. test/integration/today-groups.test.ts reads them from the emulator.
const UNREACHED = new Set(['LinodeInterface', 'LinodeInterfacesUpgrade', 'MonitorAlertDefinitionEntity']);

// ---- answers from the facts, deviating as real ones do ----

const INT_MAX = Number.MAX_SAFE_INTEGER;
const linodeTime = fc
  .date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 19));

/** A documented enum value as sent, in another case or with `-` for `_`, or a value nobody documented. */
function enumValue(values: Array<string | number>): fc.Arbitrary<Json> {
  const documented = fc.constantFrom(...values);
  return fc.oneof(
    documented,
    documented.map((v) => String(v).toUpperCase()),
    documented.map((v) =>
      String(v)
        .replace(/_/g, '-')
        .replace(/^./, (c) => c.toUpperCase()),
    ),
    fc.string({ minLength: 1, maxLength: 12 }),
  );
}

function valueOf(fact: FieldFact, depth: number): fc.Arbitrary<Json> {
  const named = fact.enum?.filter((v): v is string | number => v !== null) ?? [];
  if (named.some((v) => typeof v === 'string')) return enumValue(named);
  switch (fact.type) {
    case 'string':
      return fact.format === 'date-time' ? linodeTime : fc.string({ maxLength: 20 });
    case 'integer':
      // A documented bound is what makes a field `Int`; without one, anything up to 2^53.
      if (named.length) return fc.constantFrom(...named);
      if (fact.maximum !== undefined) return fc.integer({ min: fact.minimum ?? -(2 ** 31), max: fact.maximum });
      return fc.integer({ min: fact.minimum ?? -INT_MAX, max: INT_MAX });
    case 'number':
      return fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e12, max: 1e12 });
    case 'boolean':
      return fc.boolean();
    case 'array':
      return depth > 3 ? fc.constant([]) : fc.array(deviating(fact.items ?? { type: 'string' }, depth + 1), { maxLength: 3 });
    case 'object':
      if (!fact.fields || Object.keys(fact.fields).length === 0)
        return fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>, { maxKeys: 3 });
      return depth > 3 ? fc.constant({}) : objectOf(fact as ObjectFact, depth + 1);
    default:
      return fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>;
  }
}

/** Null, or a value. (Absent is the record's business.) */
function deviating(fact: FieldFact, depth: number): fc.Arbitrary<Json> {
  return fc.option(valueOf(fact, depth), { nil: null, freq: 4 });
}

/** Every key optional, any value null, plus keys no fact names. */
function objectOf(fact: ObjectFact, depth: number): fc.Arbitrary<{ [key: string]: Json }> {
  const model = Object.fromEntries(Object.entries(fact.fields).map(([key, field]) => [key, deviating(field, depth)]));
  const extras = fc.dictionary(
    fc.string({ minLength: 1, maxLength: 10 }).map((k) => `zz_new_${k}`),
    fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>,
    { maxKeys: 2 },
  );
  return fc
    .tuple(fc.record(model, { requiredKeys: [] }), extras)
    .map(([known, unknown]) => ({ ...unknown, ...(known as { [key: string]: Json }) }));
}

/** A whole object of an entry type: its identifying key stays usable (ids are the one non-null field). */
function answerOf(fact: ObjectFact, idKey: string | undefined, id: string | number = 'x1'): fc.Arbitrary<{ [key: string]: Json }> {
  return objectOf(fact, 0).map((object) => {
    if (!idKey) return object;
    const kind = fact.fields[idKey]?.type;
    return { ...object, [idKey]: kind === 'integer' ? 1 : id };
  });
}

/** An id of each kind that the gateway lets into a path. */
const ID_OF_KIND: Record<IdKind, string> = {
  int: '1',
  slug: 'x1',
  qualified: 'linode/x1',
  username: 'user1',
  image: 'linode/x1',
  ip: '192.0.2.1',
  tag: 'x1',
};

// ---- what the gateway must answer for such an object ----

/** The selection of every field read from Linode, nested plain objects included. */
function selection(type: GraphQLObjectType, depth = 0): string {
  return Object.values(type.getFields())
    .filter((field) => linodeKey(field) !== undefined)
    .map((field) => {
      const named = getNamedType(field.type);
      if (named instanceof GraphQLObjectType) return depth > 4 ? '' : `${field.name} { __typename ${selection(named, depth + 1)} }`;
      return field.name;
    })
    .filter(Boolean)
    .join(' ');
}

/** An enum, ID or DateTime value as text (the answers built above put only scalars there). */
function scalarText(value: Json): string {
  if (typeof value === 'object') throw new Error(`not a scalar: ${JSON.stringify(value)}`);
  return String(value);
}

function expected(type: GraphQLOutputType, field: AnyField, value: Json | undefined): unknown {
  if (value === undefined || value === null) return null;
  const inner = getNullableType(type);
  if (inner instanceof GraphQLList) return Array.isArray(value) ? value.map((v) => expected(inner.ofType, field, v)) : null;
  if (field.extensions?.linodeRaw) return rawText(value);
  if (inner instanceof GraphQLEnumType) {
    const match = inner.getValues().find((v) => v.name !== OTHER_MEMBER && enumKey(v.value) === enumKey(scalarText(value)));
    return match?.name ?? OTHER_MEMBER;
  }
  if (inner instanceof GraphQLObjectType) return expectedObject(inner, value as { [key: string]: Json });
  if (inner instanceof GraphQLScalarType) {
    if (inner.name === 'ID') return scalarText(value);
    if (inner.name === 'DateTime') return toRfc3339(scalarText(value));
  }
  return value;
}

function expectedObject(type: GraphQLObjectType, object: { [key: string]: Json }, depth = 0): Record<string, unknown> {
  const out: Record<string, unknown> = { __typename: type.name };
  // A child whose parent key Linode left out carries its parent's id (the fake's parents are all 1).
  const parentKey = type.extensions?.linodeParentKey as string | undefined;
  const filled = parentKey && !(parentKey in object) ? { ...object, [parentKey]: 1 } : object;
  for (const field of Object.values(type.getFields())) {
    const key = linodeKey(field);
    if (key === undefined) continue;
    const named = getNamedType(field.type);
    if (named instanceof GraphQLObjectType && depth > 4) continue;
    out[field.name] = expected(field.type, field, filled[key]);
  }
  return out;
}

// ---- where each entry type is reached from ----

interface Target {
  type: GraphQLObjectType;
  /** The query, with `%s` where the type's selection goes. */
  query: string;
}

/** Shortest way from Query to every type holding whole Linode objects, through fields without required arguments. */
function targets(): Target[] {
  const found = new Map<string, Target>();
  const queue: Array<{ type: GraphQLObjectType; wrap: (inner: string) => string; depth: number }> = [
    { type: schema.getQueryType()!, wrap: (s) => `{ ${s} }`, depth: 0 },
  ];
  while (queue.length > 0) {
    const { type, wrap, depth } = queue.shift()!;
    if (type.extensions?.linodeFact && !found.has(type.name)) found.set(type.name, { type, query: wrap('%s') });
    if (depth > 3) continue;
    for (const field of Object.values(type.getFields())) {
      if (linodeKey(field) !== undefined || field.args.some((a) => a.type.toString().endsWith('!'))) continue;
      const named = getNamedType(field.type);
      if (!(named instanceof GraphQLObjectType) || WRAPPED.has(named.name)) continue;
      const nodes = named.getFields().nodes;
      if (named.name.endsWith('Connection') && nodes) {
        const item = getNamedType(nodes.type);
        // A union's members (every Managed Database) are reached through their own connections.
        if (item instanceof GraphQLObjectType && !WRAPPED.has(item.name) && !found.has(item.name))
          queue.push({ type: item, wrap: (s) => wrap(`${field.name}(first: 1) { nodes { ${s} } }`), depth: depth + 1 });
      } else if (!found.has(named.name)) {
        queue.push({ type: named, wrap: (s) => wrap(`${field.name} { ${s} }`), depth: depth + 1 });
      }
    }
  }
  return [...found.values()];
}

/** The object at the end of `query`'s path in the answer (first node of each connection). */
function dig(data: unknown, query: string): unknown {
  const steps = [...query.matchAll(/(\w+)(?:\([^)]*\))? \{ (nodes \{ )?/g)].map((m) => ({ field: m[1], list: Boolean(m[2]) }));
  let at = data;
  for (const step of steps) {
    at = (at as Record<string, unknown> | null)?.[step.field];
    if (step.list) at = (at as { nodes: unknown[] } | null)?.nodes?.[0];
  }
  return at;
}

let fake: FakeLinode;
let gateway: Gateway;
beforeAll(async () => {
  fake = await startFakeLinode();
  gateway = createGateway({ linodeApiUrl: fake.url, breakerThreshold: 1_000 });
});
afterAll(async () => {
  await gateway.close();
  await fake.close();
});

const all = targets().filter((t) => !UNREACHED.has(t.type.name));

describe('answers that deviate from the spec come through whole', () => {
  it('reaches every type built from whole Linode objects', () => {
    const entryTypes = Object.values(schema.getTypeMap()).filter(
      (t): t is GraphQLObjectType => t instanceof GraphQLObjectType && Boolean(t.extensions?.linodeFact),
    );
    expect(all.map((t) => t.type.name).sort()).toEqual(
      entryTypes
        .map((t) => t.name)
        .filter((n) => !WRAPPED.has(n) && !WRITTEN_ONLY.has(n) && !UNREACHED.has(n))
        .sort(),
    );
    expect(all.length).toBeGreaterThan(50);
  });

  it.each(all.map((t) => [t.type.name, t] as const))('%s', async (_name, target) => {
    const fact = target.type.extensions.linodeFact as ObjectFact;
    const idKey = target.type.extensions.linodeIdKey as string | undefined;
    await checkAnswers(target.type, target.query, answerOf(fact, idKey));
  });

  const lookups = declaredResources.filter((r) => r.config.root?.one);
  it.each(lookups.map((r) => [r.config.root!.one!, r] as const))('%s(id:)', async (field, resource) => {
    const type = schema.getType(resource.config.name) as GraphQLObjectType;
    const id = ID_OF_KIND[resource.config.idKind];
    const fact = type.extensions.linodeFact as ObjectFact;
    await checkAnswers(
      type,
      `{ ${field}(id: ${JSON.stringify(id)}) { %s } }`,
      answerOf(fact, resource.config.idField ?? 'id', id),
      Math.ceil(RUNS / 3),
    );
  });
});

/** Queries `query` (its `%s` filled with every Linode field of `type`) over answers from `answers`. */
async function checkAnswers(
  type: GraphQLObjectType,
  query: string,
  answers: fc.Arbitrary<{ [key: string]: Json }>,
  runs = RUNS,
): Promise<void> {
  const text = query.replace('%s', `__typename ${selection(type)}`);
  await fc.assert(
    fc.asyncProperty(answers, async (object) => {
      const sent = JSON.parse(JSON.stringify(object)) as { [key: string]: Json };
      fake.answer(sent);
      // Catalogs are cached across requests: each answer starts from an empty cache.
      await gateway.cache.keyv.clear();
      const body = await gql(gateway, text, { token: 'fidelity-test' });
      expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
      expect(dig(body.data, query)).toEqual(expectedObject(type, sent));
    }),
    { numRuns: runs },
  );
}
