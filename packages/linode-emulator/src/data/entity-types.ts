// The entity types the emulator's events name (as `entity` or `secondary_entity`), each with one
// example from the seeded account, as an event would name it: tests check that the gateway
// resolves every one it can and still reads the others. Linode's own names: linodego
// account_events.go EntityType and its recorded events (a disk, a `linode_config`, a private image
// by its number alone: TestAccountEvents_List.yaml and others), Cloud Manager's event messages (a
// subnet, its VPC as secondary). `obj_access_key` and `profile` are the emulator's names: no event
// of theirs is recorded anywhere.
import type { EntityRef } from '../records.js';
import type { EmulatorStore, JsonObject } from '../types.js';

export const EVENT_ENTITY_TYPES = [
  'linode',
  'linode_config',
  'disk',
  'image',
  'volume',
  'domain',
  'database',
  'firewall',
  'nodebalancer',
  'vpc',
  'subnet',
  'placement_group',
  'ticket',
  'token',
  'user_ssh_key',
  'obj_access_key',
  'stackscript',
  'managed_service',
  'longview',
  'profile',
] as const;

export type EventEntityType = (typeof EVENT_ENTITY_TYPES)[number];

type Example = (store: EmulatorStore) => JsonObject | undefined;

/** What an event names, of a type of this list. */
export interface EventEntityRef extends EntityRef {
  type: EventEntityType;
}

/** `{id, type, label, url}` of `item` at `path` (under /v4), its label in `labelField`. */
export function entityAt(type: EventEntityType, path: string, item: JsonObject, labelField = 'label'): EventEntityRef {
  return { id: Number(item.id), type, label: String(item[labelField]), url: `/v4${path}/${String(item.id)}` };
}

/** entityAt of an item that may not be there. */
const maybeAt = (type: EventEntityType, path: string, item: JsonObject | undefined, labelField?: string) =>
  item && entityAt(type, path, item, labelField);

/** An image as events name it: a private one by its number alone (`private/` only in its url), a public one by its id. */
export function imageEntity(image: JsonObject): JsonObject {
  const id = String(image.id);
  return {
    id: id.startsWith('private/') ? Number(id.split('/')[1]) : id,
    type: 'image',
    label: String(image.label),
    url: `/v4/images/${id}`,
  };
}

const first = (store: EmulatorStore, path: string) => store.collections[path]?.[0];
const today = (store: EmulatorStore, path: string) => store.today[path]?.[0];
/** The first instance that has a child in `map`, and that child. */
function childOf<T extends JsonObject>(store: EmulatorStore, map: Record<number, T[] | undefined>) {
  const instance = store.instances.find((i) => map[i.id]?.length);
  return instance && { instance, child: (map[instance.id] as T[])[0] };
}

/** An example of each entity type from `store`, as an event names it. */
export const EVENT_ENTITY_EXAMPLES: Readonly<Record<EventEntityType, Example>> = {
  linode: (s) => maybeAt('linode', '/linode/instances', s.instances[0]),
  linode_config: (s) => {
    const found = childOf(s, s.configsByInstance);
    return found && maybeAt('linode_config', `/linode/instances/${found.instance.id}/configs`, found.child);
  },
  disk: (s) => {
    const found = childOf(s, s.disksByInstance);
    return found && maybeAt('disk', `/linode/instances/${found.instance.id}/disks`, found.child);
  },
  image: (s) => {
    const image = s.images.find((i) => String(i.id).startsWith('private/'));
    return image && imageEntity(image);
  },
  volume: (s) => maybeAt('volume', '/volumes', s.volumes[0]),
  domain: (s) => maybeAt('domain', '/domains', s.domains[0], 'domain'),
  database: (s) => maybeAt('database', '/databases/postgresql/instances', first(s, '/databases/postgresql/instances')),
  firewall: (s) => maybeAt('firewall', '/networking/firewalls', first(s, '/networking/firewalls')),
  nodebalancer: (s) => maybeAt('nodebalancer', '/nodebalancers', first(s, '/nodebalancers')),
  vpc: (s) => maybeAt('vpc', '/vpcs', first(s, '/vpcs')),
  subnet: (s) => {
    const vpc = first(s, '/vpcs');
    return vpc && maybeAt('subnet', `/vpcs/${String(vpc.id)}/subnets`, first(s, `/vpcs/${String(vpc.id)}/subnets`));
  },
  placement_group: (s) => maybeAt('placement_group', '/placement/groups', today(s, '/placement/groups')),
  ticket: (s) => maybeAt('ticket', '/support/tickets', first(s, '/support/tickets'), 'summary'),
  token: (s) => maybeAt('token', '/profile/tokens', first(s, '/profile/tokens')),
  user_ssh_key: (s) => maybeAt('user_ssh_key', '/profile/sshkeys', first(s, '/profile/sshkeys')),
  obj_access_key: (s) => maybeAt('obj_access_key', '/object-storage/keys', first(s, '/object-storage/keys')),
  stackscript: (s) => maybeAt('stackscript', '/linode/stackscripts', first(s, '/linode/stackscripts')),
  managed_service: (s) => maybeAt('managed_service', '/managed/services', first(s, '/managed/services')),
  longview: (s) => maybeAt('longview', '/longview/clients', first(s, '/longview/clients')),
  profile: (s) => {
    const profile = s.singletons['/profile'];
    return profile && { id: Number(profile.uid ?? 0), type: 'profile', label: String(profile.username), url: '/v4/profile' };
  },
};
