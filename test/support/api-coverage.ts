// Which Linode operations the gateway reaches, and through which GraphQL coordinate, computed by
// running the schema against the emulator: every field that is not a plain Linode value is queried
// on its own (the path to its parent first, then the same path with the field) and the emulator's
// log tells which operations the field added. Writes are the mutations' declared operations.
// `npm run coverage` prints the result; test/coverage/api-coverage.test.ts holds it.
import { getNamedType, getNullableType, GraphQLList, GraphQLObjectType, isLeafType, type GraphQLField, type GraphQLSchema } from 'graphql';
import type { Emulator } from 'linode-emulator';
import { facts, type OperationFact } from 'linode-facts';

type AnyField = GraphQLField<unknown, unknown>;

export interface Reach {
  /** `METHOD /path` as the facts write it. */
  operation: string;
  /** The GraphQL coordinate that reaches it (`Instance.ips`, `Mutation.createVolume`), or null. */
  coordinate: string | null;
}

export interface Coverage {
  reads: Reach[];
  writes: Reach[];
}

/** A query function against the gateway (the stack's gql()). */
export type Run = (query: string) => Promise<{ data?: unknown; errors?: Array<{ message: string }> }>;

interface Place {
  type: GraphQLObjectType;
  /** The query reaching one object of `type`, with `%s` where its selection goes. */
  query: string;
  /** Where that object sits in the answer: field names, and an index for a node of a list. */
  path: Array<string | number>;
}

const isConnection = (type: GraphQLObjectType) => type.name.endsWith('Connection') && 'nodes' in type.getFields();
const requiredArgs = (field: AnyField) => field.args.filter((a) => a.type.toString().endsWith('!'));
const plainValue = (field: AnyField) => field.extensions?.linodeKey !== undefined;

/** The selection that makes a field resolve (and nothing more); `args` as written in the query. */
function touch(field: AnyField, args: string): string {
  const named = getNamedType(field.type);
  if (isLeafType(named)) return `${field.name}${args}`;
  if (named instanceof GraphQLObjectType && isConnection(named)) return `${field.name}(first: 2) { totalCount nodes { __typename } }`;
  return `${field.name}${args} { __typename }`;
}

function at(data: unknown, path: Array<string | number>): unknown {
  let value = data;
  for (const step of path) {
    if (value === null || value === undefined) return undefined;
    value = typeof step === 'number' ? (Array.isArray(value) ? value[step] : undefined) : (value as Record<string, unknown>)[step];
  }
  return value;
}

/** The parent's path, or the same with its last node the second one (lists are probed two at a time). */
function parentPaths(path: Array<string | number>): Array<Array<string | number>> {
  const last = path.lastIndexOf(0);
  return last < 0 ? [path] : [path, [...path.slice(0, last), 1, ...path.slice(last + 1)]];
}

const isEmpty = (value: unknown) => value == null || (Array.isArray(value) && value.length === 0);

