// Every root connection, with every plain field of its items (nested objects included), against
// the emulator's seeded account: the schema's types and nullability must hold for the data Linode
// sends, and each collection the emulator seeds must come back non-empty.
import { getNamedType, GraphQLObjectType, GraphQLUnionType, isLeafType, type GraphQLField } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schema } from '../../src/schema/index.js';
import { startStack, type Stack } from '../support/stack.js';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(() => stack.close());

/** Leaf fields, and the leaves of nested plain objects (not relations to other nodes), to `depth`. */
function selection(type: GraphQLObjectType, depth: number): string {
  const parts: string[] = [];
  for (const field of Object.values(type.getFields()) as Array<GraphQLField<unknown, unknown>>) {
    if (field.args.some((a) => a.type.toString().endsWith('!'))) continue;
    const named = getNamedType(field.type);
    if (isLeafType(named)) parts.push(field.name);
    else if (named instanceof GraphQLObjectType && depth > 0 && !named.getInterfaces().length && !named.name.endsWith('Connection')) {
      const inner = selection(named, depth - 1);
      if (inner) parts.push(`${field.name} { ${inner} }`);
    }
  }
  return ['__typename', ...parts].join(' ');
}

/** Every object with an id in the answers, by `Type:id`: one object must read the same wherever it appears. */
const seen = new Map<string, string>();
function collect(value: unknown, clashes: string[]): void {
  if (Array.isArray(value)) return value.forEach((v) => collect(v, clashes));
  if (!value || typeof value !== 'object') return;
  const object = value as Record<string, unknown>;
  if (typeof object.__typename === 'string' && (typeof object.id === 'string' || typeof object.id === 'number')) {
    const key = `${object.__typename}:${object.id}`;
    const text = JSON.stringify(object);
    const earlier = seen.get(key);
    if (earlier !== undefined && earlier !== text) clashes.push(`${key}: ${earlier.slice(0, 120)} <> ${text.slice(0, 120)}`);
    seen.set(key, text);
  }
  Object.values(object).forEach((v) => collect(v, clashes));
}

const query = schema.getQueryType()!.getFields();
const roots = Object.values(query).filter(
  (f) => getNamedType(f.type).name.endsWith('Connection') && !f.args.some((a) => a.type.toString().endsWith('!')),
);

// Collections the emulator leaves empty (nothing seeded): their queries must still succeed. (It
// seeds buckets now, sized in bytes as real ones.)
const unseeded = new Set<string>([]);

describe('every root connection against the seeded emulator', () => {
  it.each(roots.map((f) => [f.name, f] as const))('%s', async (name, field) => {
    const connection = getNamedType(field.type) as GraphQLObjectType;
    const node = getNamedType(connection.getFields().nodes.type);
    // A union's items (every Managed Database) are read as its first member (the others have roots
    // of their own; the members' like-named enums are different types, which one selection cannot mix).
    const item = node instanceof GraphQLUnionType ? node.getTypes()[0] : (node as GraphQLObjectType);
    const fields = node instanceof GraphQLUnionType ? `__typename ... on ${item.name} { ${selection(item, 2)} }` : selection(item, 2);
    const { data, errors } = await stack.gql(`{ ${name}(first: 3) { totalCount nodes { ${fields} } } }`);
    expect(errors, JSON.stringify(errors?.slice(0, 2))).toBeUndefined();
    const clashes: string[] = [];
    collect(data, clashes);
    expect(clashes, 'an id shared by different objects of one type').toEqual([]);
    if (unseeded.has(name)) expect(data[name].totalCount, `${name} is not seeded`).toBe(0);
    else expect(data[name].totalCount, `${name} is seeded`).toBeGreaterThan(0);
  });
});
