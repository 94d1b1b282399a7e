// What an account event makes stale in a token's cache. Linode records every change in
// `/account/events`, naming the object changed (`entity`, with its API path in `url`) and often a
// second one (`secondary_entity`: the disk of a `disk_create`, the instance of a `volume_attach`).
// An event drops everything cached under each object's path (the object, its disks, configs...),
// every page and filter of the list it belongs to, and the events list itself. A kind of object
// the gateway cannot place drops the token's whole cache.
//
// Drop markers: `/a/b/7` drops every path at or under it; `=/a/b` drops that list (any page or
// filter); `=/a/*/c` drops that list under any parent.

type EventEntity = { id?: unknown; type?: unknown; url?: unknown } | null | undefined;
export type AccountEvent = Record<string, unknown>;

/** The whole cache of the token. */
export const DROP_ALL = '/';

/** Where objects of an event entity type live, for entities sent without a `url`. */
const PATHS_BY_TYPE: Record<string, string> = {
  linode: '/linode/instances',
  disks: '/linode/instances',
  backups: '/linode/instances',
  volume: '/volumes',
  domain: '/domains',
  nodebalancer: '/nodebalancers',
  firewall: '/networking/firewalls',
  image: '/images',
  stackscript: '/linode/stackscripts',
  ticket: '/support/tickets',
  longview: '/longview/clients',
  managed_service: '/managed/services',
  user: '/account/users',
  user_ssh_key: '/profile/sshkeys',
  token: '/profile/tokens',
  oauth_client: '/account/oauth-clients',
  lkecluster: '/lke/clusters',
  lke_cluster: '/lke/clusters',
  vpc: '/vpcs',
  placement_group: '/placement/groups',
  database: '/databases',
};

/** Kinds of objects that belong to the account or profile as a whole. */
const WHOLE_AREAS: Record<string, string> = {
  account: '/account',
  profile: '/profile',
  entity_transfer: '/account',
  ipaddress: '/networking',
};

/** Markers an entity makes stale; undefined when it cannot be placed. */
function entityMarkers(entity: EventEntity): string[] | undefined {
  if (!entity || typeof entity !== 'object') return [];
  const type = typeof entity.type === 'string' ? entity.type : '';
  if (WHOLE_AREAS[type]) return [WHOLE_AREAS[type]];
  let path: string | undefined;
  if (typeof entity.url === 'string' && entity.url.startsWith('/')) path = entity.url.replace(/^\/v4(?=\/)/, '').replace(/\/+$/, '');
  else if (PATHS_BY_TYPE[type] && (typeof entity.id === 'number' || typeof entity.id === 'string'))
    path = `${PATHS_BY_TYPE[type]}/${entity.id}`;
  if (!path || path.includes('..') || path.split('/').length < 3) return undefined;
  const list = path.slice(0, path.lastIndexOf('/'));
  const markers = [path, `=${list}`];
  // An instance's volumes are read from the account's volume list, and each instance's own list.
  if (list === '/volumes') markers.push('=/linode/instances/*/volumes');
  return markers;
}

/** The drop markers of one event (its entity, its secondary entity, the events list). */
export function eventMarkers(event: AccountEvent): string[] {
  const markers = new Set<string>(['=/account/events', '=/account/notifications']);
  for (const entity of [event.entity, event.secondary_entity] as EventEntity[]) {
    const found = entityMarkers(entity);
    if (found === undefined) return [DROP_ALL];
    for (const marker of found) markers.add(marker);
  }
  return [...markers];
}

/** The highest version at which a marker dropped `path` (0: never). */
export function droppedAt(path: string, drops: Readonly<Record<string, number>>): number {
  let at = drops[DROP_ALL] ?? 0;
  const exact = drops[`=${path}`];
  if (exact !== undefined && exact > at) at = exact;
  const template = drops[`=${path.replace(/\/\d+(?=\/|$)/g, '/*')}`];
  if (template !== undefined && template > at) at = template;
  // Every prefix at a segment boundary: `/linode`, `/linode/instances`, `/linode/instances/7`...
  for (let cut = path.indexOf('/', 1); ; cut = path.indexOf('/', cut + 1)) {
    const prefix = cut === -1 ? path : path.slice(0, cut);
    const dropped = drops[prefix];
    if (dropped !== undefined && dropped > at) at = dropped;
    if (cut === -1) break;
  }
  return at;
}

/** Statuses of objects in the middle of a change: their answers are volatile. */
const SETTLED = new Set([
  'running',
  'offline',
  'stopped',
  'active',
  'ready',
  'available',
  'finished',
  'failed',
  'enabled',
  'disabled',
  'open',
  'closed',
  'new',
  'successful',
]);

function inTransition(item: unknown): boolean {
  if (!item || typeof item !== 'object') return false;
  const status = (item as { status?: unknown }).status;
  return typeof status === 'string' && !SETTLED.has(status.toLowerCase());
}

/**
 * Whether an answer holds what changes without an event: usage figures (transfer, stats) and
 * objects in a status that is still moving (`booting`, `provisioning`, `resizing`...).
 */
export function isVolatile(path: string, data: unknown): boolean {
  if (/\/(transfer|stats)(\/|$)/.test(path)) return true;
  // Buckets fill and empty through S3, which records no Linode event: their objects, ACLs and sizes too.
  if (/\/object-storage\/buckets(\/|$)/.test(path)) return true;
  if (inTransition(data)) return true;
  const items = (data as { data?: unknown } | null)?.data ?? data;
  return Array.isArray(items) && items.some(inTransition);
}
