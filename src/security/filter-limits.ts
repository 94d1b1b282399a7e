// The filter limits checked before anything runs: every `filter` argument of the operation
// (variables resolved, every use counted) is compiled once with the limits, so a filter too large
// for Linode is refused before the first upstream request, whatever field it sits on.
import {
  getNamedType,
  isCompositeType,
  type DocumentNode,
  type GraphQLError,
  type GraphQLObjectType,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';
import { compileXFilter, FilterLimitError, type FilterLimits, type OrderInput } from '../rest/xfilter.js';
import { filterFieldsOf } from '../schema/kit/filters.js';
import { limitError } from './errors.js';
import { argumentsOf, collectFields, operationWalk, possibleTypes, selectionsOf, type OperationWalk } from './operation-walk.js';

/** The first filter of the operation over a limit, as the error to answer with; undefined when all are within. */
export function filterLimitError(
  schema: GraphQLSchema,
  document: DocumentNode,
  rawVariables: unknown,
  operationName: string | null | undefined,
  limits: FilterLimits,
): GraphQLError | undefined {
  const walk = operationWalk(schema, document, rawVariables, operationName);
  if (!walk) return undefined;
  try {
    checkSelections(walk.operation.selectionSet, walk.root, walk, limits, 0);
  } catch (error) {
    if (error instanceof FilterLimitError) return limitError(error.code, error.message, error.details);
    throw error;
  }
  return undefined;
}

function checkSelections(set: SelectionSetNode, type: GraphQLObjectType, walk: OperationWalk, limits: FilterLimits, depth: number): void {
  if (depth > 64) return;
  for (const nodes of collectFields(set, type, walk).values()) {
    const definition = type.getFields()[nodes[0].name.value];
    if (!definition) continue;
    const filterType = definition.args.find((a) => a.name === 'filter');
    const fields = filterType && filterFieldsOf(getNamedType(filterType.type).name);
    if (fields) {
      // Each merged use is its own call, with its own arguments.
      for (const node of nodes) {
        const args = argumentsOf(definition, node, walk);
        try {
          compileXFilter(
            (args.filter as Record<string, unknown> | null | undefined) ?? undefined,
            fields,
            (args.orderBy as OrderInput | null | undefined) ?? undefined,
            limits,
          );
        } catch (error) {
          if (error instanceof FilterLimitError) throw error;
          // Other filter mistakes are the field's BAD_USER_INPUT when it runs.
        }
      }
    }
    const named = getNamedType(definition.type);
    if (!isCompositeType(named)) continue;
    for (const concrete of possibleTypes(named, walk)) checkSelections(selectionsOf(nodes), concrete, walk, limits, depth + 1);
  }
}
