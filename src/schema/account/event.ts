import { entityFields, entityUnion } from '../kit/entity.js';
import { defineResource } from '../kit/resource.js';
import type { FieldMap } from '../kit/types.js';
import { Domain } from '../domains/domain.js';
import { Instance } from '../linode/instance.js';
import { NodeBalancer } from '../nodebalancers/nodebalancer.js';
import { Volume } from '../volumes/volume.js';
import { LongviewClient } from '../longview/longview-client.js';
import { ManagedService } from '../managed/managed-service.js';
import { Firewall } from '../networking/firewall.js';
import { VPC } from '../networking/vpc.js';
import { PlacementGroup } from '../placement/placement-group.js';
import { StackScript } from '../linode/stackscript.js';
import { PersonalAccessToken } from '../profile/personal-access-token.js';
import { SSHKey } from '../profile/ssh-key.js';
import { SupportTicket } from '../support/support-ticket.js';
import { Image } from '../catalogs/image.js';
import { MySQLDatabase } from '../databases/mysql-database.js';
import { PostgreSQLDatabase } from '../databases/postgresql-database.js';
import { LKECluster } from '../lke/lke-cluster.js';
import { Lock } from '../locks/lock.js';
import { IPAddress } from '../networking/ip-address.js';
import { ObjectStorageKey } from '../object-storage/object-storage-key.js';
import { OAuthClient } from './oauth-client.js';
import { User } from './user.js';

/**
 * What events, support tickets and Managed issues are about, when it is a resource of this graph:
 * every entity type Linode names (linodego's EntityType, its recorded events, Cloud Manager's
 * event links) whose resource the graph loads by id. The others (a disk, a config, a subnet, an
 * LKE node pool: children read under their parent; the account, the profile) resolve to null and
 * stay readable through entityType, entityId, entityLabel and entityUrl.
 */
export const entityField = entityUnion(
  'Entity',
  'A resource of this graph that Linode names as the subject of an event, a ticket or a Managed issue.',
  () => ({
    linode: Instance,
    volume: Volume,
    domain: Domain,
    nodebalancer: NodeBalancer,
    firewall: Firewall,
    stackscript: StackScript,
    ticket: SupportTicket,
    managed_service: ManagedService,
    longview: LongviewClient,
    user_ssh_key: SSHKey,
    oauth_client: OAuthClient,
    token: PersonalAccessToken,
    vpc: VPC,
    placement_group: PlacementGroup,
    // Its url tells the engine (`/v4/databases/mysql/instances/123`).
    database: [MySQLDatabase, PostgreSQLDatabase],
    // A private image is named by its number alone; its url has its id (`private/123`).
    image: Image,
    lkecluster: LKECluster,
    // Named by username (Cloud Manager links a user event by its label).
    user: User,
    lock: Lock,
    ipaddress: IPAddress,
    // The emulator's name for an Object Storage key (none is recorded): its url names it anyway.
    obj_access_key: ObjectStorageKey,
  }),
);

export const Event = defineResource({
  name: 'Event',
  schema: 'Event',
  description: 'Something that happened on the account: a boot, a volume attached, a domain created.',
  path: '/account/events',
  idKind: 'int',
  root: { one: 'event', many: 'events' },
  omit: ['entity', 'secondary_entity'],
  relations: (t): FieldMap => ({
    ...entityFields(
      t,
      entityField,
      (e) => e.entity,
      'The resource the event is about (null for types outside this graph, or deleted since), loaded only when selected and batched.',
    ),
    ...entityFields(
      t,
      entityField,
      (e) => e.secondary_entity,
      'A second resource involved, such as the instance a volume was attached to or the image a disk was made into.',
      'secondaryEntity',
    ),
  }),
});
