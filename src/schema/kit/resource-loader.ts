// How a resource's objects load by id: the request loader's batch (the strategy itself is
// src/loaders/by-id.ts), and which of its ways applies, which the cost estimate reads too.
import { GraphQLError } from 'graphql';
import { facts, filterableFields } from 'linode-facts';
import type { GatewayContext } from '../../context.js';
import { loadManyById } from '../../loaders/by-id.js';
import { validId } from './ids.js';
import { asShape, tagType } from './linode-values.js';
import type { ResourceSettings } from './resource.js';
import type { Id } from './types.js';

export function notFound(type: string, id: Id): GraphQLError {
  return new GraphQLError(`${type} ${JSON.stringify(String(id))} was not found.`, {
    extensions: { code: 'NOT_FOUND', type, id: String(id) },
  });
}

/**
 * How a catalog is shared: by everyone only when the spec marks its list operation public
 * (linode-facts `OperationFact.public`), otherwise per token, whatever the declaration says.
 */
export function catalogRule(config: ResourceSettings): ResourceSettings['catalog'] {
  if (!config.catalog) return undefined;
  const isPublic = facts.operations.some((op) => op.method === 'GET' && op.path === config.path && op.public === true);
  return { ...config.catalog, scope: config.catalog.scope === 'public' && isPublic ? 'public' : 'private' };
}

/** Linode can filter the collection by `id`: many ids go out as one `+or` list request. */
function idFilterable(config: ResourceSettings): boolean {
  const idField = config.idField ?? 'id';
  return filterableFields(config.schema).includes(idField) && idField === 'id';
}

/** How objects of a resource load by id: a whole catalog, an `+or` filter, or the list (or one GET each). */
export function byIdLoad(config: ResourceSettings): 'catalog' | 'filterable' | 'list' {
  if (config.catalog) return 'catalog';
  return idFilterable(config) ? 'filterable' : 'list';
}

/** The request loader's batch: see src/loaders/by-id.ts for the strategy. */
export async function loadByIds<Shape extends object>(
  config: ResourceSettings,
  ctx: GatewayContext,
  keys: readonly Id[],
): Promise<Array<Shape | Error>> {
  // Keys come from arguments (strings) and from upstream data (numbers); both go into paths.
  const ids = keys.map((key) => validId(config.idKind, key));
  const source = { path: config.path, idField: config.idField ?? 'id', idFilterable: idFilterable(config), catalog: catalogRule(config) };
  const found = await loadManyById(ctx, source, ids);
  return ids.map((id) => {
    const item = found.get(id);
    if (item instanceof Error) return item;
    return item ? tagType(asShape<Shape>(item), config.name) : notFound(config.name, id);
  });
}
