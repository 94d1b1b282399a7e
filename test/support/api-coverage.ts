// Which Linode operations the gateway reaches, and through which GraphQL coordinate, computed by
// running the schema against the emulator: every field that is not a plain Linode value is queried
// on its own (the path to its parent first, then the same path with the field) and the emulator's
// log tells which operations the field added. Writes are the mutations' declared operations, and
// the POSTs that only read (the metrics host's) the query fields the crawl saw send them. A GET a
// mutation's payload reads back after the write is counted by its declaration (linodeOperation).
// `npm run coverage` prints the result; test/coverage/api-coverage.test.ts holds it.
import {
  getNamedType,
  getNullableType,
  GraphQLEnumType,
  GraphQLInputObjectType,
  GraphQLList,
  GraphQLObjectType,
  GraphQLUnionType,
  isLeafType,
  type GraphQLField,
  type GraphQLSchema,
} from 'graphql';
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
  /** Where that object sits in the answer: field names, and `0` for the first node of a list. */
  path: Array<string | number>;
}

const isConnection = (type: GraphQLObjectType) => type.name.endsWith('Connection') && 'nodes' in type.getFields();
const requiredArgs = (field: AnyField) => field.args.filter((a) => a.type.toString().endsWith('!'));
const plainValue = (field: AnyField) => field.extensions?.linodeKey !== undefined;
/** A lookup by one id (`instance(id:)`, `Instance.disk(id:)`): visited with an id seen in a list. */
const isLookup = (field: AnyField) => {
  const required = requiredArgs(field);
  return required.length === 1 && required[0].type.toString() === 'ID!';
};

/**
 * A lookup by the values of several of its target's fields (`objectStorageBucket(cluster:, label:)`):
 * visited with the values of an object of that type seen in a list (an object field by its id).
 */
const keyedLookupArgs = (field: AnyField): string[] | undefined => {
  const target = getNamedType(field.type);
  const required = requiredArgs(field);
  if (required.length < 2 || !(target instanceof GraphQLObjectType)) return undefined;
  return required.every((a) => a.name in target.getFields()) ? required.map((a) => a.name) : undefined;
};

/** A value of a connection's `orderBy` (its first order field), or undefined: an ordered list may take another way. */
function orderValue(field: AnyField): string | undefined {
  const input = getNamedType(field.args.find((a) => a.name === 'orderBy')?.type ?? field.type);
  const by = input instanceof GraphQLInputObjectType ? getNamedType(input.getFields().field?.type) : undefined;
  return by instanceof GraphQLEnumType ? by.getValues()[0]?.name : undefined;
}

/** The selection that makes a field resolve (and nothing more); `args` as written in the query. */
function touch(field: AnyField, args: string): string {
  const named = getNamedType(field.type);
  if (isLeafType(named)) return `${field.name}${args}`;
  if (named instanceof GraphQLObjectType && isConnection(named)) return `${field.name}(first: 2) { totalCount nodes { __typename } }`;
  const id = named instanceof GraphQLObjectType && 'id' in named.getFields() ? ' id' : '';
  return `${field.name}${args} { __typename${id} }`;
}

function at(data: unknown, path: Array<string | number>): unknown {
  let value = data;
  for (const step of path) {
    if (value === null || value === undefined) return undefined;
    value = typeof step === 'number' ? (Array.isArray(value) ? value[step] : undefined) : (value as Record<string, unknown>)[step];
  }
  return value;
}

/**
 * Arguments of the fields whose required arguments no seen id fills, by coordinate: built from what
 * the graph shows. A metrics read names a service's metric with an aggregate function it allows and
 * an entity of that service (a Linode) in a window.
 */
