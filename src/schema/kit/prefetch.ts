// Lookahead for child lists whose path needs only their parent's id (an instance's disks and
// configs): they are requested as soon as the parent's id is known, not once the executor reaches
// the field. The child's own resolver then takes the page started for it (src/schema/kit/child-resource.ts;
// the request's memo of reads would serve the same path, page and filter too).
//   - A lookup by id starts them with the lookup itself: `{ instance(id: 1) { label disks { ... } } }`
//     takes one round trip instead of two. The cost is one request when the object does not exist
//     (its children then answer 404 too, and nothing reads them); the cost estimate counts them anyway.
//   - A page of a list starts every node's as soon as it arrives, before the executor completes the
//     page's nodes (see `afterWrites`).
import {
  getArgumentValues,
  getNamedType,
  GraphQLObjectType,
  Kind,
  type FieldNode,
  type GraphQLField,
  type GraphQLResolveInfo,
  type SelectionSetNode,
} from 'graphql';
import type { GatewayContext } from '../../context.js';
import type { Id } from './types.js';

/**
 * Starts what a child field would read for the parent with id `parentId` (its arguments given).
 * `lookahead` (src/loaders/upstream-session.ts): the read is not one a batch of ids waits for; true
 * under a lookup, whose own object may be in such a batch, false under a page of a list, whose
 * children's answers may add ids to one (a firewall's devices, their instances).
 */
export type Prefetch = (ctx: GatewayContext, parentId: Id, args: Record<string, unknown>, lookahead: boolean) => Promise<unknown>;

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

/** Starts a child field's reads for one parent id. */
type Start = (ctx: GatewayContext, parentId: Id) => void;

/** The prefetchable child fields selected on `type` in `selectionSets`, each with its arguments. */
function selectedPrefetches(
  info: GraphQLResolveInfo,
  type: GraphQLObjectType,
  selectionSets: Array<SelectionSetNode | undefined>,
  lookahead: boolean,
): Start[] {
  const fields = type.getFields();
  const starts: Start[] = [];
  for (const selectionSet of selectionSets) {
    for (const selected of selectedFields(type, selectionSet, info)) {
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
      starts.push((ctx, parentId) => void prefetch(ctx, parentId, args, lookahead).catch(() => undefined));
    }
  }
  return starts;
}

/** Starts the reads of the prefetchable child fields the query selects under the `type` looked up by `id`. */
export function prefetchChildren(ctx: GatewayContext, info: GraphQLResolveInfo, type: GraphQLObjectType, id: Id): void {
  const selectionSets = info.fieldNodes.map((node) => node.selectionSet);
  for (const start of selectedPrefetches(info, type, selectionSets, true)) start(ctx, id);
}

/** What the query selects under a connection's nodes: `nodes { … }` and `edges { node { … } }`. */
function nodeSelections(info: GraphQLResolveInfo, connection: GraphQLObjectType): Array<SelectionSetNode | undefined> {
  const edge = getNamedType(connection.getFields().edges?.type);
  const sets: Array<SelectionSetNode | undefined> = [];
  for (const fieldNode of info.fieldNodes) {
    for (const selected of selectedFields(connection, fieldNode.selectionSet, info)) {
      if (selected.name.value === 'nodes') sets.push(selected.selectionSet);
      else if (selected.name.value === 'edges' && edge instanceof GraphQLObjectType) {
        for (const inner of selectedFields(edge, selected.selectionSet, info))
          if (inner.name.value === 'node') sets.push(inner.selectionSet);
      }
    }
  }
  return sets;
}

/**
 * Starts, for each of a page's nodes (of `type`, by their ids), the reads of the prefetchable child
 * fields the query selects under the connection `info` resolves. True when it started any.
 */
export function prefetchUnderNodes(ctx: GatewayContext, info: GraphQLResolveInfo, type: GraphQLObjectType, ids: Id[]): boolean {
  const connection = getNamedType(info.returnType);
  if (!(connection instanceof GraphQLObjectType) || ids.length === 0) return false;
  const starts = selectedPrefetches(info, type, nodeSelections(info, connection), false);
  for (const id of ids) for (const start of starts) start(ctx, id);
  return starts.length > 0;
}

/**
 * Resolves once the requests started in this turn of the event loop are on the wire. undici writes
 * a request on a reused keep-alive socket only in the loop's check phase (first it looks for bytes
 * the server sent unasked: GHSA-35p6-xmwp-9g52), so behind everything the current turn still runs.
 * A page that started its nodes' children waits for this before the executor completes the page's
 * nodes and their other fields (some 2-4 ms for 50 instances), which would otherwise go first.
 * Two `setImmediate`s: the first runs before the writes (it was scheduled before them), the second
 * in the next turn, after them.
 */
export function afterWrites(): Promise<void> {
  return new Promise((resolve) => setImmediate(() => setImmediate(resolve)));
}
