// Estimates how many upstream (Linode) requests an operation will make, before running it, so a
// query that would exhaust Linode's rate limits is refused up front. It reads the operation as the
// executor will: argument values from the coerced variables (an explicit null is null, a default
// applies only to an absent variable), fields merged by response key and each fragment collected
// once per selection set (as graphql-js does), @skip/@include honoured. And it follows how the
// gateway loads data:
//   - a root connection costs the pages its window needs; its items multiply what is nested inside;
//   - a connection under a parent is that per parent, unless declared `batched` (one per 100 parents);
//   - a catalog (regions, types, ...) is one request per query, whatever the count;
//   - a relation to another node is batched by the loader: one request per 100 parents;
//   - a relation to a union (an event's entity) is that for each member type it may load, up to
//     one per parent;
//   - a field declared `perParent` (an instance's IPs) is one request per parent (or the number it
//     declares: a metrics read is a service token and the read);
//   - a field declared `perParentThenLoads` (an IPv6 range's instances) is one request per parent,
//     plus one load per parent of the objects it names (each parent's ids come at their own time);
//   - `node(id:)`/`nodes(ids:)` cost what loading those ids costs, type by type (a disk is one
//     request each, instances one per 100, a catalog one), and their fragments run per type.
// The executor enforces the same budget while running (src/security/budget.ts): this estimate
// refuses early, the count stops what the estimate missed.
import {
  getNamedType,
  GraphQLObjectType,
  isAbstractType,
  isCompositeType,
  isObjectType,
  OperationTypeNode,
  type DocumentNode,
  type FieldNode,
  type GraphQLAbstractType,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';
import { planPages } from '../rest/page-plan.js';
import { resolveWindow } from '../schema/kit/relay-window.js';
import { declaredChildResources } from '../schema/kit/child-resource.js';
import { DEFAULT_FIRST, MAX_FIRST } from '../schema/kit/connection.js';
import { declaredCost, declaredTimes } from '../schema/kit/cost.js';
import { declaredResources } from '../schema/kit/resource.js';
import { byIdLoad } from '../schema/kit/resource-loader.js';
import { argumentsOf, collectFields, operationWalk, possibleTypes, selectionsOf, type OperationWalk } from './operation-walk.js';

/** How objects of a node type are loaded by id (src/loaders/by-id.ts). */
export type LoadKind =
  /** Fetched whole once per query (and cached). */
  | 'catalog'
  /** One list request with an `+or` of up to 100 ids. */
  | 'filterable'
  /** The first list page, then the rest of the list or one GET per missing id. */
  | 'list'
  /** One GET per id (children, read under their parent's path). */
  | 'each';

export interface CostRules {
  /** Node types and how they load by id; types not listed load one GET per id. */
  loads: Map<string, LoadKind>;
}

/** The rules of this gateway's schema, from the resource declarations. */
export function gatewayCostRules(): CostRules {
  const loads = new Map<string, LoadKind>();
  for (const { config } of declaredResources) loads.set(config.name, byIdLoad(config));
  for (const child of declaredChildResources) loads.set(child.name, 'each');
  return { loads };
}

const BATCH = 100;
/** `last` without `before`: a probe for the total, then the window. */
const TAIL_REQUESTS = 2;

interface Walk extends OperationWalk {
  rules: CostRules;
  catalogsSeen: Set<string>;
}

/** Requests to load `count` objects of a node type by id. */
function loadCost(typename: string, count: number, walk: Walk): number {
  if (count <= 0) return 0;
  switch (walk.rules.loads.get(typename) ?? 'each') {
    case 'catalog':
      if (walk.catalogsSeen.has(typename)) return 0;
      walk.catalogsSeen.add(typename);
      return 1;
    case 'filterable':
      return Math.ceil(count / BATCH);
    case 'list':
      return count === 1 ? 1 : 1 + count;
    case 'each':
      return count;
  }
}

function selectionCost(set: SelectionSetNode, type: GraphQLObjectType, multiplier: number, walk: Walk, depth: number): number {
  if (multiplier <= 0 || depth > 64) return 0;
  let cost = 0;
  for (const nodes of collectFields(set, type, walk).values()) cost += fieldCost(nodes, type, multiplier, walk, depth);
  return cost;
}

/** Cost of a composite value's selection, for each object type it can be. */
function valueCost(set: SelectionSetNode, type: GraphQLCompositeType, multiplier: number, walk: Walk, depth: number): number {
  let cost = 0;
  for (const concrete of possibleTypes(type, walk)) cost += selectionCost(set, concrete, multiplier, walk, depth + 1);
  return cost;
}

/** Requests one window of a connection takes, from its arguments. */
function windowRequests(args: Record<string, unknown>): { requests: number; items: number } {
  // Over the maximum page size: refused before anything is fetched.
  if (Number(args.first ?? 0) > MAX_FIRST || Number(args.last ?? 0) > MAX_FIRST) return { requests: 0, items: 0 };
  try {
    const spec = resolveWindow(args, DEFAULT_FIRST);
    if (spec.kind !== 'window') return { requests: TAIL_REQUESTS, items: Number(args.last ?? DEFAULT_FIRST) };
    return { requests: spec.limit === 0 ? 1 : planPages(spec.offset, spec.limit).requests.length, items: spec.limit };
  } catch {
    return { requests: 0, items: 0 }; // refused before anything is fetched
  }
}

function connectionCost(
  nodes: FieldNode[],
  parent: GraphQLObjectType,
  type: GraphQLObjectType,
  multiplier: number,
  walk: Walk,
  depth: number,
  isRoot: boolean,
): number {
  const definition = parent.getFields()[nodes[0].name.value];
  const args = argumentsOf(definition, nodes[0], walk);
  const { requests, items } = windowRequests(args);
  const itemType = getNamedType(type.getFields().nodes?.type);
  const catalog = isObjectType(itemType) && walk.rules.loads.get(itemType.name) === 'catalog';
  let own: number;
  // A whole catalog answers any window of it, unfiltered; filtered, Linode is asked for the window.
  if (catalog && isRoot && args.filter == null && args.orderBy == null) own = loadCost((itemType as GraphQLObjectType).name, 1, walk);
  else if (isRoot) own = requests;
  // Loaded for many parents at once, unless filtered or ordered (then each parent's own list is asked for).
  else if (declaredCost(definition.extensions) === 'batched' && args.filter == null && args.orderBy == null)
    own = Math.ceil(multiplier / BATCH);
  else own = catalog ? 0 : multiplier * requests;
  // `nodes { ... }` and `edges { node { ... } }` resolve the same objects: one merged selection.
  const itemSelections: FieldNode[] = [];
  for (const fields of collectFields(selectionsOf(nodes), type, walk).values()) {
    const name = fields[0].name.value;
    if (name === 'nodes') itemSelections.push(...fields);
    if (name === 'edges') {
      const edgeType = getNamedType(type.getFields().edges.type) as GraphQLObjectType;
      for (const edgeFields of collectFields(selectionsOf(fields), edgeType, walk).values()) {
        if (edgeFields[0].name.value === 'node') itemSelections.push(...edgeFields);
      }
    }
  }
  if (!isCompositeType(itemType) || itemSelections.length === 0) return own;
  return own + valueCost(selectionsOf(itemSelections), itemType, multiplier * Math.max(items, 0), walk, depth);
}

/** `node(id:)` and `nodes(ids:)`: the ids counted by type, each type loaded as it is. */
function nodeLookupCost(nodes: FieldNode[], definition: GraphQLField<unknown, unknown>, walk: Walk, depth: number): number {
  const args = argumentsOf(definition, nodes[0], walk);
  const ids = Array.isArray(args.ids) ? args.ids : args.id === undefined ? [] : [args.id];
  const counts = new Map<string, number>();
  for (const id of ids) {
    const typename = typeOfGlobalId(id);
    if (typename) counts.set(typename, (counts.get(typename) ?? 0) + 1);
  }
  let cost = 0;
  for (const [typename, count] of counts) {
    const type = walk.schema.getType(typename);
    if (!isObjectType(type)) continue;
    cost += loadCost(typename, count, walk) + selectionCost(selectionsOf(nodes), type, count, walk, depth + 1);
  }
  return cost;
}

function typeOfGlobalId(id: unknown): string | undefined {
  if (typeof id !== 'string') return undefined;
  return /^([A-Z][A-Za-z0-9]*):/.exec(Buffer.from(id, 'base64').toString('utf8'))?.[1];
}

function fieldCost(nodes: FieldNode[], parent: GraphQLObjectType, multiplier: number, walk: Walk, depth: number): number {
  const name = nodes[0].name.value;
  const definition = parent.getFields()[name];
  if (!definition || name.startsWith('__')) return 0;
  const type = getNamedType(definition.type);
  const declared = declaredCost(definition.extensions);
  const isRoot = [walk.schema.getQueryType(), walk.schema.getMutationType(), walk.schema.getSubscriptionType()].includes(parent);
  if (isRoot && parent === walk.schema.getQueryType() && (name === 'node' || name === 'nodes'))
    return nodeLookupCost(nodes, definition, walk, depth);
  // A plain field costs nothing, unless it is read with a request of its own (an LKE cluster's API endpoints).
  const perParent = multiplier * declaredTimes(definition.extensions);
  if (!isCompositeType(type)) return declared === 'perParent' ? perParent : 0;
  if (type instanceof GraphQLObjectType && type.name.endsWith('Connection') && type.getFields().pageInfo) {
    return connectionCost(nodes, parent, type, multiplier, walk, depth, isRoot);
  }
  let own = 0;
  if (declared === 'perParent') own = perParent;
  else if (declared === 'perParentThenLoads') own = multiplier + perParentLoads(type.name, multiplier, walk);
  else if (declared === 'batched') own = Math.ceil(multiplier / BATCH);
  else if (isObjectType(type) && walk.rules.loads.get(type.name) === 'catalog') own = loadCost(type.name, 1, walk);
  else if (isAbstractType(type) && !isRoot) own = unionLoads(type, multiplier, walk);
  else if (isAbstractType(type) || walk.rules.loads.has(type.name)) own = isRoot ? 1 : Math.ceil(multiplier / BATCH);
  return own + valueCost(selectionsOf(nodes), type, multiplier, walk, depth);
}

/** Loads of the objects `multiplier` parents name, each parent's on its own: once for a catalog. */
function perParentLoads(typename: string, multiplier: number, walk: Walk): number {
  return walk.rules.loads.get(typename) === 'catalog' ? loadCost(typename, 1, walk) : multiplier;
}

/**
 * Loads of a union's objects for `multiplier` parents: each member type loads on its own (its
 * own batch, or its own GET for one id), so one load per member type found, at most one per
 * parent; then one more per 100 parents beyond the first hundred.
 */
function unionLoads(type: GraphQLAbstractType, multiplier: number, walk: Walk): number {
  if (multiplier <= 0) return 0;
  const loadable = possibleTypes(type, walk).filter((member) => walk.rules.loads.has(member.name)).length;
  return Math.min(multiplier, loadable) + Math.ceil(multiplier / BATCH) - 1;
}

/**
 * Estimated upstream requests of the operation that would run (by name, or the only one), with
 * the raw variables as sent. Variables that do not coerce cost nothing: the operation will not run.
 */
export function estimateCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  rules: CostRules,
  rawVariables: Record<string, unknown> = {},
  operationName?: string | null,
): number {
  const operation = operationWalk(schema, document, rawVariables, operationName);
  if (!operation) return 0;
  const walk: Walk = { ...operation, rules, catalogsSeen: new Set() };
  const fields = collectFields(walk.operation.selectionSet, walk.root, walk);
  // Each mutation field is one write; a subscription is estimated per delivery (one poll and its event's relations).
  let cost = walk.operation.operation === OperationTypeNode.MUTATION ? fields.size : 0;
  for (const nodes of fields.values()) cost += fieldCost(nodes, walk.root, 1, walk, 0);
  return cost;
}