const SAMPLE_ARGUMENTS: Record<string, (run: Run) => Promise<string | undefined>> = {
  'Query.monitorMetrics': async (run) => {
    const { data } = await run(
      '{ monitorService(id: "linode") { metricDefinitions(first: 1) { nodes { metric availableAggregateFunctions } } } instances(first: 1) { nodes { id } } }',
    );
    const definition = at(data, ['monitorService', 'metricDefinitions', 'nodes', 0]) as
      { metric?: string; availableAggregateFunctions?: string[] } | undefined;
    const aggregate = definition?.availableAggregateFunctions?.find((f) => f !== 'OTHER');
    const entity = at(data, ['instances', 'nodes', 0, 'id']);
    if (!definition?.metric || !aggregate || entity === undefined) return undefined;
    const metric = `{ name: ${JSON.stringify(definition.metric)}, aggregateFunction: ${aggregate} }`;
    return `(serviceType: "linode", input: { entityIds: [${JSON.stringify(entity)}], metrics: [${metric}], relativeTimeDuration: { unit: HR, value: 1 } })`;
  },
};

/** Items of each list the crawl reads: what the first lacks (a legacy Linode's interfaces, backups), a later one may have. */
const ITEMS = 5;

/** The path to an object, and the same path through the other items of its innermost list. */
function parentPaths(path: Array<string | number>): Array<Array<string | number>> {
  const last = path.lastIndexOf(0);
  if (last < 0) return [path];
  return Array.from({ length: ITEMS }, (_, i) => [...path.slice(0, last), i, ...path.slice(last + 1)]);
}

const isEmpty = (value: unknown) => value == null || (Array.isArray(value) && value.length === 0);