/** Every GET operation of the facts, and every write, with what reaches it. */
export async function measureCoverage(schema: GraphQLSchema, emulator: Emulator, run: Run): Promise<Coverage> {
  const reached = new Map<string, string>();
  const operationOf = new Map(facts.operations.map((op) => [op.operationId, `${op.method} ${op.path}`]));
  const observe = async (query: string): Promise<{ data: unknown; ops: Set<string> }> => {
    emulator.clearLog();
    const { data } = await run(query);
    const ops = new Set(
      emulator.log.map((e) => (e.operationId ? operationOf.get(e.operationId) : undefined)).filter((o): o is string => Boolean(o)),
    );
    return { data, ops };
  };

  const expanded = new Set<string>();
  const queue: Place[] = [];
  // A seen object's lookup arguments per type (its `id`, and e.g. the `serviceType` it lives under).
  const ids = new Map<string, Record<string, unknown>>();
  const enqueue = (place: Place) => {
    if (!expanded.has(place.type.name)) queue.push(place);
  };

  const query = schema.getQueryType()!;
  const lookups: AnyField[] = [];
  // Root lookups take `id` and, for objects Linode reads under a parent, fields of the object
  // itself (`monitorAlertDefinition(serviceType:, id:)`): what to read off a seen object.
  const keyArgs = new Map<string, string[]>();
  for (const field of Object.values(query.getFields())) {
    const required = requiredArgs(field);
    const target = getNamedType(field.type);
    const own = target instanceof GraphQLObjectType ? target.getFields() : {};
    if (required.length > 0 && required.every((a) => a.name in own && isLeafType(getNamedType(own[a.name].type)))) {
      lookups.push(field);
      keyArgs.set(target.name, [...new Set([...(keyArgs.get(target.name) ?? []), ...required.map((a) => a.name)])]);
    }
    if (required.length > 0) continue;
    await visitField({ type: query, query: '{ %s }', path: [] }, field);
  }

  async function visitField(parent: Place, field: AnyField, args = ''): Promise<void> {
    const coordinate = `${parent.type.name}.${field.name}`;
    const before = parent.path.length === 0 ? new Set<string>() : (await observe(parent.query.replace('%s', '__typename'))).ops;
    const named = getNamedType(field.type);
    const keys = keyArgs.get(named.name);
    // An object a lookup takes more than its id of: its key fields, to look it up later.
    const selection =
      keys && !isConnection(named as GraphQLObjectType) ? `${field.name}${args} { __typename ${keys.join(' ')} }` : touch(field, args);
    const { data, ops } = await observe(parent.query.replace('%s', `__typename ${selection}`));
    for (const op of ops) if (!before.has(op) && !reached.has(op)) reached.set(op, coordinate);
    if (!(named instanceof GraphQLObjectType)) return;
    const list = getNullableType(field.type) instanceof GraphQLList;
    if (isConnection(named)) {
      const item = getNamedType(named.getFields().nodes.type) as GraphQLObjectType;
      const keys = keyArgs.get(item.name) ?? ('id' in item.getFields() ? ['id'] : []);
      const probe = await run(parent.query.replace('%s', `${field.name}(first: 2) { nodes { __typename ${keys.join(' ')} } }`));
      const first = at(probe.data, [...parent.path, field.name, 'nodes', 0]) as Record<string, unknown> | undefined;
      if (first && keys.every((k) => first[k] != null) && !ids.has(item.name)) ids.set(item.name, first);
      if (first)
        enqueue({
          type: item,
          query: parent.query.replace('%s', `${field.name}(first: 2) { nodes { %s } }`),
          path: [...parent.path, field.name, 'nodes', 0],
        });
      return;
    }
    // What the first node lacks (a legacy Linode's interfaces), the second may have.
    const from = parentPaths(parent.path).find((path) => !isEmpty(at(data, [...path, field.name])));
    if (!from) return;
    const path = [...from, field.name, ...(list ? [0] : [])];
    const first = at(data, path) as Record<string, unknown> | undefined;
    if (keys && first && keys.every((k) => first[k] != null) && !ids.has(named.name)) ids.set(named.name, first);
    enqueue({ type: named, query: parent.query.replace('%s', `${field.name}${args} { %s }`), path });
  }

  async function expandAll(): Promise<void> {
    while (queue.length > 0) {
      const place = queue.shift()!;
      if (expanded.has(place.type.name)) continue;
      expanded.add(place.type.name);
      for (const field of Object.values(place.type.getFields())) {
        if (plainValue(field) || requiredArgs(field).length > 0) continue;
        await visitField(place, field);
      }
    }
  }

  await expandAll();
  for (const field of lookups) {
    const seen = ids.get(getNamedType(field.type).name);
    if (seen === undefined) continue;
    const args = requiredArgs(field).map((a) => `${a.name}: ${JSON.stringify(String(seen[a.name]))}`);
    await visitField({ type: query, query: '{ %s }', path: [] }, field, `(${args.join(', ')})`);
  }
  await expandAll();

  const writes = new Map<string, string>();
  for (const field of Object.values(schema.getMutationType()?.getFields() ?? {})) {
    const op = field.extensions?.linodeOperation;
    if (typeof op === 'string' && !writes.has(op)) writes.set(op, `Mutation.${field.name}`);
  }
  const line = (op: OperationFact) => `${op.method} ${op.path}`;
  return {
    reads: facts.operations
      .filter((op) => op.method === 'GET')
      .map((op) => ({ operation: line(op), coordinate: reached.get(line(op)) ?? null })),
    writes: facts.operations
      .filter((op) => op.method !== 'GET')
      .map((op) => ({ operation: line(op), coordinate: writes.get(line(op)) ?? null })),
  };
}

/** The report `npm run coverage` prints, ending with the two totals. */
export function coverageReport(coverage: Coverage): string {
  const rows = (reaches: Reach[]) => reaches.map((r) => `  ${r.operation.padEnd(72)} ${r.coordinate ?? '-'}`);
  const count = (reaches: Reach[]) => `${reaches.filter((r) => r.coordinate).length}/${reaches.length}`;
  return [
    'GET operations',
    ...rows(coverage.reads),
    'Write operations',
    ...rows(coverage.writes),
    `GET operations reachable: ${count(coverage.reads)}`,
    `mutation operations: ${count(coverage.writes)}`,
  ].join('\n');
}
