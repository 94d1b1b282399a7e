// Lookahead for lookups by id: what a query asks under an object it looks up by id, when the path
// of that child list needs only the id (an instance's disks and configs), is requested at the same
// time as the object, not one round trip after it. The child's own resolver then finds the answer
// in the request's memo (same path, page and filter): `{ instance(id: 1) { label disks { ... } } }`
// takes one round trip instead of two. The cost is one request when the object does not exist
// (its children then answer 404 too, and nothing reads them); the cost estimate counts them anyway.
import {
  getArgumentValues,
  Kind,
  type FieldNode,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
  type SelectionSetNode,
} from 'graphql';
import type { GatewayContext } from '../../context.js';
import type { Id } from './types.js';

/** Starts what a child field would read for the parent with id `parentId` (its arguments given). */
export type Prefetch = (ctx: GatewayContext, parentId: Id, args: Record<string, unknown>) => Promise<unknown>;

const KEY = 'prefetchUnderParentId';

/** Field extensions marking a child field whose reads need only its parent's id. */
export const prefetchable = (prefetch: Prefetch) => ({ [KEY]: prefetch });

function prefetchOf(field: GraphQLField<unknown, unknown>): Prefetch | undefined {
  const prefetch = field.extensions[KEY];
  return typeof prefetch === 'function' ? (prefetch as Prefetch) : undefined;
}

/** Fields selected on `type` in `selections`, through fragments that apply to it; none under @skip/@include. */
function selectedFields(type: GraphQLObjectType, selections: SelectionSetNode | undefined, info: GraphQLResolveInfo): FieldNode[] {
  const fields: FieldNode[] = [];
  for (const selection of selections?.selections ?? []) {
    if (selection.directives?.length) continue; // conditional: possibly not asked for
    if (selection.kind === Kind.FIELD) fields.push(selection);
    else if (selection.kind === Kind.INLINE_FRAGMENT) {
      if (!selection.typeCondition || selection.typeCondition.name.value === type.name)
        fields.push(...selectedFields(type, selection.selectionSet, info));
    } else {
      const fragment = info.fragments[selection.name.value];
      if (fragment?.typeCondition.name.value === type.name) fields.push(...selectedFields(type, fragment.selectionSet, info));
    }
  }
  return fields;
}

/** Starts the reads of the prefetchable child fields the query selects under the `type` looked up by `id`. */
export function prefetchChildren(ctx: GatewayContext, info: GraphQLResolveInfo, type: GraphQLObjectType, id: Id): void {
  const fields = type.getFields();
  for (const node of info.fieldNodes) {
    for (const selected of selectedFields(type, node.selectionSet, info)) {
      const field = fields[selected.name.value];
      const prefetch = field && prefetchOf(field);
      if (!prefetch) continue;
      let args: Record<string, unknown>;
      try {
        args = getArgumentValues(field, selected, info.variableValues);
      } catch {
        continue; // bad arguments: the field itself will say so
      }
      // Its failure is the field's to report, when the field runs (the object may not exist).
      prefetch(ctx, id, args).catch(() => undefined);
    }
  }
}