/** Every GET operation of the facts, and every write, with what reaches it. */
export async function measureCoverage(schema: GraphQLSchema, emulator: Emulator, run: Run): Promise<Coverage> {
  const reached = new Map<string, string>();
  const operationOf = new Map(facts.operations.map((op) => [op.operationId, `${op.method} ${op.path}`]));
  // Operations without an operationId in the spec (NodeBalancer stats) are known by their path.
  const unnamed = facts.operations
    .filter((op) => !op.operationId)
    .map((op) => ({
      method: op.method,
      line: `${op.method} ${op.path}`,
      path: new RegExp(`^/v4${op.path.replace(/\{[^}]+\}/g, '[^/]+')}$`),
    }));
  const operationOfEntry = (e: { method: string; path: string; operationId?: string }) =>
    e.operationId ? operationOf.get(e.operationId) : unnamed.find((u) => u.method === e.method && u.path.test(e.path))?.line;
  const observe = async (query: string): Promise<{ data: unknown; ops: Set<string> }> => {
    emulator.clearLog();
    const { data } = await run(query);
    const ops = new Set(emulator.log.map(operationOfEntry).filter((o): o is string => Boolean(o)));
    return { data, ops };
  };

  const expanded = new Set<string>();
  const queue: Place[] = [];
  const ids = new Map<string, string>(); // a seen id per type, for root lookups
  const globalIds = new Map<string, string>(); // a seen global id per node type, for node(id:)
  const placeOf = new Map<string, Place>(); // where an object of each type was first found
  const enqueue = (place: Place) => {
    if (!placeOf.has(place.type.name)) placeOf.set(place.type.name, place);
    if (!expanded.has(place.type.name)) queue.push(place);
  };

  // Types some lookup returns: where Linode sends them embedded (a pool's nodes), their ids are read too.
  const lookupTargets = new Set(
    Object.values(schema.getTypeMap())
      .filter((type): type is GraphQLObjectType => type instanceof GraphQLObjectType)
      .flatMap((type) => Object.values(type.getFields()).filter(isLookup))
      .map((field) => getNamedType(field.type).name),
  );
  const query = schema.getQueryType()!;
  const root: Place = { type: query, query: '{ %s }', path: [] };
  // Root lookups read no cache, as a caller asking for one fresh object does (a catalog's item then has its own GET).
  const freshRoot: Place = { ...root, query: 'query @fresh { %s }' };
  const lookups: Array<{ place: Place; field: AnyField }> = [];
  const keyedLookups: Array<{ place: Place; field: AnyField; keys: string[] }> = [];
  const noteLookup = (place: Place, field: AnyField) => {
    const keys = keyedLookupArgs(field);
    if (isLookup(field)) lookups.push({ place, field });
    else if (keys) keyedLookups.push({ place, field, keys });
  };
  for (const field of Object.values(query.getFields())) {
    noteLookup(freshRoot, field);
    const sample = SAMPLE_ARGUMENTS[`${query.name}.${field.name}`];
    const args = sample ? await sample(run) : '';
    if (requiredArgs(field).length > 0 && !args) continue;
    await visitField(root, field, args);
  }

  async function visitField(parent: Place, field: AnyField, args = ''): Promise<void> {
    const coordinate = `${parent.type.name}.${field.name}`;
    const before = parent.path.length === 0 ? new Set<string>() : (await observe(parent.query.replace('%s', '__typename'))).ops;
    const { data, ops } = await observe(parent.query.replace('%s', `__typename ${touch(field, args)}`));
    for (const op of ops) if (!before.has(op) && !reached.has(op)) reached.set(op, coordinate);
    const named = getNamedType(field.type);
    if (!(named instanceof GraphQLObjectType)) return;
    const list = getNullableType(field.type) instanceof GraphQLList;
    if (isConnection(named)) {
      const itemType = getNamedType(named.getFields().nodes.type);
      // A union's items (every Managed Database) are followed through the first one's type.
      const members = itemType instanceof GraphQLUnionType ? itemType.getTypes() : [itemType as GraphQLObjectType];
      const selectionOf = (item: GraphQLObjectType) => ['id', 'globalId'].filter((name) => name in item.getFields()).join(' ');
      const sel = `__typename ${members.map((m) => (itemType instanceof GraphQLUnionType ? `... on ${m.name} { ${selectionOf(m)} }` : selectionOf(m))).join(' ')}`;
      const probe = await run(parent.query.replace('%s', `${field.name}(first: 2) { nodes { ${sel} } }`));
      const first = at(probe.data, [...parent.path, field.name, 'nodes', 0]) as
        { id?: string; globalId?: string; __typename?: string } | undefined;
      const item = members.find((m) => m.name === first?.__typename) ?? members[0];
      if (first?.id) ids.set(item.name, first.id);
      if (first?.globalId) globalIds.set(item.name, first.globalId);
      const inner = itemType instanceof GraphQLUnionType ? `... on ${item.name} { %s }` : '%s';
      const order = orderValue(field);
      if (order) {
        const ordered = await observe(
          parent.query.replace('%s', `__typename ${field.name}(first: 2, orderBy: { field: ${order} }) { totalCount }`),
        );
        for (const op of ordered.ops) if (!before.has(op) && !reached.has(op)) reached.set(op, coordinate);
      }
      if (first)
        enqueue({
          type: item,
          query: parent.query.replace('%s', `${field.name}(first: ${ITEMS}) { nodes { ${inner} } }`),
          path: [...parent.path, field.name, 'nodes', 0],
        });
      return;
    }
    // What the first item of a list lacks, a later one may have.
    const from = parentPaths(parent.path).find((path) => !isEmpty(at(data, [...path, field.name])));
    if (!from) return;
    const path = [...from, field.name, ...(list ? [0] : [])];
    const seen = at(data, path) as { id?: string } | undefined;
    if (seen?.id) ids.set(named.name, seen.id);
    enqueue({ type: named, query: parent.query.replace('%s', `${field.name}${args} { %s }`), path });
  }

  async function expandAll(): Promise<void> {
    while (queue.length > 0) {
      const place = queue.shift()!;
      if (expanded.has(place.type.name)) continue;
      expanded.add(place.type.name);
      for (const field of Object.values(place.type.getFields())) {
        noteLookup(place, field);
        const named = getNamedType(field.type);
        if (plainValue(field) && lookupTargets.has(named.name) && !ids.has(named.name)) {
          const { data } = await run(place.query.replace('%s', `${field.name} { id }`));
          const list = getNullableType(field.type) instanceof GraphQLList;
          const seen = at(data, [...place.path, field.name, ...(list ? [0] : [])]) as { id?: string } | undefined;
          if (seen?.id) ids.set(named.name, seen.id);
        }
        if (plainValue(field) || requiredArgs(field).length > 0) continue;
        await visitField(place, field);
      }
    }
  }

  await expandAll();
  // Lookups once every list has been seen; a lookup's type may open new places, with lookups of their own.
  while (lookups.length + keyedLookups.length > 0) {
    for (const { place, field } of lookups.splice(0)) {
      const id = ids.get(getNamedType(field.type).name);
      if (id === undefined) continue;
      await visitField(place, field, `(${requiredArgs(field)[0].name}: ${JSON.stringify(id)})`);
    }
    for (const { place, field, keys } of keyedLookups.splice(0)) {
      const target = getNamedType(field.type) as GraphQLObjectType;
      const sample = placeOf.get(target.name);
      if (!sample) continue;
      const selectionOf = (key: string) => (isLeafType(getNamedType(target.getFields()[key].type)) ? key : `${key} { id }`);
      const { data } = await run(sample.query.replace('%s', keys.map(selectionOf).join(' ')));
      const seen = at(data, sample.path) as Record<string, unknown> | undefined;
      const values = keys.map((key) => {
        const value = seen?.[key];
        return typeof value === 'object' && value !== null ? (value as { id?: unknown }).id : value;
      });
      if (values.some((v) => v === undefined || v === null)) continue;
      await visitField(place, field, `(${keys.map((key, i) => `${key}: ${JSON.stringify(values[i])}`).join(', ')})`);
    }
    await expandAll();
  }
  // Every node seen, refetched by its global id (what Relay and Apollo do): a child's own GET
  // (a NodeBalancer config, a firewall device) is reached that way where no field looks it up.
  const node = query.getFields().node;
  for (const id of node ? globalIds.values() : []) await visitField(freshRoot, node, `(id: ${JSON.stringify(id)})`);

  const writes = new Map<string, string>();
  for (const field of Object.values(schema.getMutationType()?.getFields() ?? {})) {
    const op = field.extensions?.linodeOperation;
    if (typeof op === 'string' && !writes.has(op)) writes.set(op, `Mutation.${field.name}`);
    // A GET a payload reads after its write (a config's interfaces in their new order): declared
    // with the payload field, run by the mutation's write case (test/coverage/writes.test.ts).
    for (const [op, coordinate] of readBacks(field)) if (!reached.has(op)) reached.set(op, coordinate);
  }
  const line = (op: OperationFact) => `${op.method} ${op.path}`;
  return {
    reads: facts.operations
      .filter((op) => op.method === 'GET')
      .map((op) => ({ operation: line(op), coordinate: reached.get(line(op)) ?? null })),
    writes: facts.operations
      .filter((op) => op.method !== 'GET')
      .map((op) => ({ operation: line(op), coordinate: writes.get(line(op)) ?? reached.get(line(op)) ?? null })),
  };
}

