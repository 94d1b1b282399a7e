// Which nested objects keep an `id`: client caches (Apollo, urql) normalise on __typename + id, so
// an embedded object that borrows another's id would merge different objects there.
import { singular } from './names.js';

/**
 * Nested objects whose `id` is their own, unique for their type across the API (an LKE node, a
 * config interface, a subnet listed in its VPC): they keep `id`, so client caches normalise them.
 */
export const OWN_ID_PATHS = new Set([
  'LKENodePool.nodes',
  'LinodeConfig.interfaces',
  'VPC.subnets',
  'VPCSubnet.linodes.interfaces',
  'VPC.subnets.linodes.interfaces',
]);

/** Non-node types with an `id` of their own: OWN_ID_PATHS, whole objects such as a backup (the schema test checks there are no others). */
export const ownIdTypeNames = new Set<string>();

/** Nested `id`s that name something else than their key says: a price or transfer per region. */
const NESTED_ID_KEYS: Record<string, string> = {
  region_prices: 'region_id',
  region_transfers: 'region_id',
  assigned_entity: 'entity_id',
  parent_entity: 'entity_id',
};

/**
 * The key a nested object's `id` is exposed under. Only nodes (and OWN_ID_PATHS) have an `id`
 * field: an embedded object that borrows another's id (`region_prices[].id` is the region's)
 * would merge different objects in Apollo's and urql's normalised caches. `entity.id` -> `entityId`.
 */
export function nestedIdKey(schema: string, path: string): string {
  if (OWN_ID_PATHS.has(`${schema}.${path}`)) return 'id';
  const last = path.split('.').pop() ?? path;
  return NESTED_ID_KEYS[last] ?? `${singular(last)}_id`;
}
