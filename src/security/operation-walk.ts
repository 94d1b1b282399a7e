// Reading an operation as the executor will, before it runs: the selected operation, its
// variables coerced (defaults for absent ones, explicit nulls kept), and the fields of a selection
// set collected the way graphql-js collects them (merged by response key, each fragment once per
// selection set, @skip/@include honoured). The cost estimate and the filter limits walk with it.
import {
  getArgumentValues,
  getDirectiveValues,
  getOperationAST,
  getVariableValues,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  isAbstractType,
  Kind,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

export interface OperationWalk {
  schema: GraphQLSchema;
  operation: OperationDefinitionNode;
  /** The root type of the operation. */
  root: GraphQLObjectType;
  /** Coerced variable values. */
  variables: Record<string, unknown>;
  fragments: Map<string, FragmentDefinitionNode>;
}

/** The walk of the operation that would run, or undefined when it would not (no such operation, variables that do not coerce). */
export function operationWalk(
  schema: GraphQLSchema,
  document: DocumentNode,
  rawVariables: unknown,
  operationName?: string | null,
): OperationWalk | undefined {
  const operation = getOperationAST(document, operationName);
  if (!operation) return undefined;
  const root = { query: schema.getQueryType(), mutation: schema.getMutationType(), subscription: schema.getSubscriptionType() }[
    operation.operation
  ];
  if (!root) return undefined;
  const inputs = typeof rawVariables === 'object' && rawVariables !== null ? (rawVariables as Record<string, unknown>) : {};
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], inputs);
  if (coerced.errors) return undefined;
  const fragments = new Map(
    document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]),
  );
  return { schema, operation, root, variables: coerced.coerced, fragments };
}

/** Fields of a selection set on an object type, by response key, as the executor collects them. */
export function collectFields(
  set: SelectionSetNode,
  type: GraphQLObjectType,
  walk: OperationWalk,
  into = new Map<string, FieldNode[]>(),
  seen = new Set<string>(),
): Map<string, FieldNode[]> {
  for (const selection of set.selections) {
    if (!included(selection, walk)) continue;
    if (selection.kind === Kind.FIELD) {
      const key = selection.alias?.value ?? selection.name.value;
      into.set(key, [...(into.get(key) ?? []), selection]);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      if (!selection.typeCondition || applies(selection.typeCondition.name.value, type, walk))
        collectFields(selection.selectionSet, type, walk, into, seen);
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

function included(node: Parameters<typeof getDirectiveValues>[1], walk: OperationWalk): boolean {
  if (getDirectiveValues(GraphQLSkipDirective, node, walk.variables)?.if === true) return false;
  return getDirectiveValues(GraphQLIncludeDirective, node, walk.variables)?.if !== false;
}

function applies(condition: string, type: GraphQLObjectType, walk: OperationWalk): boolean {
  const on = walk.schema.getType(condition);
  if (!on) return false;
  if (on === type) return true;
  return isAbstractType(on) && walk.schema.isSubType(on, type);
}

/** The object types a value of this type can be. */
export function possibleTypes(type: GraphQLCompositeType, walk: OperationWalk): readonly GraphQLObjectType[] {
  return isAbstractType(type) ? walk.schema.getPossibleTypes(type) : [type];
}

/** A field's argument values as its resolver will get them; {} when they are invalid (the executor reports that). */
export function argumentsOf(definition: GraphQLField<unknown, unknown>, node: FieldNode, walk: OperationWalk): Record<string, unknown> {
  try {
    return getArgumentValues(definition, node, walk.variables);
  } catch {
    return {};
  }
}

/** The sub-selections of fields merged under one response key. */
export function selectionsOf(nodes: readonly FieldNode[]): SelectionSetNode {
  return { kind: Kind.SELECTION_SET, selections: nodes.flatMap((n) => n.selectionSet?.selections ?? []) };
}