/** The GETs a mutation's payload fields read after the write, with their coordinates (`XPayload.field`). */
export function readBacks(mutation: AnyField): Array<[operation: string, coordinate: string]> {
  const payload = getNamedType(mutation.type);
  if (!(payload instanceof GraphQLObjectType)) return [];
  return Object.values(payload.getFields()).flatMap((field) => {
    const op = field.extensions?.linodeOperation;
    return typeof op === 'string' && op.startsWith('GET ') ? [[op, `${payload.name}.${field.name}`] as [string, string]] : [];
  });
}

/** The report `npm run coverage` prints, ending with the two totals. */
export function coverageReport(coverage: Coverage): string {
  const rows = (reaches: Reach[]) => reaches.map((r) => `  ${r.operation.padEnd(72)} ${r.coordinate ?? '-'}`);
  const count = (reaches: Reach[]) => `${reaches.filter((r) => r.coordinate).length}/${reaches.length}`;
  const byMutation = coverage.writes.filter((r) => r.coordinate?.startsWith('Mutation.')).length;
  const byQuery = coverage.writes.filter((r) => r.coordinate?.startsWith('Query.')).length;
  return [
    'GET operations',
    ...rows(coverage.reads),
    'Write operations',
    ...rows(coverage.writes),
    `GET operations reachable: ${count(coverage.reads)}`,
    // Issue 13 names this line: every operation that is not a GET, the one POST that only reads included.
    `mutation operations: ${count(coverage.writes)} (through mutations: ${byMutation}; POSTs that only read, through query fields: ${byQuery})`,
  ].join('\n');
}
