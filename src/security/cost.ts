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
//   - a field declared `perParent` (an instance's IPs) is one request per parent;
//   - `node(id:)`/`nodes(ids:)` cost what loading those ids costs, type by type (a disk is one
//     request each, instances one per 100, a catalog one), and their fragments run per type.
// The executor enforces the same budget while running (src/security/budget.ts): this estimate
// refuses early, the count stops what the estimate missed.
import {
  getArgumentValues,
  getDirectiveValues,
  getNamedType,
  getVariableValues,
  GraphQLIncludeDirective,
  GraphQLObjectType,
  GraphQLSkipDirective,
  isAbstractType,
  isCompositeType,
  isObjectType,
  Kind,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { filterableFields } from '../facts/index.js';
import { planPages, resolveWindow } from '../rest/pagination.js';
import { declaredChildResources } from '../schema/kit/child-resource.js';
import { DEFAULT_FIRST, MAX_FIRST } from '../schema/kit/connection.js';
import { declaredCost } from '../schema/kit/cost.js';
import { declaredResources } from '../schema/kit/resource.js';

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
  for (const { config } of declaredResources) {
    const idField = config.idField ?? 'id';
    const filterable = idField === 'id' && filterableFields(config.schema).includes('id');
    loads.set(config.name, config.catalog ? 'catalog' : filterable ? 'filterable' : 'list');
  }
  for (const child of declaredChildResources) loads.set(child.name, 'each');
  return { loads };
}

const BATCH = 100;
/** `last` without `before`: a probe for the total, then the window. */
const TAIL_REQUESTS = 2;

interface Walk {
  schema: GraphQLSchema;
  rules: CostRules;
  variables: Record<string, unknown>;
  fragments: Map<string, FragmentDefinitionNode>;
  catalogsSeen: Set<string>;
}

/** Fields of a selection set on an object type, by response key, as the executor collects them. */
function collectFields(set: SelectionSetNode, type: GraphQLObjectType, walk: Walk, into = new Map<string, FieldNode[]>(), seen = new Set<string>()): Map<string, FieldNode[]> {
  for (const selection of set.selections) {
    if (!included(selection, walk)) continue;
    if (selection.kind === Kind.FIELD) {
      const key = selection.alias?.value ?? selection.name.value;
      into.set(key, [...(into.get(key) ?? []), selection]);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      if (!selection.typeCondition || applies(selection.typeCondition.name.value, type, walk)) collectFields(selection.selectionSet, type, walk, into, seen);
    } else {
      const name = selection.name.value;
      const fragment = walk.fragments.get(name);
      if (seen.has(name) || !fragment || !applies(fragment.typeCondition.name.value, type, walk)) continue;
      seen.add(name);
      collectFields(fragment.selectionSet, type, walk, into, seen);
    }
  }
  return into;
}

function included(node: { directives?: readonly unknown[] }, walk: Walk): boolean {
  const target = node as Parameters<typeof getDirectiveValues>[1];
  if (getDirectiveValues(GraphQLSkipDirective, target, walk.variables)?.if === true) return false;
  return getDirectiveValues(GraphQLIncludeDirective, target, walk.variables)?.if !== false;
}

function applies(condition: string, type: GraphQLObjectType, walk: Walk): boolean {
  const on = walk.schema.getType(condition);
  if (!on) return false;
  if (on === type) return true;
  return isAbstractType(on) && walk.schema.isSubType(on, type);
}

/** The object types a value of this type can be. */
function possibleTypes(type: GraphQLCompositeType, walk: Walk): readonly GraphQLObjectType[] {
  return isAbstractType(type) ? walk.schema.getPossibleTypes(type) : [type];
}

function argumentsOf(definition: GraphQLField<unknown, unknown>, node: FieldNode, walk: Walk): Record<string, unknown> {
  try {
    return getArgumentValues(definition, node, walk.variables);
  } catch {
    return {}; // the executor reports the bad argument; it costs nothing
  }
}

function selectionsOf(nodes: FieldNode[]): SelectionSetNode {
  return { kind: Kind.SELECTION_SET, selections: nodes.flatMap((n) => n.selectionSet?.selections ?? []) };
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

function connectionCost(nodes: FieldNode[], parent: GraphQLObjectType, type: GraphQLObjectType, multiplier: number, walk: Walk, depth: number, isRoot: boolean): number {
  const definition = parent.getFields()[nodes[0].name.value];
  const args = argumentsOf(definition, nodes[0], walk);
  const { requests, items } = windowRequests(args);
  const itemType = getNamedType(type.getFields().nodes?.type);
  const catalog = isObjectType(itemType) && walk.rules.loads.get(itemType.name) === 'catalog';
  let own: number;
  // A whole catalog answers any window of it, unfiltered; filtered, Linode is asked for the window.
  if (catalog && isRoot && args.filter == null && args.orderBy == null) own = loadCost((itemType as GraphQLObjectType).name, 1, walk);
  else if (isRoot) own = requests;
  else if (declaredCost(definition.extensions) === 'batched') own = Math.ceil(multiplier / BATCH);
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
  if (isRoot && parent === walk.schema.getQueryType() && (name === 'node' || name === 'nodes')) return nodeLookupCost(nodes, definition, walk, depth);
  // A plain field costs nothing, unless it is read with a request of its own (an LKE cluster's API endpoints).
  if (!isCompositeType(type)) return declared === 'perParent' ? multiplier : 0;
  if (type instanceof GraphQLObjectType && type.name.endsWith('Connection') && type.getFields().pageInfo) {
    return connectionCost(nodes, parent, type, multiplier, walk, depth, isRoot);
  }
  let own = 0;
  if (declared === 'perParent') own = multiplier;
  else if (declared === 'batched') own = Math.ceil(multiplier / BATCH);
  else if (isObjectType(type) && walk.rules.loads.get(type.name) === 'catalog') own = loadCost(type.name, 1, walk);
  else if (isAbstractType(type) || walk.rules.loads.has(type.name)) own = isRoot ? 1 : Math.ceil(multiplier / BATCH);
  return own + valueCost(selectionsOf(nodes), type, multiplier, walk, depth);
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
  const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  const operation = operationName ? operations.find((o) => o.name?.value === operationName) : operations[0];
  if (!operation) return 0;
  // A subscription is estimated per delivery: what one poll and its event's relations cost.
  const root = { query: schema.getQueryType(), mutation: schema.getMutationType(), subscription: schema.getSubscriptionType() }[operation.operation];
  if (!root) return 0;
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], rawVariables);
  if (coerced.errors) return 0;
  const walk: Walk = {
    schema,
    rules,
    variables: coerced.coerced,
    fragments: new Map(document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f])),
    catalogsSeen: new Set(),
  };
  const fields = collectFields(operation.selectionSet, root, walk);
  // Each mutation field is one write.
  const writes = operation.operation === 'mutation' ? [...fields.values()].length : 0;
  let cost = writes;
  for (const nodes of fields.values()) cost += fieldCost(nodes, root, 1, walk, 0);
  return cost;
}
