// Estimates how many upstream (Linode) requests an operation can make, before running it, so a
// query that would exhaust Linode's rate limits is refused up front. The estimate follows how the
// gateway loads data:
//   - a root connection is one request; its items multiply what is nested inside;
//   - a connection under a parent is one request per parent (no batch endpoint), unless the
//     gateway loads it for many parents at once (an instance's volumes): one per 100 parents;
//   - a relation to a catalog (regions, types, ...) is one request per query, whatever the count;
//   - a relation to another node is batched: one request per 100 parents;
//   - fields fetched per parent (an instance's IPs, backups) are one request per parent.
import {
  getNamedType,
  GraphQLObjectType,
  isAbstractType,
  isCompositeType,
  Kind,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';
import { DEFAULT_FIRST } from '../schema/kit/connection.js';
import { declaredResources } from '../schema/kit/resource.js';

export interface CostRules {
  /** Types fetched whole once per query. */
  catalogTypes: Set<string>;
  /** `Type.field` coordinates that cost one request per parent object. */
  perParent: Set<string>;
  /** `Type.field` connections loaded for many parents at once (src/loaders/instance-volumes.ts). */
  batchedConnections: Set<string>;
}

/** The rules of this gateway's schema. */
export function gatewayCostRules(): CostRules {
  return {
    catalogTypes: new Set(declaredResources.filter((r) => r.config.catalog).map((r) => r.config.name)),
    perParent: new Set(['Instance.ips', 'InstanceBackups.automatic', 'InstanceBackups.snapshot', 'Query.account', 'Query.profile', 'LKECluster.apiEndpoints']),
    batchedConnections: new Set(['Instance.volumes']),
  };
}

const BATCH = 100;

interface Walk {
  schema: GraphQLSchema;
  rules: CostRules;
  variables: Record<string, unknown>;
  fragments: Map<string, FragmentDefinitionNode>;
  catalogsSeen: Set<string>;
  /** Variable defaults from the operation. */
  defaults: Map<string, ValueNode>;
}

function intArg(field: FieldNode, name: string, walk: Walk): number | undefined {
  const arg = field.arguments?.find((a) => a.name.value === name);
  if (!arg) return undefined;
  const value = arg.value;
  if (value.kind === Kind.INT) return Number(value.value);
  if (value.kind === Kind.VARIABLE) {
    const given = walk.variables[value.name.value];
    if (typeof given === 'number') return given;
    const fallback = walk.defaults.get(value.name.value);
    if (fallback?.kind === Kind.INT) return Number(fallback.value);
  }
  return undefined;
}

function implementsNode(type: GraphQLCompositeType): boolean {
  return type instanceof GraphQLObjectType && type.getInterfaces().some((i) => i.name === 'Node');
}

function walkSelections(set: SelectionSetNode | undefined, type: GraphQLCompositeType, multiplier: number, walk: Walk, depth: number): number {
  if (!set || depth > 50) return 0;
  let cost = 0;
  for (const selection of set.selections) {
    if (selection.kind === Kind.INLINE_FRAGMENT) {
      const onType = selection.typeCondition ? walk.schema.getType(selection.typeCondition.name.value) : type;
      if (onType && isCompositeType(onType)) cost += walkSelections(selection.selectionSet, onType, multiplier, walk, depth + 1);
    } else if (selection.kind === Kind.FRAGMENT_SPREAD) {
      const fragment = walk.fragments.get(selection.name.value);
      const onType = fragment && walk.schema.getType(fragment.typeCondition.name.value);
      if (fragment && onType && isCompositeType(onType)) cost += walkSelections(fragment.selectionSet, onType, multiplier, walk, depth + 1);
    } else {
      cost += fieldCost(selection, type, multiplier, walk, depth);
    }
  }
  return cost;
}

function fieldCost(field: FieldNode, parent: GraphQLCompositeType, multiplier: number, walk: Walk, depth: number): number {
  if (field.name.value.startsWith('__') || isAbstractType(parent)) return 0;
  const definition = parent.getFields()[field.name.value];
  if (!definition) return 0;
  const type = getNamedType(definition.type);
  // A plain field costs nothing, unless it is read with a request of its own (an LKE cluster's API endpoints).
  if (!isCompositeType(type)) return walk.rules.perParent.has(`${parent.name}.${field.name.value}`) ? multiplier : 0;
  const isRoot = [walk.schema.getQueryType(), walk.schema.getMutationType(), walk.schema.getSubscriptionType()].includes(parent as GraphQLObjectType);

  if (type.name.endsWith('Connection') && type instanceof GraphQLObjectType) {
    const items = intArg(field, 'first', walk) ?? intArg(field, 'last', walk) ?? DEFAULT_FIRST;
    const own = isRoot
      ? 1
      : walk.rules.catalogTypes.has(type.name.replace(/Connection$/, ''))
        ? 0
        : walk.rules.batchedConnections.has(`${parent.name}.${field.name.value}`)
          ? Math.ceil(multiplier / BATCH)
          : multiplier;
    const inner = multiplier * Math.max(items, 0);
    let nested = 0;
    for (const selection of field.selectionSet?.selections ?? []) {
      if (selection.kind !== Kind.FIELD) continue;
      const sub = type.getFields()[selection.name.value];
      const subType = sub && getNamedType(sub.type);
      if (selection.name.value === 'nodes' && subType && isCompositeType(subType)) nested += walkSelections(selection.selectionSet, subType, inner, walk, depth + 1);
      if (selection.name.value === 'edges' && subType instanceof GraphQLObjectType) {
        for (const edgeField of selection.selectionSet?.selections ?? []) {
          if (edgeField.kind !== Kind.FIELD || edgeField.name.value !== 'node') continue;
          const nodeType = getNamedType(subType.getFields().node.type);
          if (isCompositeType(nodeType)) nested += walkSelections(edgeField.selectionSet, nodeType, inner, walk, depth + 1);
        }
      }
    }
    return own + nested;
  }

  let own = 0;
  if (walk.rules.perParent.has(`${parent.name}.${field.name.value}`)) own = multiplier;
  else if (walk.rules.catalogTypes.has(type.name)) {
    own = walk.catalogsSeen.has(type.name) ? 0 : 1;
    walk.catalogsSeen.add(type.name);
  } else if (isAbstractType(type) || implementsNode(type)) own = isRoot ? 1 : Math.ceil(multiplier / BATCH);
  return own + walkSelections(field.selectionSet, type, multiplier, walk, depth + 1);
}

/** Estimated upstream requests of the operation that would run (by name, or the only one). */
export function estimateCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  rules: CostRules,
  variables: Record<string, unknown> = {},
  operationName?: string | null,
): number {
  const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  const operation = operationName ? operations.find((o) => o.name?.value === operationName) : operations[0];
  if (!operation) return 0;
  // A subscription is estimated per delivery: what one poll and its event's relations cost.
  const root = { query: schema.getQueryType(), mutation: schema.getMutationType(), subscription: schema.getSubscriptionType() }[operation.operation];
  if (!root) return 0;
  const walk: Walk = {
    schema,
    rules,
    variables,
    fragments: new Map(document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f])),
    catalogsSeen: new Set(),
    defaults: new Map((operation.variableDefinitions ?? []).filter((v) => v.defaultValue).map((v) => [v.variable.name.value, v.defaultValue as ValueNode])),
  };
  // Each mutation field is one write.
  const writes = operation.operation === 'mutation' ? operation.selectionSet.selections.length : 0;
  return writes + walkSelections(operation.selectionSet, root, 1, walk, 0);
}
